/**
 * The search itself, in the browser. Loaded (with MiniSearch, the stemmers and the
 * language's index) on the first focus of a search field; the service worker saves it
 * with everything else, so search works offline.
 */
import MiniSearch from 'minisearch';
import { loadSearchIndex } from '../../content/catalog';
import type { LangCode } from '../../i18n/languages';
import { indexOptions, type SearchDocument } from './index-options';
import { type SearchResult, searchIn } from './query';

export type { Piece, SearchResult } from './query';

const indexes = new Map<LangCode, Promise<MiniSearch<SearchDocument>>>();

export function loadIndex(lang: LangCode): Promise<MiniSearch<SearchDocument>> {
  let index = indexes.get(lang);
  if (!index) {
    index = loadSearchIndex(lang).then((json) => MiniSearch.loadJSON<SearchDocument>(json, indexOptions(lang)));
    index.catch(() => indexes.delete(lang));
    indexes.set(lang, index);
  }
  return index;
}

/** Timed with performance marks (kept in the page, never sent anywhere) so `npm run bench` can read them. */
export async function search(lang: LangCode, query: string): Promise<SearchResult[]> {
  const loading = performance.now();
  const index = await loadIndex(lang);
  performance.measure('kompas-search-index', { start: loading });
  const searching = performance.now();
  const results = searchIn(index, lang, query);
  performance.measure('kompas-search-query', { start: searching });
  return results;
}
