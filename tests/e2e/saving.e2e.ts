/**
 * Saving for offline on a bad network (issue 8): lost requests, a cut and a restored line,
 * storage cleared under an open page, persistent storage, lazy chunks that fail to load.
 * Every claim the page shows is checked against the cache at every status change.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type LangCode, langCodes, languages } from '../../src/i18n/languages';
import { type ServedResponse, startServer } from '../../src/server/static-server';
import { paths, type Route } from '../../src/site/paths';
import { gotoReady, missingFiles, openContext, savedFileList, sharedBrowser, waitForOffline } from './browser';
import { expectationFor, pageRoutes, ui } from './expected';
import { expectPage } from './pages';
import { claimsOf, lossyVisit, statusLines, watchClaims } from './saving';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** A few pages of each kind per language, opened offline in a fresh tab (all routes in the first run). */
function representative(lang: LangCode): Route[] {
  return [
    { kind: 'page', lang, page: 'home' },
    { kind: 'page', lang, page: 'temporary-protection' },
    { kind: 'page', lang, page: 'directory' },
    { kind: 'tool', lang, tool: 'display' },
    { kind: 'not-found', lang },
  ];
}

/** Each route opened cold, in a tab of its own, as from a link in a messenger. */
async function opensOfflineInNewTabs(visit: { context: BrowserContext }, routes: Route[]) {
  for (const lang of langCodes)
    for (const route of routes.filter((r) => 'lang' in r && r.lang === lang)) {
      const tab = await visit.context.newPage();
      const expected = expectationFor(route);
      // What the reader sees: the document and its text (a tool page's lazy code may still be on its way).
      const response = await tab.goto(expected.path, { waitUntil: 'domcontentloaded' });
      expect(response?.status(), expected.path).toBe(expected.status);
      await expectPage(tab, expected);
      await tab.close();
    }
}

const everyPage = pageRoutes.filter((route) => route.kind !== 'entry' || route.entry === pageRoutes.find((r) => r.kind === 'entry')?.entry);

const nativeName = (lang: LangCode) => languages.find((l) => l.code === lang)?.nativeName ?? lang;

describe('saving on a bad network', () => {
  it('with 5% of requests lost, saves everything within 60 s in 10 runs of 10; then every language opens offline in new tabs', async () => {
    const times: number[] = [];
    for (let run = 0; run < 10; run++) {
      const lang = langCodes[run % langCodes.length]!;
      const visit = await lossyVisit(browser(), baseUrl, 0.05);
      await watchClaims(visit);
      const page = await visit.context.newPage();
      const started = Date.now();
      await page.goto(paths.page(lang, 'home'));
      await waitForOffline(page, 60_000 - (Date.now() - started));
      times.push(Date.now() - started);
      // The status follows the cache within a second.
      await page.waitForSelector('[data-status="all"]', { timeout: 10_000 });
      const claims = await claimsOf(page);
      expect(claims.violations).toEqual([]);
      await visit.context.setOffline(true);
      // The first run opens every page of every language (one directory entry each: offline.e2e.ts opens them all).
      await opensOfflineInNewTabs(visit, run === 0 ? everyPage : langCodes.flatMap(representative));
      await visit.context.close();
    }
    console.log(`5% loss: saved in ${times.map((t) => (t / 1000).toFixed(1)).join(', ')} s`);
  }, 900_000);

  it('with 30% of requests lost, saves everything within 3 minutes with the page open, every claim true on the way', async () => {
    const visit = await lossyVisit(browser(), baseUrl, 0.3);
    await watchClaims(visit);
    const page = await visit.context.newPage();
    const started = Date.now();
    await page.goto('/ru/emergency');
    await waitForOffline(page, 180_000);
    console.log(`30% loss: saved in ${((Date.now() - started) / 1000).toFixed(1)} s, ${visit.aborted.length} requests lost`);
    const claims = await claimsOf(page);
    expect(claims.violations).toEqual([]);
    expect(visit.aborted.length).toBeGreaterThan(0);
    await visit.context.setOffline(true);
    await opensOfflineInNewTabs(visit, representative('ru'));
    await visit.context.close();
  }, 300_000);

  it('network cut at 20% of the save, then back: the save finishes by itself, no claim before it is true', async () => {
    const visit = await openContext(browser(), baseUrl);
    await watchClaims(visit);
    // Slow each saved file a little, so the cut lands in the middle of the save; the other
    // languages' packs (the largest files) more, as on a phone, so "available in Srpski"
    // has time to be on screen before everything is saved.
    await visit.context.route('**/assets/**', async (route) => {
      const otherPack = /\/assets\/pack\/(?!sr-[0-9a-f]|shared-)/.test(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, otherPack ? 2000 : 150));
      await route.fallback();
    });
    const page = await visit.context.newPage();
    await page.goto('/sr/');
    const list = savedFileList();
    for (;;) {
      const missing = await missingFiles(page, list);
      if (missing.length <= list.length * 0.8) break;
      await page.waitForTimeout(50);
    }
    await visit.context.setOffline(true);
    await page.waitForTimeout(4000);
    expect((await missingFiles(page, list)).length).toBeGreaterThan(0);
    expect(await page.$('[data-status="all"]')).toBeNull();
    const marker = await page.evaluate(() => {
      (window as unknown as { __stay: number }).__stay = 1;
      return location.href;
    });
    await visit.context.setOffline(false);
    await waitForOffline(page, 90_000);
    await page.waitForSelector('[data-status="all"]');
    expect(await page.evaluate(() => (window as unknown as { __stay?: number }).__stay)).toBe(1);
    expect(page.url()).toBe(marker);
    const claims = await claimsOf(page);
    expect(claims.violations).toEqual([]);
    // Serbian was said to be available offline before "all languages" (others may be named with it:
    // a language pack is one request, so several can land between two looks at the cache).
    const said = ui('sr', 'offline.language').split('{{languages}}')[0] ?? '';
    const firstAll = claims.seen.findIndex((line) => line.startsWith('all:'));
    const firstSerbian = claims.seen.findIndex((line) => line.startsWith(`language: ${said}`) && line.includes(nativeName('sr')));
    expect(firstSerbian).toBeGreaterThanOrEqual(0);
    expect(firstAll === -1 || firstSerbian < firstAll).toBe(true);
    await visit.context.close();
  }, 180_000);
});

describe('storage cleared under an open page', () => {
  it('cache storage cleared: the page stays, says so honestly offline, and is repaired online', async () => {
    const visit = await openContext(browser(), baseUrl);
    await watchClaims(visit);
    const page = await visit.context.newPage();
    await page.goto('/uk/emergency');
    await waitForOffline(page);
    // The page has seen the whole copy saved (and says so) before the cache is emptied:
    // only then can it know that the copy it lost was whole.
    await page.waitForSelector('[data-status="works-offline"]');
    await page.waitForSelector('[data-status="all"]');
    await page.evaluate(async () => {
      (window as unknown as { __stay: number }).__stay = 1;
      for (const name of await caches.keys()) await caches.delete(name);
    });
    await visit.context.setOffline(true);
    await page.waitForSelector('[data-status="page-missing"]', { timeout: 15_000 });
    expect(await page.textContent('[data-status="page-missing"]')).toBe(ui('uk', 'offline.pageMissing'));
    expect(await page.textContent('[data-status="damaged"]')).toBe(ui('uk', 'offline.damagedOffline'));
    expect(await page.$('[data-status="works-offline"]')).toBeNull();
    expect(await page.$('[data-status="all"]')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { __stay?: number }).__stay)).toBe(1);

    await visit.context.setOffline(false);
    await waitForOffline(page, 90_000);
    await page.waitForSelector('[data-status="all"]');
    expect(await page.evaluate(() => (window as unknown as { __stay?: number }).__stay)).toBe(1);
    expect((await claimsOf(page)).violations).toEqual([]);
    await visit.context.setOffline(true);
    await opensOfflineInNewTabs(visit, representative('uk'));
    await visit.context.close();
  }, 240_000);

  it('site data cleared: the page is not reloaded away, and saving starts again', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/en/asylum');
    await waitForOffline(page);
    let loads = 0;
    page.on('load', () => loads++);
    await page.evaluate(() => {
      (window as unknown as { __stay: number }).__stay = 1;
    });
    const cdp = await visit.context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl).origin, storageTypes: 'all' });
    await page.waitForTimeout(6000);
    expect(loads).toBe(0);
    expect(page.url()).toBe(`${baseUrl}/en/asylum`);
    expect(await page.evaluate(() => (window as unknown as { __stay?: number }).__stay)).toBe(1);
    await expectPage(page, expectationFor({ kind: 'page', lang: 'en', page: 'asylum' }));
    // Online, it saves itself again.
    await waitForOffline(page, 90_000);
    expect(loads).toBe(0);
    await visit.context.close();
  }, 240_000);
});

describe('persistent storage', () => {
  it('is requested once the first language is saved; a refusal is said', async () => {
    const visit = await openContext(browser(), baseUrl);
    const list = savedFileList();
    await visit.context.addInitScript(
      (ukFiles) => {
        const calls: number[] = [];
        (window as unknown as { __persist: number[] }).__persist = calls;
        const missingUk = async () => {
          const have = new Set<string>();
          for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) have.add(request.url);
          return ukFiles.filter((url) => !have.has(new URL(url, `${location.origin}/`).href)).length;
        };
        Object.defineProperty(navigator.storage, 'persisted', { value: async () => false });
        Object.defineProperty(navigator.storage, 'persist', {
          value: async () => {
            calls.push(await missingUk());
            return false;
          },
        });
      },
      list.filter((url) => url.startsWith('uk/') || !/^(ru|sr|sr-cyrl|en|uk)\/|^assets\/(content|search)\//.test(url)),
    );
    const page = await visit.context.newPage();
    await page.goto('/uk/');
    await page.waitForSelector('[data-status="may-be-removed"]', { timeout: 60_000 });
    expect(await page.textContent('[data-status="may-be-removed"]')).toBe(ui('uk', 'offline.mayBeRemoved'));
    await waitForOffline(page);
    // Asked once, and only when Ukrainian (and the shared files) were all in the cache.
    expect(await page.evaluate(() => (window as unknown as { __persist: number[] }).__persist)).toEqual([0]);
    await visit.context.close();
  }, 120_000);
});

describe('a lazy chunk that fails to load', () => {
  it('the share panel and the poster maker say so in the reader’s language, and "try again" works', async () => {
    const visit = await openContext(browser(), baseUrl);
    let failShare = true;
    let failPoster = true;
    await visit.context.route(/\/assets\/(share-panel|poster-maker)-[\w-]+\.js$/, (route) => {
      const poster = route.request().url().includes('poster-maker');
      if (poster ? failPoster : failShare) return route.abort('connectionreset');
      return route.fallback();
    });
    const page = await visit.context.newPage();
    await gotoReady(page, '/ru/health-care');
    await page.click('.share-button');
    await page.waitForSelector('.share [data-status="load-failed"]');
    expect(await page.textContent('.share [data-status="load-failed"]')).toBe(`${ui('ru', 'load.failed')} ${ui('ru', 'load.retry')}`);
    expect(await page.getAttribute('.share-button', 'aria-expanded')).toBe('false');
    failShare = false;
    await page.click(`.share [data-status="load-failed"] button`);
    await page.waitForSelector('.share-panel', { timeout: 15_000 });
    expect(await page.getAttribute('.share-button', 'aria-expanded')).toBe('true');
    expect(await page.$('.share [data-status="load-failed"]')).toBeNull();

    await page.goto('/sr/poster');
    await page.waitForSelector('.tool [data-status="load-failed"]');
    expect(await page.textContent('.tool [data-status="load-failed"]')).toBe(`${ui('sr', 'load.failed')} ${ui('sr', 'load.retry')}`);
    failPoster = false;
    await page.click('.tool [data-status="load-failed"] button');
    await page.waitForSelector('.poster-maker', { timeout: 15_000 });
    expect(await page.$('.tool [data-status="load-failed"]')).toBeNull();
    expect(visit.errors.filter((e) => !/Failed to fetch|ERR_CONNECTION_RESET|ERR_FAILED|dynamically imported/.test(e))).toEqual([]);
    await visit.context.close();
  }, 120_000);
});

describe('status lines', () => {
  it('names the saved languages in their own names and shows "works offline" only when true', async () => {
    const visit = await openContext(browser(), baseUrl);
    await watchClaims(visit);
    // A phone's latency on every saved file: on loopback the whole save takes less time than
    // the page takes to look, and "available offline in English" would never be on screen.
    await visit.context.route('**/assets/**', async (route) => {
      const otherPack = /\/assets\/pack\/(?!en-|shared-)/.test(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, otherPack ? 2000 : 300));
      await route.fallback();
    });
    const page = await visit.context.newPage();
    await page.goto('/en/stay');
    await waitForOffline(page);
    await page.waitForSelector('[data-status="all"]');
    expect(await page.textContent('[data-status="all"]')).toBe(ui('en', 'offline.all'));
    expect(await page.textContent('[data-status="works-offline"]')).toBe(`✓ ${ui('en', 'offline.savedFooter')}`);
    await visit.context.setOffline(true);
    await page.waitForSelector('[data-status="page-saved"]');
    expect(await page.textContent('[data-status="page-saved"]')).toBe(ui('en', 'offline.pageSaved'));
    const lines = await statusLines(page);
    expect(lines.map(([key]) => key)).not.toContain('saving');
    const claims = await claimsOf(page);
    expect(claims.violations).toEqual([]);
    expect(claims.seen.some((line) => /^saving: .*\d+%/.test(line))).toBe(true);
    expect(claims.seen.some((line) => line.startsWith('language:') && line.includes('English'))).toBe(true);
    await visit.context.close();
  }, 120_000);
});

describe('budget', () => {
  it('a first visit that saves everything: at most 40 requests and 400 kB (brotli), no file twice', async () => {
    const served: ServedResponse[] = [];
    const server = await startServer({ root: 'dist', port: 0, onResponse: (r) => served.push(r) });
    const address = server.address();
    const base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
    // No route(): the HTTP cache works as on a phone, so the worker revalidates what the page loaded.
    const context = await browser().newContext({ baseURL: base, serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      await page.goto('/uk/');
      await waitForOffline(page);
      await page.waitForTimeout(500);
      const counts = new Map<string, number>();
      for (const r of served.filter((response) => response.status === 200)) counts.set(r.path, (counts.get(r.path) ?? 0) + 1);
      expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
      // Everything the visit downloaded. The search indexes travel inside the language packs;
      // issue 8 allows them up to 5 requests and 200 kB on top of 40 requests and 400 kB.
      const searchBytes = readdirSync('dist/assets/search')
        .filter((name) => name.endsWith('.js.br'))
        .reduce((sum, name) => sum + statSync(join('dist/assets/search', name)).size, 0);
      const bytes = served.reduce((sum, r) => sum + r.bytes, 0);
      const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
      console.log(`save budget: ${served.length} requests, ${kB(bytes)}, of which search indexes about ${kB(searchBytes)}`);
      expect(searchBytes).toBeLessThanOrEqual(200 * 1024);
      expect(served.length).toBeLessThanOrEqual(40);
      expect(bytes).toBeLessThanOrEqual(400 * 1024 + searchBytes);
    } finally {
      await context.close();
      server.close();
    }
  }, 120_000);
});
