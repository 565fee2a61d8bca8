/**
 * 200% text the way a reader sets it: the browser's default font size doubled (Chrome's
 * "Font size" setting, here through the DevTools protocol), not page zoom. Kompas sizes
 * text and spacing in rem/em, so everything sized in them grows; px borders and the like do not.
 */
import type { Page } from 'playwright-core';

export async function setTextSize(page: Page, factor: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.setFontSizes' as 'Page.enable', { fontSizes: { standard: 16 * factor, fixed: 13 * factor } } as never);
}

/** The root font size in px, to prove the setting took effect. */
export function rootFontSize(page: Page): Promise<number> {
  return page.evaluate(() => Number.parseFloat(getComputedStyle(document.documentElement).fontSize));
}
