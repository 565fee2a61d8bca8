/**
 * What "saved for offline" means, derived from the build's precache manifest alone, so it
 * follows whatever files the build makes: shared by the worker (what to fetch, in which
 * order) and the page (what the cache must hold before a claim is true). See
 * docs/decisions/012-saving-for-offline.md.
 */
import { type LangCode, langCodes } from '../i18n/languages';

export interface PlanEntry {
  url: string;
  revision: string | null;
}

/** A language, or 'shared': the app's code and styles, and the pages of no one language. */
export type Group = LangCode | 'shared';

/**
 * A group's pages, content chunks and search index arrive in one pack (see
 * src/build/language-packs.ts) and are cached under their own URLs.
 */
export const packPrefix = 'assets/pack/';

/** Per-language chunks: UI strings, tools' strings, titles, directory data (assets/content/) and the search index (assets/search/). */
const languageChunkFolders = ['assets/content/', 'assets/search/'];

// Longest first, so "sr-cyrl-…" is not taken for "sr-…".
const byLength = [...langCodes].sort((a, b) => b.length - a.length);

export function groupOf(url: string): Group {
  const path = url.replace(/^\.?\//, '');
  for (const lang of byLength) {
    if (path.startsWith(`${lang}/`)) return lang;
    if (path.startsWith(`${packPrefix}${lang}-`)) return lang;
    if (languageChunkFolders.some((folder) => path.startsWith(`${folder}${lang}-`))) return lang;
  }
  return 'shared';
}

export const isPack = (url: string) => url.replace(/^\.?\//, '').startsWith(packPrefix);
/** A prerendered page: a clean URL ("uk/", "uk/emergency") or a not-found page's file ("uk/404.html"). */
export function isPage(url: string): boolean {
  if (isPack(url)) return false;
  const last = url.split('/').pop() ?? '';
  return last === '' || last.endsWith('.html') || !last.includes('.');
}

/** A file that arrives inside its group's pack: a page, or a per-language chunk. */
export function isPacked(url: string): boolean {
  const path = url.replace(/^\.?\//, '');
  return isPage(url) || languageChunkFolders.some((folder) => path.startsWith(folder));
}

/** The type a packed file is stored with (a pack itself is JSON). */
export const packedType = (url: string) => (url.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8');

/** The files the cache must hold: every manifest entry but the packs, which are unpacked. */
export const savedFiles = (manifest: readonly PlanEntry[]) => manifest.filter((entry) => !isPack(entry.url));

/** Groups in the order they are saved: the reader's language, the shared files, then the others. */
export function groupOrder(first: LangCode | null): Group[] {
  const rest = langCodes.filter((lang) => lang !== first);
  return first ? [first, 'shared', ...rest] : ['shared', ...rest];
}

export interface SaveProgress {
  saved: number;
  total: number;
  /** Languages whose pages, and the shared files, are all in the cache. */
  complete: LangCode[];
  /** Everything is in the cache. */
  all: boolean;
}

/** Counts what the cache holds against the plan. `has` says whether the cache holds a manifest URL. */
export function progressOf(manifest: readonly PlanEntry[], has: (url: string) => boolean): SaveProgress {
  const files = savedFiles(manifest);
  const missing = new Set<Group>();
  let saved = 0;
  for (const entry of files) {
    if (has(entry.url)) saved++;
    else missing.add(groupOf(entry.url));
  }
  const complete = missing.has('shared') ? [] : langCodes.filter((lang) => !missing.has(lang));
  return { saved, total: files.length, complete, all: missing.size === 0 };
}

/** A short fingerprint of the manifest: each version saves into a cache of its own. */
export function versionOf(manifest: readonly PlanEntry[]): string {
  let hash = 0x811c9dc5;
  for (const entry of manifest) {
    const text = `${entry.url} ${entry.revision ?? ''}\n`;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export const cachePrefix = 'kompas-saved-';
