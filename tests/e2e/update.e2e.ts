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

/** Writes a file with its .br and .gz beside it, as the build does: servers pick those. */
function writeBuilt(file: string, text: string) {
  writeFileSync(file, text);
  writeFileSync(`${file}.br`, brotliCompressSync(text));
  writeFileSync(`${file}.gz`, gzipSync(text));
}

/**
 * Deploys a "new version": a changed English home page (marked in <head>, outside what
 * React renders) and a service worker whose precache list names the new revision.
 */
function deployNewVersion(marker: string) {
  const file = join(root, 'en/index.html');
  writeBuilt(file, readFileSync(file, 'utf8').replace('</head>', `<meta name="kompas-test-version" content="${marker}"></head>`));
  const sw = join(root, 'sw.js');
  const source = readFileSync(sw, 'utf8');
  const updated = source.replace(/"revision":"[0-9a-f]+","url":"en\/"/, `"revision":"${marker}","url":"en/"`);
  expect(updated).not.toBe(source);
  writeBuilt(sw, updated);
}

const version = (page: Page) =>
  page.evaluate(() => document.querySelector('meta[name="kompas-test-version"]')?.getAttribute('content') ?? null);

describe('updates', () => {
  it('offers new information, keeps the old version until asked, then reloads into the new one', async () => {
    const visit = await openContext(browser, baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/en/');
    await waitForOffline(page);

    deployNewVersion('updated-1');
    await page.reload();
    await page.waitForSelector('[data-status="update"]', { timeout: 60_000 });
    expect(await page.textContent('[data-status="update"]')).toContain(ui('en', 'offline.updateAvailable'));
    // Until the reader asks, every page still comes from the old version.
    await page.reload();
    expect(await version(page)).toBeNull();
    await page.waitForSelector('[data-status="update"]');

    await Promise.all([page.waitForEvent('load'), page.click('[data-status="update"] button')]);
    await page.waitForSelector('[data-status="saved"]');
    expect(await version(page)).toBe('updated-1');
    expect(await page.$('[data-status="update"]')).toBeNull();

    // The new version is what works offline now.
    await visit.context.setOffline(true);
    await page.goto('/en/');
    expect(await version(page)).toBe('updated-1');
    await visit.context.close();
  });
});
