import { readFileSync } from 'node:fs';
/** Real headless Chromium from the system (never a downloaded browser). */
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromePath, chromiumArgs } from '../../src/cli/chromium';
import { defaultSiteUrl } from '../../src/site/site-url';

/** The address the build put into QR codes and shared links (KOMPAS_SITE_URL at build time). */
export const siteUrl = (process.env.KOMPAS_SITE_URL || defaultSiteUrl).replace(/\/$/, '');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: chromiumArgs });
}

/** One Chromium for a test file, launched before its tests and closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running');
    return browser;
  };
}

export interface Visit {
  context: BrowserContext;
  /** Every request URL the context made, the service worker's included. */
  requests: string[];
  /** Console errors and page errors, e.g. a hydration mismatch or a CSP violation. */
  errors: string[];
}

/**
 * A fresh context whose requests all pass through route(): this turns off the HTTP
 * cache, so when offline only the service worker can answer. Requests to any other
 * origin are recorded and blocked.
 */
export async function openContext(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await browser.newContext({ baseURL: baseUrl, serviceWorkers: 'allow', ...options });
  const visit: Visit = { context, requests: [], errors: [] };
  const origin = new URL(baseUrl).origin;
  context.on('request', (request) => visit.requests.push(request.url()));
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => watchPage(page, visit));
  return visit;
}

export function watchPage(page: Page, visit: Visit): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A page answered with 404 on purpose (the not-found page) is checked by status, not here.
    const documentNotFound = message.text().includes('status of 404') && message.location().url === page.url();
    if (!documentNotFound) visit.errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => visit.errors.push(`${page.url()}: ${error.message}`));
}

/** Every file the build's service worker must hold in its cache: its manifest, less the packs it unpacks. */
export function savedFileList(swFile = 'dist/sw.js'): string[] {
  const sw = readFileSync(swFile, 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '').filter((url) => !url.startsWith('assets/pack/'));
}

/** The files of the list that the page's origin has in Kompas's caches (read from the Cache API itself). */
export function missingFiles(page: Page, list: string[]): Promise<string[]> {
  return page.evaluate(async (urls) => {
    const have = new Set<string>();
    for (const name of await caches.keys())
      if (name.startsWith('kompas-saved-')) for (const request of await (await caches.open(name)).keys()) have.add(request.url);
    return urls.filter((url) => !have.has(new URL(url, `${location.origin}/`).href));
  }, list);
}

/** Waits until the service worker controls the page and every file of the build is saved. */
export async function waitForOffline(page: Page, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const list = savedFileList();
  for (;;) {
    const controlled = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });
    const missing = await missingFiles(page, list);
    if (controlled && missing.length === 0) return;
    if (Date.now() > deadline)
      throw new Error(`${page.url()} was not saved for offline use in ${timeoutMs} ms: ${missing.length} of ${list.length} files missing`);
    await page.waitForTimeout(250);
  }
}

/** Opens a prerendered page and waits until its islands (share, search, switcher…) answer. */
export async function gotoReady(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForSelector('#root[data-islands="hydrated"]');
}
