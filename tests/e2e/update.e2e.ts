import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/static-server';
import { launchChromium, openContext, waitForOffline } from './browser';
import { ui } from './expected';

let browser: Browser;
let server: Server;
let root: string;
let baseUrl: string;

beforeAll(async () => {
  browser = await launchChromium();
  root = mkdtempSync(join(tmpdir(), 'kompas-deploy-'));
  cpSync('dist', root, { recursive: true });
  server = await startServer({ root, port: 0 });
  const address = server.address();
  baseUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  rmSync(root, { recursive: true, force: true });
});

/** Pages the new version changes: each gets a marker in <head>, outside what React renders. */
const changed = [
  { file: 'en/index.html', url: 'en/', pack: 'en' },
  { file: 'uk/emergency.html', url: 'uk/emergency', pack: 'uk' },
  { file: 'en/display.html', url: 'en/display', pack: 'en' },
];

/** Writes a file with its .br and .gz beside it, as the build does: servers pick those. */
function writeBuilt(file: string, text: string) {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

/**
 * Deploys a "new version" as a build would: changed pages, the packs that hold them (under
 * new names), and a service worker whose manifest names the new revisions and packs.
 */
function deployNewVersion(marker: string) {
  const swFile = join(root, 'sw.js');
  let sw = readFileSync(swFile, 'utf8');
  const packs = new Map<string, { url: string; pages: Record<string, string> }>();
  for (const page of changed) {
    const file = join(root, page.file);
    const html = readFileSync(file, 'utf8').replace('</head>', `<meta name="kompas-test-version" content="${marker}"></head>`);
    writeBuilt(file, html);
    const before = sw;
    sw = sw.replace(new RegExp(`"revision":"[0-9a-f]+","url":"${page.url}"`), `"revision":"${marker}","url":"${page.url}"`);
    expect(sw).not.toBe(before);
    const packUrl = new RegExp(`"url":"(assets/pack/${page.pack}-[0-9a-f]+\\.json)"`).exec(sw)?.[1];
    if (!packUrl) throw new Error(`No pack for ${page.pack} in sw.js`);
    const pack = packs.get(page.pack) ?? { url: packUrl, pages: JSON.parse(readFileSync(join(root, packUrl), 'utf8')) };
    pack.pages[page.url] = html;
    packs.set(page.pack, pack);
  }
  for (const [name, pack] of packs) {
    const url = `assets/pack/${name}-${marker}.json`;
    writeBuilt(join(root, url), JSON.stringify(pack.pages));
    sw = sw.replace(`"url":"${pack.url}"`, `"url":"${url}"`);
  }
  writeBuilt(swFile, sw);
}

const version = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="kompas-test-version"]')?.getAttribute('content') ?? null);

const displayPath = '/en/display?page=temporary-protection&lang=auto&langs=uk,ru,sr,en';

describe('updates', () => {
  it('offers new information, keeps the old version until asked, then every tab (the display too) reloads into the new one', async () => {
    const visit = await openContext(browser, baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/en/');
    await waitForOffline(page);
    const other = await visit.context.newPage();
    await other.goto('/uk/emergency');
    const display = await visit.context.newPage();
    await display.goto(displayPath);
    await display.waitForSelector('.display-start');
    const tabs = [page, other, display];
    for (const tab of tabs) await tab.evaluate(() => Object.assign(window, { __oldVersion: true }));

    deployNewVersion('updated1');
    await page.reload();
    await page.waitForSelector('[data-status="update"]', { timeout: 60_000 });
    expect(await page.textContent('[data-status="update"]')).toContain(ui('en', 'offline.updateAvailable'));
    // Until the reader asks, every page still comes from the old version, and no tab reloads.
    await page.reload();
    expect(await version(page)).toBeNull();
    await page.waitForSelector('[data-status="update"]');
    for (const tab of [other, display]) expect(await tab.evaluate(() => '__oldVersion' in window)).toBe(true);

    await Promise.all([...tabs.map((tab) => tab.waitForEvent('load', { timeout: 60_000 })), page.click('[data-status="update"] button')]);
    for (const tab of tabs) {
      expect(await tab.evaluate(() => '__oldVersion' in window)).toBe(false);
      expect(await version(tab)).toBe('updated1');
      expect(await tab.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    }
    // The display keeps its settings: they are in its address.
    expect(new URL(display.url()).pathname + new URL(display.url()).search).toBe(displayPath);
    // Saved whole before it took over: the new version says so quietly, in the footer.
    await page.waitForSelector('[data-status="works-offline"]');
    expect(await page.$('[data-status="all"]')).toBeNull();
    expect(await page.$('[data-status="update"]')).toBeNull();

    // The new version is what works offline now, in new tabs too.
    await visit.context.setOffline(true);
    for (const path of ['/en/', '/uk/emergency', displayPath]) {
      const tab = await visit.context.newPage();
      await tab.goto(path);
      expect(await version(tab), path).toBe('updated1');
      await tab.close();
    }
    await visit.context.close();
  });
});
