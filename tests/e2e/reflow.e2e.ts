/**
 * Reflow (WCAG 1.4.10): no sideways scrolling on a 320 px screen, nor at 200% text
 * (see text-size.ts for how it is set), on every route; and Exit stays wholly on screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { LangCode } from '../../src/i18n/languages';
import { allRoutes, type Route, routeLang, routeToPath } from '../../src/site/paths';
import { openContext, sharedBrowser } from './browser';
import { entryIds } from './expected';
import { rootFontSize, setTextSize } from './text-size';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const multilingual = allRoutes(entryIds).filter((route) => routeLang(route) === null);
const routesOf = (lang: LangCode) => allRoutes(entryIds).filter((route) => routeLang(route) === lang);
const pathOf = (route: Route) => (route.kind === 'not-found' ? `${route.lang ? `/${route.lang}` : ''}/no-such-page` : routeToPath(route));

/** What sticks out sideways, if anything: the page's width and the widest elements. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth <= width) {
      const exit = document.querySelector('.quick-exit-bar .quick-exit')?.getBoundingClientRect();
      return exit && exit.left >= 0 && exit.right <= width ? [] : ['Exit is not wholly on screen'];
    }
    const wide = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 4)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} → ${Math.round(element.getBoundingClientRect().right)} px`);
    return [`scrollWidth ${document.documentElement.scrollWidth} > ${width}`, ...wide];
  });
}

async function checkRoutes(page: Page, routes: Route[]): Promise<string[]> {
  const problems: string[] = [];
  for (const route of routes) {
    const path = pathOf(route);
    await page.goto(path);
    if (route.kind === 'tool') await page.waitForSelector('.poster-maker, .display-setup');
    const found = await overflow(page);
    if (found.length > 0) problems.push(`${path}: ${found.join('; ')}`);
  }
  return problems;
}

describe('reflow', () => {
  it.each(['uk', 'sr-cyrl'] as const)('every %s route fits a 320 × 640 screen', async (lang) => {
    const visit = await openContext(browser(), baseUrl, { viewport: { width: 320, height: 640 }, serviceWorkers: 'block' });
    const page = await visit.context.newPage();
    const routes = [...routesOf(lang), ...(lang === 'uk' ? multilingual : [])];
    expect(routes.length).toBeGreaterThan(40);
    expect(await checkRoutes(page, routes)).toEqual([]);
    await visit.context.close();
  });

  it('every ru route fits a 390 px phone at 200% text', async () => {
    const visit = await openContext(browser(), baseUrl, { viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
    const page = await visit.context.newPage();
    await setTextSize(page, 2);
    await page.goto('/ru/');
    expect(await rootFontSize(page)).toBe(32);
    expect(await checkRoutes(page, [...routesOf('ru'), ...multilingual])).toEqual([]);
    await visit.context.close();
  });
});
