/**
 * Lazy access to the content the build prepared (src/build/content-plugin.ts): one chunk
 * per language for UI strings, tools' strings, page titles and the directory. Page content
 * is for the prerender step only: in the browser it is the prerendered HTML, never a chunk.
 */
import * as catalog from 'virtual:kompas-catalog';
import type { LangCode } from '../i18n/languages';
import type { PageId } from '../site/paths';
import type { DirectoryEntry, PageContent, UiStrings } from './schema';

function load<T>(loader: (() => Promise<T>) | undefined, what: string): Promise<T> {
  return loader ? loader() : Promise.reject(new Error(`No content for ${what}`));
}

export const loadPageContent = (lang: LangCode, page: PageId) => load<PageContent>(catalog.pages[lang]?.[page], `page ${lang}/${page}`);
export const loadUiStrings = (lang: LangCode) => load<UiStrings>(catalog.ui[lang], `ui ${lang}`);
export const loadToolStrings = (lang: LangCode) => load<UiStrings>(catalog.tools[lang], `tools ${lang}`);
export const loadTitles = (lang: LangCode) => load<Record<PageId, string>>(catalog.titles[lang], `titles ${lang}`);
export const loadDirectory = (lang: LangCode) => load<DirectoryEntry[]>(catalog.directory[lang], `directory ${lang}`);

export const loadSearchIndex = (lang: LangCode) => load<string>(catalog.search[lang], `search ${lang}`);

/** Every directory entry id: each has its own page, /{lang}/directory/{id}. */
export const entryIds: readonly string[] = catalog.entryIds;
