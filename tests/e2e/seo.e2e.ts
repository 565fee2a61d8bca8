/**
 * Findable and previewable: every prerendered page carries its canonical URL, hreflang
 * alternates for all five variants with x-default, Open Graph and Twitter card tags, and the
 * sitemap lists exactly the indexable routes. All absolute, from the build's site address.
 */
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { isIndexable, variantsOf } from '../../src/build/seo';
import { languages } from '../../src/i18n/languages';
import { allRoutes, routeFile, routeToPath } from '../../src/site/paths';
import { siteUrl } from './browser';
import { content } from './expected';

const entryIds = (content.directory.en ?? []).map((entry) => entry.id);
const routes = allRoutes(entryIds);
const read = (file: string) => readFileSync(`dist/${file}`, 'utf8');
const attr = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);

describe('search engines and link previews', () => {
  it('every prerendered page carries canonical, hreflang, Open Graph and Twitter tags', () => {
    expect(entryIds.length).toBeGreaterThan(10);
    for (const route of routes) {
      const file = routeFile(route);
      const html = read(file);
      const url = siteUrl + routeToPath(route);
      const meta = (name: string) => attr(html, new RegExp(`<meta (?:property|name)="${name}" content="([^"]*)"`, 'g'));
      if (isIndexable(route)) {
        expect([file, attr(html, /<link rel="canonical" href="([^"]+)"/g)]).toEqual([file, [url]]);
        const alternates = attr(html, /<link rel="alternate" hreflang="([^"]+)"/g);
        expect([file, alternates]).toEqual([file, [...languages.map((l) => l.htmlLang), 'x-default']]);
        expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${siteUrl}/">`);
        for (const variant of variantsOf(route))
          expect(html).toContain(
            `hreflang="${languages.find((l) => l.code === variant.lang)?.htmlLang}" href="${siteUrl}${routeToPath(variant.route)}"`,
          );
        expect(meta('robots')).toEqual([]);
      } else {
        expect([file, meta('robots')]).toEqual([file, ['noindex']]);
        expect(html).not.toContain('rel="canonical"');
      }
      const title = attr(html, /<title>([^<]*)<\/title>/g)[0];
      expect([file, meta('og:title')]).toEqual([file, [title]]);
      expect(meta('og:description')[0]?.length, file).toBeGreaterThan(10);
      expect([file, meta('og:url')]).toEqual([file, [url]]);
      expect(meta('og:locale')).toHaveLength(1);
      expect(meta('og:locale:alternate').length).toBeGreaterThanOrEqual(3);
      expect(meta('og:image')[0]).toMatch(new RegExp(`^${siteUrl}/og/[a-z-]+\\.png$`));
      expect([meta('og:image:width'), meta('og:image:height')]).toEqual([['1200'], ['630']]);
      expect(meta('twitter:card')).toEqual(['summary_large_image']);
      expect(meta('twitter:image')).toEqual(meta('og:image'));
    }
  });

  it('the sitemap lists every indexable route once, with the same alternates, and robots.txt names it', () => {
    const sitemap = read('sitemap.xml');
    const locs = attr(sitemap, /<loc>([^<]+)<\/loc>/g);
    const expected = routes.filter(isIndexable).map((route) => siteUrl + routeToPath(route));
    expect(locs.sort()).toEqual([...expected].sort());
    expect(new Set(locs).size).toBe(locs.length);
    expect((sitemap.match(/<xhtml:link /g) ?? []).length).toBe(locs.length * (languages.length + 1));
    expect(read('robots.txt')).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
  });

  it('each language has a 1200×630 preview image with the headline drawn in it', () => {
    for (const { code } of languages) {
      const png = PNG.sync.read(readFileSync(`dist/og/${code}.png`));
      expect([code, png.width, png.height]).toEqual([code, 1200, 630]);
      // The headline is white text on the blue band: count white pixels where the text goes.
      let white = 0;
      for (let y = 290; y < 480; y++)
        for (let x = 96; x < 1100; x++) {
          const i = (y * png.width + x) * 4;
          if ((png.data[i] ?? 0) > 240 && (png.data[i + 1] ?? 0) > 240 && (png.data[i + 2] ?? 0) > 240) white++;
        }
      expect(white, `${code}: the headline is drawn`).toBeGreaterThan(5000);
    }
  });
});
