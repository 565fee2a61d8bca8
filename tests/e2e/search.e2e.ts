import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { type LangCode, langCodes } from '../../src/i18n/languages';
import { paths } from '../../src/site/paths';
import queries from '../fixtures/search-queries.json';
import { gotoReady, openContext, sharedBrowser, waitForOffline } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();
const fixture = queries as unknown as Record<LangCode, { q: string; first: string }[]>;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('first screen of the home page (390×844)', () => {
  it.each(langCodes)('/%s/ shows the emergency calls and the search field without scrolling, and no sideways scroll', async (lang) => {
    const visit = await openContext(browser(), baseUrl, { viewport: { width: 390, height: 844 } });
    const page = await visit.context.newPage();
    await page.goto(paths.page(lang, 'home'));
    const bottoms = await page.$$eval(
      'main a[href="tel:192"], main a[href="tel:193"], main a[href="tel:194"], main input[name="q"]',
      (nodes) => nodes.map((n) => n.getBoundingClientRect().bottom),
    );
    expect(bottoms).toHaveLength(4);
    for (const bottom of bottoms) expect(bottom).toBeLessThanOrEqual(844);
    const tasks = await page.$$eval('.top-tasks a', (nodes) => nodes.map((n) => n.getBoundingClientRect().bottom));
    expect(tasks).toHaveLength(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await visit.context.close();
  });

  it('the "/" chooser offers the emergency numbers too', async () => {
    const visit = await openContext(browser(), baseUrl, { viewport: { width: 390, height: 844 }, locale: 'de-DE' });
    const page = await visit.context.newPage();
    await page.goto('/');
    expect(await page.$$eval('main a[href^="tel:"]', (a) => a.map((x) => x.getAttribute('href')))).toEqual([
      'tel:192',
      'tel:193',
      'tel:194',
    ]);
    await visit.context.close();
  });
});

describe('search, offline', () => {
  it('finds what a reader types first, in every language, with no network', { timeout: 400_000 }, async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/en/search');
    await waitForOffline(page, 180_000);
    await visit.context.setOffline(true);
    for (const lang of langCodes) {
      for (const { q, first } of fixture[lang]) {
        await page.goto(paths.search(lang, q));
        await page.waitForSelector('.search-count');
        const url = (await page.getAttribute('.result-list a', 'href')) ?? '(nothing)';
        expect(url.split('#')[0], `${lang}: "${q}"`).toBe(first);
        expect(await page.$$eval('.result-list mark', (m) => m.length), `${lang}: "${q}" marks the words`).toBeGreaterThan(0);
      }
    }
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('loads the index on the first focus of the field, and a search from the home page opens the results', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await gotoReady(page, '/uk/');
    expect(visit.requests.some((url) => url.includes('/assets/search/'))).toBe(false);
    await page.focus('input[name="q"]');
    await page.waitForResponse((response) => response.url().includes('/assets/search/uk-'));
    await page.fill('input[name="q"]', 'тимчасового захисту');
    await page.press('input[name="q"]', 'Enter');
    await page.waitForSelector('.result-list');
    expect(new URL(page.url()).pathname).toBe('/uk/search');
    expect(await page.inputValue('input[name="q"]')).toBe('тимчасового захисту');
    await visit.context.close();
  });

  it('results and no-results pages work offline and pass axe', async () => {
    const visit = await openContext(browser(), baseUrl, { bypassCSP: true });
    const page = await visit.context.newPage();
    await page.goto('/sr/search');
    await waitForOffline(page, 180_000);
    await visit.context.setOffline(true);
    await page.goto(paths.search('sr', 'azil'));
    await page.waitForSelector('.result-list');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(paths.search('sr', 'qqxyzzy'));
    await page.waitForSelector('.search-none');
    expect(await page.$$eval('.search-none a[href^="tel:"]', (a) => a.map((x) => x.getAttribute('href')))).toEqual([
      'tel:192',
      'tel:193',
      'tel:194',
    ]);
    const mail = (await page.getAttribute('.search-none a[href^="mailto:"]', 'href')) ?? '';
    expect(decodeURIComponent(mail)).toContain('qqxyzzy');
    expect(await page.$$eval('.topic-list a', (a) => a.length)).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);
    await visit.context.close();
  });

  it('without JavaScript the search page says search needs it, and lists every topic', async () => {
    const visit = await openContext(browser(), baseUrl, { javaScriptEnabled: false });
    const page = await visit.context.newPage();
    await page.goto(paths.search('ru', 'врач'));
    expect(await page.isVisible('.search-needs-js')).toBe(true);
    expect(await page.$$eval('.topic-list a', (a) => a.length)).toBeGreaterThan(5);
    await visit.context.close();
  });
});
