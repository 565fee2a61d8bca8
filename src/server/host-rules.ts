/**
 * How every host serves Kompas, in one place: the local server (src/server/static-server.ts)
 * and the generated nginx, Caddy, Netlify/Cloudflare and Docker configs (src/server/hosts/)
 * all read these rules, so what the tests check is what ships.
 */
import { type LangCode, langCodes } from '../i18n/languages';

/** One Content-Security-Policy everywhere. Pages carry no inline script or style (see src/build/html-template.ts). */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Sent with every answer, errors included. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Production hosts serve HTTPS only; the local server (plain http on loopback) must not send it. */
export const hsts = { name: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' } as const;

export const headersFor = (production: boolean): Record<string, string> =>
  production ? { ...securityHeaders, [hsts.name]: hsts.value } : { ...securityHeaders };

export const cache = {
  /** Content-hashed files never change: a year, and no revalidation. */
  immutable: 'public, max-age=31536000, immutable',
  /** HTML, sw.js, the manifest and everything else: always revalidate, so an update shows at once. */
  revalidate: 'no-cache',
} as const;

/** Content-hashed paths: Vite's /assets/ and Workbox's runtime next to sw.js. */
export const immutablePrefix = '/assets/';
export const immutablePattern = /^\/workbox-[\w-]+\.js$/;

export function cacheControlFor(path: string): string {
  return path.startsWith(immutablePrefix) || immutablePattern.test(path) ? cache.immutable : cache.revalidate;
}

/** sw.js may control the whole site. */
export const serviceWorker = { path: '/sw.js', headers: { 'Service-Worker-Allowed': '/' } } as const;

/** Content types by extension; the nginx config carries this same table instead of the system's mime.types. */
export const contentTypes: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  pdf: 'application/pdf',
};
export const defaultContentType = 'application/octet-stream';

/** Extensions compressed at build time (.br and .gz next to the file); servers only pick the file. */
export const compressibleExtensions: readonly string[] = ['html', 'js', 'mjs', 'css', 'json', 'webmanifest', 'xml', 'txt', 'svg'];

/** The not-found page a path gets: its language's, or the root one. */
export interface NotFoundRule {
  /** Paths starting with this prefix ("/uk/"), or every path for the root rule (""). */
  prefix: string;
  /** The page served with status 404. */
  page: string;
  lang: LangCode | null;
}

export const notFoundRules: readonly NotFoundRule[] = [
  ...langCodes.map((lang) => ({ prefix: `/${lang}/`, page: `/${lang}/404.html`, lang })),
  { prefix: '', page: '/404.html', lang: null },
];

/** The clean URL of a not-found page (/uk/404) answers 404; its file (/uk/404.html) stays fetchable for the precache. */
export const notFoundCleanPaths: readonly string[] = notFoundRules.map((rule) => rule.page.replace(/\.html$/, ''));

/**
 * A missing file with an extension (other than .html) gets a plain 404, never an HTML page:
 * a missing script must fail as a script, not run a page as JavaScript.
 */
export const plainNotFound = { body: 'Not found', type: 'text/plain; charset=utf-8' } as const;
export const hasFileExtension = (path: string) => /\.[^/.]+$/.test(path) && !path.endsWith('.html');

/** The language folders, each served with its own 404 page. */
export const languageFolders: readonly LangCode[] = langCodes;

/**
 * Old directory filter links (/{lang}/directory?city=X&group=Y) move to the path form
 * /{lang}/directory/{X|all}/{Y|all} (docs/decisions, issue 9). On since the path form exists (issue 9);
 * changing this regenerates every config (`npm run deploy:configs`; the staleness test says so).
 */
export const legacyDirectoryRedirect = { enabled: true, all: 'all' } as const;

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Where an old directory link goes, or null when the path is not one. Only slugs pass; anything else becomes "all". */
export function legacyDirectoryLocation(path: string, query: URLSearchParams, enabled: boolean = legacyDirectoryRedirect.enabled) {
  if (!enabled) return null;
  const match = /^\/([a-z-]+)\/directory$/.exec(path);
  const lang = match?.[1];
  if (!lang || !(langCodes as readonly string[]).includes(lang)) return null;
  const city = query.get('city');
  const group = query.get('group');
  if (city === null && group === null) return null;
  const part = (value: string | null) => (value !== null && slug.test(value) ? value : legacyDirectoryRedirect.all);
  return `/${lang}/directory/${part(city)}/${part(group)}`;
}
