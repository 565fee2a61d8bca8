import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { cityIds, groupIds } from '../../src/content/directory-schema';
import { matchesFilter, sortByName } from '../../src/features/directory/filter';
import { getLanguage, type LangCode, langCodes } from '../../src/i18n/languages';
import { type DirectoryFilter, paths } from '../../src/site/paths';
import { openContext, sharedBrowser, waitForOffline } from './browser';
import { content } from './expected';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

function expectedNames(lang: LangCode, filter: DirectoryFilter): string[] {
  const matching = (content.directory[lang] ?? []).filter((entry) => matchesFilter(entry, filter));
  return sortByName(matching, getLanguage(lang).htmlLang).map((entry) => entry.name);
}

async function shownNames(page: Page): Promise<string[]> {
  await page.waitForSelector('.directory-filter');
  // Offline, a filtered list is rendered over the directory page's HTML after load (render-route.tsx).
  await page.waitForFunction(() => document.getElementById('root')?.dataset.standIn !== 'pending');
  return page.$$eval('.entry-list .entry-name', (nodes) => nodes.map((n) => n.textContent ?? ''));
}

describe('service directory', () => {
  it('filters by every city and every group, offline, in every language', { timeout: 400_000 }, async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/en/directory');
    await waitForOffline(page, 180_000);
    await visit.context.setOffline(true);
    const cities = cityIds.filter((c) => c !== 'everywhere');
    const groups = groupIds.filter((g) => g !== 'everyone');
    for (const lang of langCodes) {
      const filters: DirectoryFilter[] = [
        {},
        ...cities.map((city) => ({ city })),
        ...groups.map((group) => ({ group })),
        { city: 'belgrade', group: 'lgbti' },
      ];
      for (const filter of filters) {
        const path = paths.directory(lang, filter);
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await page.waitForFunction(
          (count) => document.querySelector('.directory-count')?.getAttribute('data-count') === String(count),
          expectedNames(lang, filter).length,
        );
        expect(await shownNames(page), path).toEqual(expectedNames(lang, filter));
      }
    }
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('keeps the chosen filter in the URL path, so the list can be shared', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/uk/directory');
    await Promise.all([
      page.waitForURL('**/uk/directory/belgrade/all'),
      page.click('.directory-filter a[href="/uk/directory/belgrade/all"]'),
    ]);
    await Promise.all([
      page.waitForURL('**/uk/directory/belgrade/lgbti'),
      page.click('.directory-filter a[href="/uk/directory/belgrade/lgbti"]'),
    ]);
    expect(new URL(page.url()).pathname).toBe('/uk/directory/belgrade/lgbti');
    expect(await shownNames(page)).toEqual(expectedNames('uk', { city: 'belgrade', group: 'lgbti' }));
    expect(expectedNames('uk', { city: 'belgrade', group: 'lgbti' }).length).toBeGreaterThan(0);
    // A colleague opens the shared link.
    const shared = await visit.context.newPage();
    await shared.goto(page.url());
    expect(await shownNames(shared)).toEqual(expectedNames('uk', { city: 'belgrade', group: 'lgbti' }));
    // The language switcher keeps the filter: on the page opened with it, and after a change in place.
    const serbian = '.language-switcher a[lang="sr-Latn"]';
    expect(await shared.getAttribute(serbian, 'href')).toBe('/sr/directory/belgrade/lgbti');
    await Promise.all([
      page.waitForURL('**/uk/directory/belgrade/women'),
      page.click('.directory-filter a[href="/uk/directory/belgrade/women"]'),
    ]);
    await Promise.all([page.waitForURL('**/sr/directory/belgrade/women'), page.click(serbian)]);
    expect(expectedNames('sr', { city: 'belgrade', group: 'women' }).length).toBeGreaterThan(0);
    expect(await shownNames(page)).toEqual(expectedNames('sr', { city: 'belgrade', group: 'women' }));
    await visit.context.close();
  });

  it('shows the shared Belgrade + LGBTI+ link filtered without JavaScript, with the filters as plain links', async () => {
    const visit = await openContext(browser(), baseUrl, { javaScriptEnabled: false });
    const page = await visit.context.newPage();
    const path = paths.directory('en', { city: 'belgrade', group: 'lgbti' });
    expect(path).toBe('/en/directory/belgrade/lgbti');
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const expected = expectedNames('en', { city: 'belgrade', group: 'lgbti' });
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan((content.directory.en ?? []).length);
    expect(await shownNames(page)).toEqual(expected);
    expect(await page.$$eval('.directory-filter a', (a) => a.length)).toBeGreaterThan(5);
    expect(await page.getAttribute('.directory-reset', 'href')).toBe('/en/directory');
    await visit.context.close();
  });

  it('shows the same count in the first paint as after hydration, with no jump', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    const response = await page.goto('/en/directory/belgrade/lgbti', { waitUntil: 'commit' });
    const html = (await response?.text()) ?? '';
    const first = /data-count="(\d+)"/.exec(html)?.[1];
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    const after = await page.getAttribute('.directory-count', 'data-count');
    expect(first).toBe(String(expectedNames('en', { city: 'belgrade', group: 'lgbti' }).length));
    expect(after).toBe(first);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('keeps the filters when the language changes, and sends old query links to the path', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/en/directory?city=belgrade&group=lgbti');
    await page.waitForURL('**/en/directory/belgrade/lgbti');
    await Promise.all([page.waitForURL('**/sr-cyrl/directory/belgrade/lgbti'), page.click('.language-switcher a[hreflang="sr-Cyrl"]')]);
    expect(await shownNames(page)).toEqual(expectedNames('sr-cyrl', { city: 'belgrade', group: 'lgbti' }));
    await visit.context.close();
  });

  it('lists the filtered services offline, rendered from the directory data', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/uk/directory');
    await waitForOffline(page, 180_000);
    await visit.context.setOffline(true);
    await page.goto('/uk/directory/belgrade/lgbti');
    const expected = expectedNames('uk', { city: 'belgrade', group: 'lgbti' });
    await page.waitForFunction(
      (count) => document.querySelector('.directory-count')?.getAttribute('data-count') === String(count),
      expected.length,
    );
    expect(await shownNames(page)).toEqual(expected);
    await visit.context.close();
  });

  it('makes contacts actionable: call, write, open the map, open websites outside', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    const withEverything = (content.directory.en ?? []).find((e) => e.phones.length > 0 && e.website);
    const withAddress = (content.directory.en ?? []).find((e) => e.address);
    if (!withEverything || !withAddress) throw new Error('the directory has no entry with a phone, website and address to test');
    await page.goto(paths.entry('en', withEverything.id));
    expect(await page.$$eval('main a[href^="tel:"]', (a) => a.map((x) => x.getAttribute('href')))).toEqual(
      withEverything.phones.map((p) => `tel:${p}`),
    );
    const site = await page.$(`main a[href="${withEverything.website}"]`);
    expect(await site?.getAttribute('target')).toBe('_blank');
    expect(await site?.getAttribute('rel')).toContain('noopener');
    await page.goto(paths.entry('en', withAddress.id));
    expect(await page.getAttribute('main a.link-map', 'href')).toBe(`geo:0,0?q=${encodeURIComponent(withAddress.address ?? '')}`);
    await visit.context.close();
  });

  it('shows an entry cited on a page from the same data as the directory', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/ru/support');
    const cards = await page.$$eval('main .entry-card .entry-name', (nodes) => nodes.map((n) => n.textContent));
    const cited = content.pages.ru?.support?.entries.map((e) => e.name) ?? [];
    expect(cited.length).toBeGreaterThan(0);
    expect(cards).toEqual(cited);
    for (const entry of content.pages.ru?.support?.entries ?? [])
      expect(entry.name).toBe(content.directory.ru?.find((e) => e.id === entry.id)?.name);
    await visit.context.close();
  });
});
