/**
 * Every URL in Kompas comes from here: the router, links, the prerender step,
 * the service worker's fallbacks and QR codes. Printed URLs are permanent:
 * a page id, once published, keeps working (rename with a redirect, never remove).
 * This module is a leaf: it imports only the language registry (and the rest of site/), so any layer may use it.
 */
import { isLangCode, type LangCode, langCodes } from '../i18n/languages';
import { isCityId, isGroupId } from './directory-ids';
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
  /** Offline search over every page and directory entry (issue 9). */
  'search',
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
  /** The directory page may carry a filter: /{lang}/directory/{city|all}/{group|all}. */
  | { kind: 'page'; lang: LangCode; page: PageId; filter?: DirectoryFilter }
  | { kind: 'entry'; lang: LangCode; entry: string }
  | { kind: 'tool'; lang: LangCode; tool: ToolId }
  /** A language-neutral link to a page, for posters in several languages: each phone picks its language. */
  | { kind: 'go'; page: PageId; filter?: DirectoryFilter }
  | { kind: 'not-found'; lang: LangCode | null };

/** Directory filters, kept in the URL so a caseworker can share "LGBTI+ services in Belgrade". */
export interface DirectoryFilter {
  city?: string;
  group?: string;
}

/** "all" stands for no filter on that side: a filter path always has both segments. */
const anyValue = 'all';

/** "/belgrade/lgbti", "/all/lgbti", or "" for no filter (see docs/decisions/001-url-scheme.md). */
function filterSegments(filter: DirectoryFilter = {}): string {
  if (!filter.city && !filter.group) return '';
  return `/${filter.city || anyValue}/${filter.group || anyValue}`;
}

/** Reads the two filter segments; null when either is not a known city or group. */
function parseFilter(city: string, group: string): DirectoryFilter | null {
  const cityOk = city === anyValue || (isCityId(city) && city !== 'everywhere');
  const groupOk = group === anyValue || (isGroupId(group) && group !== 'everyone');
  if (!cityOk || !groupOk || (city === anyValue && group === anyValue)) return null;
  return { ...(city !== anyValue ? { city } : {}), ...(group !== anyValue ? { group } : {}) };
}

/** Reads an old-style filter query (?city=&group=), ignoring values that are not cities or groups. */
export function filterFromQuery(search: string): DirectoryFilter {
  const query = new URLSearchParams(search);
  return parseFilter(query.get('city') || anyValue, query.get('group') || anyValue) ?? {};
}

const hasFilter = (filter?: DirectoryFilter): filter is DirectoryFilter => Boolean(filter?.city || filter?.group);

const notFoundSlug = '404';

export const paths = {
  chooser: () => '/',
  page: (lang: LangCode, page: PageId) => (page === 'home' ? `/${lang}/` : `/${lang}/${page}`),
  entry: (lang: LangCode, entry: string) => `/${lang}/directory/${entry}`,
  directory: (lang: LangCode, filter: DirectoryFilter = {}) => `/${lang}/directory${filterSegments(filter)}`,
  search: (lang: LangCode, query = '') => `/${lang}/search${query.trim() ? `?${new URLSearchParams({ q: query.trim() })}` : ''}`,
  tool: (lang: LangCode, tool: ToolId) => `/${lang}/${tool}`,
  go: (page: PageId, filter: DirectoryFilter = {}) => {
    if (page === 'home') return '/';
    return `/go/${page}${page === 'directory' ? filterSegments(filter) : ''}`;
  },
  notFound: (lang: LangCode | null) => (lang ? `/${lang}/${notFoundSlug}` : `/${notFoundSlug}`),
};

export function routeToPath(route: Route): string {
  switch (route.kind) {
    case 'chooser':
      return paths.chooser();
    case 'page':
      return route.page === 'directory' ? paths.directory(route.lang, route.filter) : paths.page(route.lang, route.page);
    case 'entry':
      return paths.entry(route.lang, route.entry);
    case 'tool':
      return paths.tool(route.lang, route.tool);
    case 'go':
      return paths.go(route.page, route.filter);
    case 'not-found':
      return paths.notFound(route.lang);
  }
}

/**
 * The same place in another language: the one function behind the language switcher,
 * the share panel and the not-found page (a directory filter is kept).
 */
export function routeIn(route: Route, lang: LangCode): Route {
  return route.kind === 'chooser' || route.kind === 'go' ? route : { ...route, lang };
}

/** The directory filter an old-style URL query carries, as written (?city=&group=; unknown values are kept). */
export function searchFilter(search: string): DirectoryFilter {
  const query = new URLSearchParams(search);
  const city = query.get('city');
  const group = query.get('group');
  return { ...(city ? { city } : {}), ...(group ? { group } : {}) };
}

/**
 * The same page in another language, as a path, and the one rule for it: the language switcher,
 * the share panel and the poster maker use it. The directory keeps its filter (the route's,
 * or the one given), in its path form.
 */
export function samePageIn(route: Route, lang: LangCode, filter?: DirectoryFilter): string {
  const target = routeIn(route, lang);
  if (target.kind === 'page' && target.page === 'directory' && filter) return paths.directory(lang, filter);
  return routeToPath(target);
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
  if (first === 'go' && second === 'directory' && rest.length === 2) {
    const filter = parseFilter(rest[0] ?? '', rest[1] ?? '');
    return filter ? { kind: 'go', page: 'directory', filter } : { kind: 'not-found', lang: null };
  }
  if (!isLangCode(first)) return { kind: 'not-found', lang: null };
  if (second === undefined) return { kind: 'page', lang: first, page: 'home' };
  if (rest.length === 0 && second !== 'home' && isPageId(second)) return { kind: 'page', lang: first, page: second };
  if (rest.length === 0 && isToolId(second)) return { kind: 'tool', lang: first, tool: second };
  if (second === 'directory' && rest.length === 2) {
    const filter = parseFilter(rest[0] ?? '', rest[1] ?? '');
    return filter ? { kind: 'page', lang: first, page: 'directory', filter } : { kind: 'not-found', lang: first };
  }
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
      if (route.page === 'directory' && hasFilter(route.filter)) return `${routeToPath(route).slice(1)}.html`;
      return route.page === 'home' ? `${route.lang}/index.html` : `${route.lang}/${route.page}.html`;
    case 'entry':
      return `${route.lang}/directory/${route.entry}.html`;
    case 'tool':
      return `${route.lang}/${route.tool}.html`;
    case 'go':
      return `${routeToPath(route).slice(1)}.html`;
    case 'not-found':
      return route.lang ? `${route.lang}/${notFoundSlug}.html` : `${notFoundSlug}.html`;
  }
}

/**
 * Every route that exists, in every language: what is prerendered. Directory entries and
 * filtered lists (the filters that list at least one service) are prerendered but not
 * precached: offline they render from the directory page and its data.
 */
export function allRoutes(entryIds: readonly string[] = [], filters: readonly DirectoryFilter[] = []): Route[] {
  const routes: Route[] = [{ kind: 'chooser' }, { kind: 'not-found', lang: null }];
  for (const page of pageIds) if (page !== 'home') routes.push({ kind: 'go', page });
  for (const filter of filters) routes.push({ kind: 'go', page: 'directory', filter });
  for (const lang of langCodes) {
    for (const page of pageIds) routes.push({ kind: 'page', lang, page });
    for (const filter of filters) routes.push({ kind: 'page', lang, page: 'directory', filter });
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
