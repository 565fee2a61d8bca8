import { describe, expect, inject, it } from 'vitest';
import { openContext, sharedBrowser, waitForOffline } from './browser';
import { expectationFor } from './expected';
import { expectPage } from './pages';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('languages', () => {
  it('sends "/" to the best of the browser\'s languages', async () => {
    const visit = await openContext(browser(), baseUrl, { locale: 'ru-RU' });
    const page = await visit.context.newPage();
    await page.goto('/');
    await page.waitForURL(`${baseUrl}/ru/`);
    await expectPage(page, expectationFor({ kind: 'page', lang: 'ru', page: 'home' }));
    await visit.context.close();
  });

  it('shows a chooser when no language matches, and remembers the choice', async () => {
    const visit = await openContext(browser(), baseUrl, { locale: 'de-DE' });
    const page = await visit.context.newPage();
    await page.goto('/');
    await expectPage(page, expectationFor({ kind: 'chooser' }));
    const names = await page.$$eval('.language-list a', (links) => links.map((a) => [a.textContent, a.closest('li')?.lang]));
    expect(names.map(([, lang]) => lang)).toEqual(['uk', 'ru', 'sr-Latn', 'sr-Cyrl', 'en']);
    await page.click('.language-list a[href="/sr/"]');
    await page.waitForURL(`${baseUrl}/sr/`);
    await page.goto('/');
    await page.waitForURL(`${baseUrl}/sr/`);
    await visit.context.close();
  });

  it("opens a language-neutral poster link (/go/…) in the reader's language, offline too", async () => {
    const visit = await openContext(browser(), baseUrl, { locale: 'ru-RU' });
    const page = await visit.context.newPage();
    await page.goto('/go/directory?city=belgrade&group=lgbti');
    await page.waitForURL(`${baseUrl}/ru/directory/belgrade/lgbti`);
    await waitForOffline(page);
    await visit.context.setOffline(true);
    await page.goto('/go/emergency');
    await page.waitForURL(`${baseUrl}/ru/emergency`);
    await expectPage(page, expectationFor({ kind: 'page', lang: 'ru', page: 'emergency' }));
    await visit.context.close();

    const unknown = await openContext(browser(), baseUrl, { locale: 'de-DE' });
    const chooser = await unknown.context.newPage();
    await chooser.goto('/go/emergency');
    await expectPage(chooser, { ...expectationFor({ kind: 'chooser' }), path: '/go/emergency' });
    expect(await chooser.$$eval('.language-list a', (links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/uk/emergency',
      '/ru/emergency',
      '/sr/emergency',
      '/sr-cyrl/emergency',
      '/en/emergency',
    ]);
    await unknown.context.close();
  });

  it('keeps the reader on the same page when switching language', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/en/temporary-protection');
    await page.click('.language-switcher a[lang="uk"]');
    await page.waitForURL(`${baseUrl}/uk/temporary-protection`);
    await expectPage(page, expectationFor({ kind: 'page', lang: 'uk', page: 'temporary-protection' }));
    await page.click('.language-switcher a[lang="sr-Latn"]');
    await page.waitForURL(`${baseUrl}/sr/temporary-protection`);
    await expectPage(page, expectationFor({ kind: 'page', lang: 'sr', page: 'temporary-protection' }));
    await visit.context.close();
  });

  it('shows every page with JavaScript off, phone numbers ready to tap', async () => {
    const visit = await openContext(browser(), baseUrl, { javaScriptEnabled: false });
    const page = await visit.context.newPage();
    await page.goto('/uk/emergency');
    await expectPage(page, expectationFor({ kind: 'page', lang: 'uk', page: 'emergency' }));
    const tel = await page.$$eval('main a[href^="tel:"]', (links) => links.map((a) => a.getAttribute('href')));
    expect(tel).toEqual(expect.arrayContaining(['tel:192', 'tel:193', 'tel:194']));
    await page.goto('/');
    await expectPage(page, expectationFor({ kind: 'chooser' }));
    await visit.context.close();
  });
});
