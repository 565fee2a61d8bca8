/**
 * What search engines and link previews (Viber, Telegram, WhatsApp) read: canonical URL,
 * hreflang alternates for every language with x-default "/", Open Graph and Twitter card
 * tags, and the sitemap with the same alternates. All absolute, from KOMPAS_SITE_URL.
 */

import { getLanguage, type LangCode, langCodes } from '../i18n/languages';
import { allRoutes, type Route, routeLang, routeToPath } from '../site/paths';

export const previewImage = { width: 1200, height: 630, path: (lang: LangCode) => `/og/${lang}.png` } as const;

/** Open Graph wants language_TERRITORY. Both Serbian scripts are sr_RS there; hreflang tells them apart. */
export const ogLocales: Record<LangCode, string> = { uk: 'uk_UA', ru: 'ru_RU', sr: 'sr_RS', 'sr-cyrl': 'sr_RS', en: 'en_GB' };

/** Pages with a place in search results: not the not-found pages, nor the /go/ language pickers. */
export const isIndexable = (route: Route) =>
  route.kind === 'chooser' || route.kind === 'page' || route.kind === 'entry' || route.kind === 'tool';

/** The same route in every language (the chooser's variants are the home pages). */
export function variantsOf(route: Route): { lang: LangCode; route: Route }[] {
  return langCodes.map((lang) => {
    switch (route.kind) {
      case 'page':
      case 'chooser':
        return { lang, route: { kind: 'page', lang, page: route.kind === 'page' ? route.page : 'home' } };
      case 'entry':
        return { lang, route: { ...route, lang } };
      case 'tool':
        return { lang, route: { ...route, lang } };
      default:
        return { lang, route };
    }
  });
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface SeoHead {
  title: string;
  description: string;
  imageAlt: string;
}

export function seoTags(route: Route, head: SeoHead, site: string): string {
  const url = site + routeToPath(route);
  const lang = routeLang(route);
  const tags: string[] = [];
  if (isIndexable(route)) {
    tags.push(`<link rel="canonical" href="${escapeXml(url)}">`);
    for (const variant of variantsOf(route))
      tags.push(
        `<link rel="alternate" hreflang="${getLanguage(variant.lang).htmlLang}" href="${escapeXml(site + routeToPath(variant.route))}">`,
      );
    tags.push(`<link rel="alternate" hreflang="x-default" href="${escapeXml(`${site}/`)}">`);
  } else {
    tags.push('<meta name="robots" content="noindex">');
  }
  const locale = ogLocales[lang ?? 'en'];
  const image = site + previewImage.path(lang ?? 'en');
  tags.push(
    '<meta property="og:type" content="website">',
    '<meta property="og:site_name" content="Kompas">',
    `<meta property="og:title" content="${escapeXml(head.title)}">`,
    `<meta property="og:description" content="${escapeXml(head.description)}">`,
    `<meta property="og:url" content="${escapeXml(url)}">`,
    `<meta property="og:locale" content="${locale}">`,
    ...[...new Set(Object.values(ogLocales))]
      .filter((other) => other !== locale)
      .map((other) => `<meta property="og:locale:alternate" content="${other}">`),
    `<meta property="og:image" content="${escapeXml(image)}">`,
    `<meta property="og:image:width" content="${previewImage.width}">`,
    `<meta property="og:image:height" content="${previewImage.height}">`,
    `<meta property="og:image:alt" content="${escapeXml(head.imageAlt)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<meta name="twitter:title" content="${escapeXml(head.title)}">`,
    `<meta name="twitter:description" content="${escapeXml(head.description)}">`,
    `<meta name="twitter:image" content="${escapeXml(image)}">`,
  );
  return tags.join('');
}

/** Every indexable page in every language, each with its alternates. */
export function sitemapXml(entryIds: readonly string[], site: string): string {
  const urls = allRoutes(entryIds)
    .filter(isIndexable)
    .map((route) => {
      const links = variantsOf(route).map(
        (v) => `<xhtml:link rel="alternate" hreflang="${getLanguage(v.lang).htmlLang}" href="${escapeXml(site + routeToPath(v.route))}"/>`,
      );
      links.push(`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(`${site}/`)}"/>`);
      return `<url><loc>${escapeXml(site + routeToPath(route))}</loc>${links.join('')}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

export const robotsTxt = (site: string) => `User-agent: *\nAllow: /\n\nSitemap: ${site}/sitemap.xml\n`;
