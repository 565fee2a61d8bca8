/**
 * Every URL in Kompas comes from here: the router, links, the prerender step,
 * the service worker's fallbacks and QR codes. Printed URLs are permanent:
 * a page id, once published, keeps working (rename with a redirect, never remove).
 * This module is a leaf: it imports only the language registry, so any layer may use it.
 */
import { isLangCode, type LangCode, langCodes } from '../i18n/languages';
import { slugPattern } from './patterns';

/** Page ids double as URL slugs. Order is the order of the site. */
export const pageIds = [
  'home',
  'emergency',
  'temporary-protection',
  'stay',
  'asylum',
  'support',
  'health-care',
  'hiv',
  'drugs',
  'lgbti',
  'sex-work',
  'violence',
  'daily-needs',
  'directory',
  /** How to read Kompas without leaving traces, and "forget this device" (issue 10). */
  'browse-safely',
] as const;
export type PageId = (typeof pageIds)[number];

export function isPageId(value: string): value is PageId {
  return (pageIds as readonly string[]).includes(value);
}

/** Tools for caseworkers and offices: the poster maker and the office display. */
export const toolIds = ['poster', 'display'] as const;
export type ToolId = (typeof toolIds)[number];
const isToolId = (value: string): value is ToolId => (toolIds as readonly string[]).includes(value);

export type Route =
  | { kind: 'chooser' }
  | { kind: 'page'; lang: LangCode; page: PageId }
  | { kind: 'entry'; lang: LangCode; entry: string }
  | { kind: 'tool'; lang: LangCode; tool: ToolId }
  /** A language-neutral link to a page, for posters in several languages: each phone picks its language. */
  | { kind: 'go'; page: PageId }
  | { kind: 'not-found'; lang: LangCode | null };

/** Directory filters, kept in the URL so a caseworker can share "LGBTI+ services in Belgrade". */
export interface DirectoryFilter {
  city?: string;
  group?: string;
}

const notFoundSlug = '404';

export const paths = {
  chooser: () => '/',
  page: (lang: LangCode, page: PageId) => (page === 'home' ? `/${lang}/` : `/${lang}/${page}`),
  entry: (lang: LangCode, entry: string) => `/${lang}/directory/${entry}`,
  directory: (lang: LangCode, filter: DirectoryFilter = {}) => {
    const query = new URLSearchParams();
    if (filter.city) query.set('city', filter.city);
    if (filter.group) query.set('group', filter.group);
    const search = query.toString();
    return `/${lang}/directory${search ? `?${search}` : ''}`;
  },
  tool: (lang: LangCode, tool: ToolId) => `/${lang}/${tool}`,
  go: (page: PageId, filter: DirectoryFilter = {}) => {
    if (page === 'home') return '/';
    const search = paths.directory('en', filter).split('?')[1];
    return `/go/${page}${search ? `?${search}` : ''}`;
  },
  notFound: (lang: LangCode | null) => (lang ? `/${lang}/${notFoundSlug}` : `/${notFoundSlug}`),
};

export function routeToPath(route: Route): string {
  switch (route.kind) {
    case 'chooser':
      return paths.chooser();
    case 'page':
      return paths.page(route.lang, route.page);
    case 'entry':
      return paths.entry(route.lang, route.entry);
    case 'tool':
      return paths.tool(route.lang, route.tool);
    case 'go':
      return paths.go(route.page);
    case 'not-found':
      return paths.notFound(route.lang);
  }
}

/** The directory filter a URL query carries, as written (the directory view ignores values it does not know). */
export function searchFilter(search: string): DirectoryFilter {
  const query = new URLSearchParams(search);
  const city = query.get('city');
  const group = query.get('group');
  return { ...(city ? { city } : {}), ...(group ? { group } : {}) };
}

/**
 * The same page in another language, and the one rule for it: the language switcher, the
 * share panel and the poster maker use it. The directory keeps its filter.
 */
export function samePageIn(route: Route, lang: LangCode, filter: DirectoryFilter = {}): string {
  switch (route.kind) {
    case 'page':
      return route.page === 'directory' ? paths.directory(lang, filter) : paths.page(lang, route.page);
    case 'entry':
      return paths.entry(lang, route.entry);
    case 'tool':
      return paths.tool(lang, route.tool);
    case 'not-found':
      return paths.notFound(lang);
    case 'chooser':
    case 'go':
      return routeToPath(route);
  }
}

/** Maps a URL path to a route. Tolerates a trailing slash and the ".html" file form. */
export function parsePath(pathname: string): Route {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'not-found', lang: null };
  }
  const segments = decoded
    .replace(/\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (segments.at(-1) === 'index') segments.pop();
  const [first, second, ...rest] = segments;
  if (first === undefined) return { kind: 'chooser' };
  if (first === 'go' && second !== undefined && second !== 'home' && isPageId(second) && rest.length === 0)
    return { kind: 'go', page: second };
  if (!isLangCode(first)) return { kind: 'not-found', lang: null };
  if (second === undefined) return { kind: 'page', lang: first, page: 'home' };
  if (rest.length === 0 && second !== 'home' && isPageId(second)) return { kind: 'page', lang: first, page: second };
  if (rest.length === 0 && isToolId(second)) return { kind: 'tool', lang: first, tool: second };
  const [entry, ...extra] = rest;
  if (second === 'directory' && entry !== undefined && extra.length === 0 && slugPattern.test(entry))
    return { kind: 'entry', lang: first, entry };
  return { kind: 'not-found', lang: first };
}

/** The file the prerender step writes for a route, relative to the build folder. */
export function routeFile(route: Route): string {
  switch (route.kind) {
    case 'chooser':
      return 'index.html';
    case 'page':
      return route.page === 'home' ? `${route.lang}/index.html` : `${route.lang}/${route.page}.html`;
    case 'entry':
      return `${route.lang}/directory/${route.entry}.html`;
    case 'tool':
      return `${route.lang}/${route.tool}.html`;
    case 'go':
      return `go/${route.page}.html`;
    case 'not-found':
      return route.lang ? `${route.lang}/${notFoundSlug}.html` : `${notFoundSlug}.html`;
  }
}

/** Every route that exists, in every language: what is prerendered and precached. */
export function allRoutes(entryIds: readonly string[] = []): Route[] {
  const routes: Route[] = [{ kind: 'chooser' }, { kind: 'not-found', lang: null }];
  for (const page of pageIds) if (page !== 'home') routes.push({ kind: 'go', page });
  for (const lang of langCodes) {
    for (const page of pageIds) routes.push({ kind: 'page', lang, page });
    for (const entry of entryIds) routes.push({ kind: 'entry', lang, entry });
    for (const tool of toolIds) routes.push({ kind: 'tool', lang, tool });
    routes.push({ kind: 'not-found', lang });
  }
  return routes;
}

/** The language a route is in; null for the language-neutral routes ("/", /go/…, the root 404). */
export function routeLang(route: Route): LangCode | null {
  return route.kind === 'chooser' || route.kind === 'go' ? null : route.lang;
}

/** The language a path belongs to, even for unknown pages: picks the not-found page's language. */
export function languageOfPath(pathname: string): LangCode | null {
  return routeLang(parsePath(pathname));
}
