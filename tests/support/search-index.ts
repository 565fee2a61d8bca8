/** Builds a language's search index in Node from locales/, exactly as the build does. */
import MiniSearch from 'minisearch';
import { loadContent } from '../../src/build/content/load';
import { buildSearchIndex } from '../../src/build/search-index';
import { indexOptions, type SearchDocument } from '../../src/features/search/index-options';
import type { LangCode } from '../../src/i18n/languages';

const content = loadContent(process.cwd());

export function indexFor(lang: LangCode): { json: string; index: MiniSearch<SearchDocument> } {
  const json = buildSearchIndex(lang, content.pages[lang] ?? {}, content.directory[lang] ?? [], content.ui[lang] ?? {});
  return { json, index: MiniSearch.loadJSON<SearchDocument>(json, indexOptions(lang)) };
}
