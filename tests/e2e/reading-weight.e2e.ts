/**
 * Reading pages ship their text once, as HTML: no page's content comes again as a
 * script, and the scripts a reading page really loads (to hydrate its islands) stay
 * within the budget, counted brotli-compressed as they travel.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { langCodes } from '../../src/i18n/languages';
import { pageIds, type Route, routeToPath } from '../../src/site/paths';
import { openContext, sharedBrowser } from './browser';
import { content } from './expected';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

/** Reading-page JavaScript to hydrate, brotli (issue 8). */
const scriptBudget = 60 * 1024;

const brotli = (path: string) =>
  brotliCompressSync(readFileSync(`dist${path}`), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const firstEntry = content.directory.en?.[0]?.id ?? '';
/** Every page in Ukrainian; home, directory and an entry in every language. */
const readingRoutes: Route[] = [
  ...pageIds.map((page): Route => ({ kind: 'page', lang: 'uk', page })),
  ...langCodes.flatMap((lang): Route[] => [
    ...(lang === 'uk' ? [] : [{ kind: 'page', lang, page: 'home' } as const, { kind: 'page', lang, page: 'directory' } as const]),
    { kind: 'entry', lang, entry: firstEntry },
  ]),
];
const contentChunk = new RegExp(`/assets/content/(${langCodes.join('|')})-(${pageIds.join('|')})-`);

describe('reading pages', () => {
  it('load no content chunk and repeat no text as script; their scripts stay within 60 kB brotli', async () => {
    const visit = await openContext(browser(), baseUrl, { serviceWorkers: 'block' });
    const page = await visit.context.newPage();
    const weights: string[] = [];
    for (const route of readingRoutes) {
      const path = routeToPath(route);
      const scripts = new Set<string>();
      const onRequest = (request: { resourceType: () => string; url: () => string }) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
      };
      page.on('request', onRequest);
      await page.goto(path);
      await page.waitForSelector('#root[data-islands="hydrated"]');
      await page.waitForLoadState('networkidle');
      page.off('request', onRequest);

      expect(
        [...scripts].filter((url) => contentChunk.test(url)),
        path,
      ).toEqual([]);
      const paragraph = (await page.textContent('main article p:not([class]), main .entry-offers'))?.trim() ?? '';
      expect(paragraph.length, path).toBeGreaterThan(20);
      const sample = paragraph.slice(0, 60);
      for (const script of scripts) {
        const code = readFileSync(`dist${script}`, 'utf8');
        expect(
          code.includes(sample) || code.includes(JSON.stringify(sample).slice(1, -1)),
          `${path} loads its text again in ${script}`,
        ).toBe(false);
      }
      const bytes = [...scripts].reduce((sum, script) => sum + brotli(script), 0);
      weights.push(`${path} ${(bytes / 1024).toFixed(1)} kB`);
      expect(bytes, `${path}: ${[...scripts].join(', ')}`).toBeLessThanOrEqual(scriptBudget);
    }
    console.log(`Reading-page scripts (brotli): ${weights.join(' · ')}`);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});
