import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openForAxe, pageKinds } from './axe';
import { openContext, sharedBrowser, waitForOffline } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

describe('dark theme', () => {
  it.each([...pageKinds, '/uk/browse-safely', '/en/violence'])('%s is dark, with AA colour contrast', async (path) => {
    const visit = await openContext(browser(), baseUrl, { bypassCSP: true, colorScheme: 'dark' });
    const page = await visit.context.newPage();
    await openForAxe(page, path);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(luminance(background), `${path} background ${background}`).toBeLessThan(0.05);
    expect(await axeViolations(page, { type: 'rule', values: ['color-contrast'] })).toEqual([]);
    await visit.context.close();
  });

  it('notices and the status bar keep AA contrast in the dark', async () => {
    const visit = await openContext(browser(), baseUrl, { bypassCSP: true, colorScheme: 'dark' });
    const page = await visit.context.newPage();
    // The violence page has a "check before relying" notice and a tip; the directory page an important one.
    await page.goto('/uk/violence');
    expect(await page.$$eval('.notice-verify, .notice-tip', (notices) => notices.length)).toBeGreaterThan(1);
    await page.waitForSelector('[data-status="saving"], [data-status="language"], [data-status="all"]');
    expect(await axeViolations(page, { type: 'rule', values: ['color-contrast'] })).toEqual([]);
    await waitForOffline(page);
    await visit.context.setOffline(true);
    await page.waitForSelector('[data-status="page-saved"]');
    expect(await axeViolations(page, { type: 'rule', values: ['color-contrast'] })).toEqual([]);
    await visit.context.close();
  });

  it('printing stays light, and the poster preview stays black on white', async () => {
    const visit = await openContext(browser(), baseUrl, { colorScheme: 'dark' });
    const page = await visit.context.newPage();
    await page.goto('/en/poster');
    await page.waitForSelector('.poster-sheet');
    const sheet = await page.evaluate(() => getComputedStyle(document.querySelector('.poster-sheet') as Element).backgroundColor);
    expect(sheet).toBe('rgb(255, 255, 255)');
    await page.goto('/en/violence');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const printed = await page.evaluate(() => ({
      paper: getComputedStyle(document.documentElement).backgroundColor,
      ink: getComputedStyle(document.querySelector('h1') as Element).color,
    }));
    expect(printed).toEqual({ paper: 'rgb(255, 255, 255)', ink: 'rgb(26, 26, 26)' });
    await visit.context.close();
  });
});
