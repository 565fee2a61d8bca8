/**
 * Lazy access to the content the build prepared (src/build/content-plugin.ts): one chunk
 * per language for UI strings and for the directory, one per page and language. A reader
 * downloads only what the page shows; the service worker precaches all of it.
 */
import * as catalog from 'virtual:kompas-catalog';
import type { LangCode } from '../i18n/languages';
import type { PageId } from '../site/paths';
import type { DirectoryEntry, PageContent, UiStrings } from './schema';

export const pageModuleId = (lang: LangCode, page: PageId) => `virtual:kompas-page/${lang}/${page}`;
export const uiModuleId = (lang: LangCode) => `virtual:kompas-ui/${lang}`;
export const toolsModuleId = (lang: LangCode) => `virtual:kompas-tools/${lang}`;
export const directoryModuleId = (lang: LangCode) => `virtual:kompas-directory/${lang}`;

function load<T>(loader: (() => Promise<T>) | undefined, what: string): Promise<T> {
  return loader ? loader() : Promise.reject(new Error(`No content for ${what}`));
}

export const loadPageContent = (lang: LangCode, page: PageId) => load<PageContent>(catalog.pages[lang]?.[page], pageModuleId(lang, page));
export const loadUiStrings = (lang: LangCode) => load<UiStrings>(catalog.ui[lang], uiModuleId(lang));
export const loadToolStrings = (lang: LangCode) => load<UiStrings>(catalog.tools[lang], toolsModuleId(lang));
export const loadTitles = (lang: LangCode) => load<Record<PageId, string>>(catalog.titles[lang], `titles ${lang}`);
export const loadDirectory = (lang: LangCode) => load<DirectoryEntry[]>(catalog.directory[lang], directoryModuleId(lang));

export const loadSearchIndex = (lang: LangCode) => load<string>(catalog.search[lang], `search ${lang}`);

/** Every directory entry id: each has its own page, /{lang}/directory/{id}. */
export const entryIds: readonly string[] = catalog.entryIds;
