import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { sensitivePages } from '../../src/features/quick-exit/sensitive';
import { pageIds, paths } from '../../src/site/paths';
import { openContext, sharedBrowser, waitForOffline } from './browser';
import { ui } from './expected';
import { rootFontSize, setTextSize } from './text-size';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const exit = '.quick-exit-bar .quick-exit';
/** Every status that says something is saved on this device (src/pwa/pwa-status.tsx). */
const savedClaims = '[data-status="all"], [data-status="language"], [data-status="page-saved"], [data-status="works-offline"]';

/** Opens a path and waits until Exit watches the keyboard (after hydration). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForSelector(`${exit}[data-ready]`);
}

/** Whether the Exit button is wholly on screen and nothing covers its middle. */
async function exitIsReachable(page: Page): Promise<{ box: number[]; viewport: number[]; onTop: boolean }> {
  return page.evaluate((selector) => {
    const button = document.querySelector(selector);
    if (!button) throw new Error('no Exit button');
    const r = button.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { box: [r.left, r.top, r.right, r.bottom], viewport: [innerWidth, innerHeight], onTop: !!hit && button.contains(hit) };
  }, exit);
}

function expectInside({ box, viewport, onTop }: Awaited<ReturnType<typeof exitIsReachable>>, label: string) {
  const [left = -1, top = -1, right = Infinity, bottom = Infinity] = box;
  expect(left, label).toBeGreaterThanOrEqual(0);
  expect(top, label).toBeGreaterThanOrEqual(0);
  expect(right, label).toBeLessThanOrEqual(viewport[0] ?? 0);
  expect(bottom, label).toBeLessThanOrEqual(viewport[1] ?? 0);
  expect(onTop, `${label}: something covers Exit`).toBe(true);
}

describe('quick exit', () => {
  it('stays on screen at the bottom of the longest page, at 390 px and at 200% text', async () => {
    const visit = await openContext(browser(), baseUrl, { viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await visit.context.newPage();
    // The longest page, measured where it matters: on a phone at 200% text.
    await setTextSize(page, 2);
    let longest = { path: '', height: 0 };
    for (const id of pageIds) {
      await page.goto(paths.page('uk', id));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (height > longest.height) longest = { path: paths.page('uk', id), height };
    }
    expect(longest.height).toBeGreaterThan(844 * 3);
    for (const factor of [1, 2]) {
      await setTextSize(page, factor);
      await page.goto(longest.path);
      expect(await rootFontSize(page)).toBe(16 * factor);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForFunction(() => Math.ceil(window.scrollY + innerHeight) >= document.documentElement.scrollHeight - 1);
      expectInside(await exitIsReachable(page), `${longest.path} at ${factor * 100}% text, scrolled to the bottom`);
    }
    await visit.context.close();
  });

  it('leaves when Shift is pressed three times, not after two presses and another key', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await open(page, '/uk/hiv');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForFunction(
      (text) => document.querySelector('.quick-exit-bar [role="status"]')?.textContent === text,
      ui('uk', 'quickExit.shiftOneMore'),
    );
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${baseUrl}/uk/hiv`);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL('about:blank');
    await visit.context.close();
  });

  it('leaves on Escape, but not while Escape closes the office display or the share panel', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await open(page, '/en/display');
    await page.click('.display-start');
    await page.waitForSelector('.display-screen');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.display-setup');
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${baseUrl}/en/display`);
    await open(page, '/en/drugs');
    // The share panel open, with the focus in it: Escape closes the panel and gives the focus back to its button.
    await page.click('.share-button');
    await page.waitForSelector('.share-panel');
    await page.focus('[data-share="qr"]');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.share-panel', { state: 'detached' });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(`${baseUrl}/en/drugs`);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('share-button');
    await page.keyboard.press('Escape');
    await page.waitForURL('about:blank');
    await visit.context.close();
  });

  it('home → violence → lgbti → Exit → Back never shows a sensitive page', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/uk/emergency');
    await open(page, '/uk/');
    await page.click('main a[href="/uk/violence"]');
    await page.waitForURL('**/uk/violence');
    await page.waitForSelector(`${exit}[data-ready]`);
    await page.click('main a[href="/uk/lgbti"]');
    await page.waitForURL('**/uk/lgbti');
    await page.waitForSelector(`${exit}[data-ready]`);
    // An in-page link (the skip link) on a sensitive page must not add another entry of it either.
    await page.focus('.skip-link');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/uk/lgbti#main');
    await page.click(exit);
    await page.waitForURL('about:blank');
    const seen: string[] = [];
    for (let step = 0; step < 3; step++) {
      const response = await page.goBack({ waitUntil: 'load' });
      if (!response && step > 0) break;
      seen.push(new URL(page.url()).pathname);
    }
    expect(seen[0]).toBe('/uk/emergency');
    for (const path of seen) for (const id of sensitivePages) expect(path, `Back showed ${path}`).not.toBe(paths.page('uk', id));
    await visit.context.close();
  });

  it('a search and a directory list filtered to LGBTI+ services stay out of Back too', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/uk/emergency');
    await open(page, '/uk/');
    // The home page's search form (a plain GET form): what was searched for is in the address.
    await page.waitForSelector('#root[data-islands="hydrated"]');
    await page.fill('#search-q', 'ВІЛ тест');
    await page.press('#search-q', 'Enter');
    await page.waitForURL('**/uk/search?q=*');
    await page.waitForSelector(`${exit}[data-ready]`);
    expect(await page.getAttribute('.safety-link a', 'href')).toBe('/uk/browse-safely');
    await page.click('.brand');
    await page.waitForURL('**/uk/');
    await page.waitForSelector(`${exit}[data-ready]`);
    await page.click('main a[href="/uk/directory"]');
    await page.waitForURL('**/uk/directory');
    await page.waitForSelector(`${exit}[data-ready]`);
    await page.click('.directory-filter a[href="/uk/directory/all/lgbti"]');
    await page.waitForURL('**/uk/directory/all/lgbti');
    await page.waitForSelector(`${exit}[data-ready]`);
    expect(await page.getAttribute('.safety-link a', 'href')).toBe('/uk/browse-safely');
    await page.click(exit);
    await page.waitForURL('about:blank');
    const seen: string[] = [];
    for (let step = 0; step < 5; step++) {
      const response = await page.goBack({ waitUntil: 'load' });
      if (!response && step > 0) break;
      seen.push(new URL(page.url()).pathname);
    }
    expect(seen).toContain('/uk/emergency');
    for (const path of seen) {
      expect(path, `Back showed ${path}`).not.toBe('/uk/search');
      expect(path, `Back showed ${path}`).not.toBe('/uk/directory/all/lgbti');
    }
    await visit.context.close();
  });

  it('offers "browse safely" next to Exit on sensitive pages only', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/ru/sex-work');
    expect(await page.getAttribute('.safety-link a', 'href')).toBe('/ru/browse-safely');
    expect(await page.textContent('.safety-link a')).toBe(ui('ru', 'quickExit.browseSafely'));
    await page.goto('/ru/emergency');
    expect(await page.$('.safety-link')).toBeNull();
    await visit.context.close();
  });

  it('"forget this device" leaves no cache, no service worker and no stored language, and says so', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/sr/browse-safely');
    await waitForOffline(page);
    const before = await page.evaluate(async () => ({ caches: (await caches.keys()).length, stored: localStorage.getItem('kompas.lang') }));
    expect(before.caches).toBeGreaterThan(0);
    expect(before.stored).toBe('sr');
    await page.click('.forget-button');
    expect(await page.textContent('#forget-question')).toBe(ui('sr', 'forget.question'));
    await page.click('.forget-yes');
    await page.waitForSelector('.forget-status[data-step="done"]');
    expect(await page.textContent('.forget-status')).toBe(ui('sr', 'forget.done'));
    const after = await page.evaluate(async () => ({
      caches: await caches.keys(),
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      stored: Object.keys(localStorage),
    }));
    expect(after).toEqual({ caches: [], workers: 0, stored: [] });
    // Nothing on the page still claims that Kompas is saved.
    expect(await page.$(savedClaims)).toBeNull();
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('"forget this device" while saving: the worker and every open tab stop, and nothing is saved again', async () => {
    const visit = await openContext(browser(), baseUrl);
    // Slow downloads keep the save loop busy when the reader asks to forget.
    await visit.context.route('**/assets/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await route.fallback();
    });
    const page = await visit.context.newPage();
    await page.goto('/sr/browse-safely');
    const other = await visit.context.newPage();
    await other.goto('/uk/');
    await page.waitForSelector('[data-status="saving"]', { timeout: 60_000 });
    await page.click('.forget-button');
    await page.click('.forget-yes');
    await page.waitForSelector('.forget-status[data-step="done"]', { timeout: 30_000 });
    // Longer than a tab's recheck (5 s), which registers again after cleared site data.
    await page.waitForTimeout(7000);
    for (const tab of [page, other]) {
      const left = await tab.evaluate(async () => ({
        caches: await caches.keys(),
        workers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect(left, tab.url()).toEqual({ caches: [], workers: 0 });
      expect(await tab.$(savedClaims), tab.url()).toBeNull();
      expect(await tab.$('[data-status="saving"]'), tab.url()).toBeNull();
    }
    await visit.context.close();
  }, 120_000);
});
