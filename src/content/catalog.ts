/**
 * Lazy access to the content the build prepared: one chunk per language for UI strings
 * and one per page and language, so a reader downloads only what the page shows
 * (the service worker still precaches all of it for offline use).
 */
import type { PageId } from '../app/paths';
import type { LangCode } from '../i18n/languages';
import type { PageContent, UiStrings } from './schema';

const pageModules = import.meta.glob<PageContent>('/locales/*/pages/*.md', { import: 'default' });
const uiModules = import.meta.glob<UiStrings>('/locales/*/ui.json', { import: 'default' });

export const pageModuleId = (lang: LangCode, page: PageId) => `/locales/${lang}/pages/${page}.md`;
export const uiModuleId = (lang: LangCode) => `/locales/${lang}/ui.json`;

function load<T>(modules: Record<string, () => Promise<T>>, id: string): Promise<T> {
  const loader = modules[id];
  if (!loader) return Promise.reject(new Error(`No content module ${id}`));
  return loader();
}

export const loadPageContent = (lang: LangCode, page: PageId) => load(pageModules, pageModuleId(lang, page));
export const loadUiStrings = (lang: LangCode) => load(uiModules, uiModuleId(lang));
