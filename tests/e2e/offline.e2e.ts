import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openContext, sharedBrowser, waitForOffline } from './browser';
import { expectationFor, pageRoutes, ui } from './expected';
import { expectPage } from './pages';

const browser = sharedBrowser();

const precacheCount = (readFileSync('dist/sw.js', 'utf8').match(/"url":"/g) ?? []).length;

describe.each(inject('servers'))('offline ($name)', ({ baseUrl }) => {
  it('says "saving" while caching and "available offline" only once every file is saved', async () => {
    const visit = await openContext(browser(), baseUrl);
    // Slow the worker's downloads of the content chunks, so the saving state is visible.
    await visit.context.route('**/assets/content/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await route.continue();
    });
    const page = await visit.context.newPage();
    await page.goto('/uk/');
    await page.waitForSelector('[data-status="saving"]');
    expect(await page.textContent('[data-status="saving"]')).toBe(ui('uk', 'offline.saving'));
    await page.waitForSelector('[data-status="ready"]', { timeout: 60_000 });
    expect(await page.textContent('[data-status="ready"]')).toBe(ui('uk', 'offline.ready'));
    const cached = await page.evaluate(async () => {
      let count = 0;
      for (const name of await caches.keys()) count += (await (await caches.open(name)).keys()).length;
      return count;
    });
    expect(precacheCount).toBeGreaterThan(20);
    expect(cached).toBe(precacheCount);
    await visit.context.close();
  });

  // Every route, one by one: with the search page and more languages this outgrows the default time on a shared machine.
  it('after one visit, every route in every language renders with the network off', { timeout: 400_000 }, async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/en/');
    await waitForOffline(page, 180_000);
    await visit.context.setOffline(true);
    for (const route of pageRoutes) {
      const expected = expectationFor(route);
      const response = await page.goto(expected.path);
      expect(response?.status(), expected.path).toBe(expected.status);
      await expectPage(page, expected);
    }
    await page.goto('/sr/emergency');
    await page.waitForSelector('[data-status="offline"]');
    expect(await page.textContent('[data-status="offline"]')).toBe(ui('sr', 'offline.offline'));
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('opens a deep link cold in a new tab, and an unknown URL as a translated not-found page, offline', async () => {
    const visit = await openContext(browser(), baseUrl);
    const first = await visit.context.newPage();
    await first.goto('/ru/');
    await waitForOffline(first);
    await first.close();
    await visit.context.setOffline(true);

    const tab = await visit.context.newPage();
    const deep = await tab.goto('/uk/temporary-protection');
    expect(deep?.status()).toBe(200);
    await expectPage(tab, expectationFor({ kind: 'page', lang: 'uk', page: 'temporary-protection' }));

    const unknown = await tab.goto('/uk/no-such-page');
    expect(unknown?.status()).toBe(404);
    await expectPage(tab, { ...expectationFor({ kind: 'not-found', lang: 'uk' }), path: '/uk/no-such-page' });
    expect(await tab.getAttribute('main a[href="/uk/"]', 'href')).toBe('/uk/');

    const outside = await tab.goto('/no/such/place');
    expect(outside?.status()).toBe(404);
    await expectPage(tab, { ...expectationFor({ kind: 'not-found', lang: null }), path: '/no/such/place' });
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('answers an unknown URL online with a translated not-found page and status 404', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    const response = await page.goto('/ru/nothing-here');
    expect(response?.status()).toBe(404);
    await expectPage(page, { ...expectationFor({ kind: 'not-found', lang: 'ru' }), path: '/ru/nothing-here' });
    await visit.context.close();
  });
});
