import { describe, expect, inject, it } from 'vitest';
import { paths } from '../../src/site/paths';
import { gotoReady, openContext, sharedBrowser, siteUrl, waitForOffline } from './browser';
import { content, expectationFor, ui } from './expected';
import { expectPage } from './pages';
import { decodePng } from './qr';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Records Wake Lock requests and releases (headless Chromium has no screen to keep on). */
const fakeWakeLock = () => {
  const log: string[] = [];
  (window as unknown as { wakeLog: string[] }).wakeLog = log;
  Object.defineProperty(navigator, 'wakeLock', {
    value: {
      request: async (type: string) => {
        log.push(`request:${type}`);
        return { release: async () => void log.push('release') };
      },
    },
  });
};

describe('office display', () => {
  it('shows a large code that opens the page offline, cycles languages, keeps the screen on and exits with one control', async () => {
    const visit = await openContext(browser(), baseUrl, { viewport: { width: 1280, height: 800 } });
    await visit.context.addInitScript(fakeWakeLock);
    const page = await visit.context.newPage();
    await page.goto(`${paths.tool('en', 'display')}?page=temporary-protection&lang=auto&langs=uk,ru,sr,en`);
    await waitForOffline(page);
    await visit.context.setOffline(true);
    await page.reload();
    await page.clock.install();
    await page.click('.display-start');
    await page.waitForSelector('.display-screen');

    const url = decodePng(await (await page.$('.display-qr'))!.screenshot());
    expect(url).toBe(`${siteUrl}/go/temporary-protection`);
    const shown = () => page.$$eval('.display-language', (n) => n.map((x) => x.getAttribute('lang')));
    expect(await shown()).toEqual(['uk']);
    expect(await page.textContent('.display-language .display-instruction')).toBe(ui('uk', 'poster.instruction'));
    await page.clock.runFor(6500);
    expect(await shown()).toEqual(['ru']);
    await page.clock.runFor(6500);
    expect(await shown()).toEqual(['sr-Latn']);
    await page.clock.runFor(13_000);
    expect(await shown()).toEqual(['uk']);

    await page.waitForSelector('[data-awake="on"]');
    expect(await page.evaluate(() => (window as unknown as { wakeLog: string[] }).wakeLog)).toEqual(['request:screen']);
    await page.click('.display-exit');
    expect(await page.$('.display-screen')).toBeNull();
    // The lock is released when effects run, after the next frame: with the clock faked, frames
    // come only as it advances (Preact runs effects after paint; React did it sooner).
    await page.clock.runFor(250);
    expect(await page.evaluate(() => (window as unknown as { wakeLog: string[] }).wakeLog)).toEqual(['request:screen', 'release']);

    const reader = await visit.context.newPage();
    await reader.goto(new URL(url!).pathname);
    await reader.waitForURL(/\/[a-z-]+\/temporary-protection$/);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('does not move for readers who ask for reduced motion: every language is shown at once', async () => {
    const visit = await openContext(browser(), baseUrl, { reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
    const page = await visit.context.newPage();
    await page.goto(paths.tool('sr', 'display'));
    await page.clock.install();
    await page.click('.display-start');
    await page.waitForSelector('.display-screen[data-reduced-motion="true"]');
    const before = await page.$$eval('.display-language', (n) => n.map((x) => x.getAttribute('lang')));
    expect(before).toEqual(['uk', 'ru', 'sr-Latn', 'en']);
    await page.clock.runFor(20_000);
    expect(await page.$$eval('.display-language', (n) => n.map((x) => x.getAttribute('lang')))).toEqual(before);
    await page.keyboard.press('Escape');
    expect(await page.$('.display-screen')).toBeNull();
    await visit.context.close();
  });
});

describe('sharing', () => {
  it('shares a page in another language: copy with confirmation, QR on screen, messengers', async () => {
    const visit = await openContext(browser(), baseUrl);
    await visit.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await visit.context.newPage();
    await gotoReady(page, paths.page('sr', 'temporary-protection'));
    expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
    await page.click('.share-button');
    await page.waitForSelector('.share-panel');
    expect(await page.$('[data-share="native"]')).toBeNull();
    await page.selectOption('select[name="share-lang"]', 'uk');
    const title = content.pages.uk?.['temporary-protection']?.title ?? '';
    const url = `${siteUrl}/uk/temporary-protection`;
    await page.waitForSelector(`.share-panel[data-title="${title}"]`);
    expect(await page.inputValue('.share-url')).toBe(url);

    await page.click('[data-share="copy"]');
    await page.waitForFunction(() => document.querySelector('.share-copied')?.textContent !== '');
    expect(await page.textContent('.share-copied')).toBe(ui('sr', 'share.copied'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

    await page.click('[data-share="qr"]');
    expect(decodePng(await (await page.$('.share-qr svg'))!.screenshot())).toBe(url);

    const hrefs = Object.fromEntries(
      await page.$$eval('.share-targets a', (links) => links.map((a) => [a.getAttribute('data-share'), a.getAttribute('href')])),
    );
    const text = encodeURIComponent(`${title}\n${url}`);
    expect(hrefs).toEqual({
      viber: `viber://forward?text=${text}`,
      telegram: `https://t.me/share/url?url=${encodeURIComponent(url)}&text=${encodeURIComponent(title)}`,
      whatsapp: `https://wa.me/?text=${text}`,
      sms: `sms:?&body=${text}`,
      email: `mailto:?subject=${encodeURIComponent(title)}&body=${text}`,
    });
    expect(await page.getAttribute('[data-share="telegram"]', 'rel')).toContain('noopener');
    await visit.context.close();
  });

  it("uses the phone's share sheet where there is one, with the title in the link's language", async () => {
    const visit = await openContext(browser(), baseUrl);
    await visit.context.addInitScript(() => {
      const shared: unknown[] = [];
      (window as unknown as { shared: unknown[] }).shared = shared;
      Object.defineProperty(navigator, 'share', { value: async (data: unknown) => void shared.push(data) });
    });
    const page = await visit.context.newPage();
    await gotoReady(page, '/en/directory/belgrade/lgbti');
    await page.click('.share-button');
    await page.selectOption('select[name="share-lang"]', 'ru');
    const title = content.pages.ru?.directory?.title ?? '';
    await page.waitForSelector(`.share-panel[data-title="${title}"]`);
    await page.click('[data-share="native"]');
    const url = `${siteUrl}/ru/directory/belgrade/lgbti`;
    expect(await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared)).toEqual([{ title, text: title, url }]);
    await visit.context.close();
  });

  it('shares an entry under its name in the chosen language, and the QR link opens offline', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto(paths.entry('en', 'duga'));
    await waitForOffline(page);
    await visit.context.setOffline(true);
    await page.click('.share-button');
    await page.selectOption('select[name="share-lang"]', 'sr-cyrl');
    const name = content.directory['sr-cyrl']?.find((e) => e.id === 'duga')?.name ?? '';
    await page.waitForSelector(`.share-panel[data-title="${name}"]`);
    await page.click('[data-share="qr"]');
    const url = decodePng(await (await page.$('.share-qr svg'))!.screenshot());
    expect(url).toBe(`${siteUrl}/sr-cyrl/directory/duga`);
    const reader = await visit.context.newPage();
    await reader.goto(new URL(url!).pathname);
    await expectPage(reader, expectationFor({ kind: 'entry', lang: 'sr-cyrl', entry: 'duga' }));
    await visit.context.close();
  });
});
