import { describe, expect, inject, it } from 'vitest';
import { missingFiles, openContext, savedFileList, sharedBrowser, waitForOffline } from './browser';
import { entryIds, expectationFor, pageRoutes, ui } from './expected';
import { expectPage } from './pages';

const browser = sharedBrowser();

describe.each(inject('servers'))('offline ($name)', ({ baseUrl }) => {
  it('says how far saving has come, and "all languages saved" only once every file is in the cache', async () => {
    const visit = await openContext(browser(), baseUrl);
    // Slow the worker's downloads a little, so the saving state is visible.
    await visit.context.route('**/assets/**', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      await route.fallback();
    });
    const page = await visit.context.newPage();
    await page.goto('/uk/');
    await page.waitForSelector('[data-status="saving"]');
    const [before, after] = ui('uk', 'offline.saving').split('{{percent}}');
    expect(await page.textContent('[data-status="saving"]')).toMatch(new RegExp(`^${before}\\d{1,2}${after}$`));
    await page.waitForSelector('[data-status="all"]', { timeout: 90_000 });
    expect(await page.textContent('[data-status="all"]')).toBe(ui('uk', 'offline.all'));
    const list = savedFileList();
    expect(list.length).toBeGreaterThan(20);
    expect(await missingFiles(page, list)).toEqual([]);
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
    await page.waitForSelector('[data-status="page-saved"]');
    expect(await page.textContent('[data-status="page-saved"]')).toBe(ui('sr', 'offline.pageSaved'));
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

  it('on a stalled network (lie-fi), an unknown URL and a directory entry are answered from what is saved within seconds', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/uk/');
    await waitForOffline(page);
    // Online, but these addresses never answer: the worker must not wait for them forever.
    const stalled: string[] = [];
    await visit.context.route(/\/uk\/(no-such-page|directory\/[a-z-]+)$/, (route) => {
      stalled.push(route.request().url());
      return new Promise<void>(() => undefined);
    });
    const entry = entryIds[0] ?? '';
    for (const route of [
      { kind: 'not-found', lang: 'uk' },
      { kind: 'entry', lang: 'uk', entry },
    ] as const) {
      const expected = route.kind === 'not-found' ? { ...expectationFor(route), path: '/uk/no-such-page' } : expectationFor(route);
      const response = await page.goto(expected.path, { timeout: 15_000 });
      expect(response?.status(), expected.path).toBe(expected.status);
      await expectPage(page, expected);
    }
    expect(stalled.length).toBeGreaterThanOrEqual(2);
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
