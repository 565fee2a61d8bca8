/** Runs a query against a loaded index and marks the matching words: pure, so Node tests run it too. */
import type MiniSearch from 'minisearch';
import type { LangCode } from '../../i18n/languages';
import { type SearchDocument, type StoredFields, searchOptions } from './index-options';
import { foldFor, termProcessor, wordPattern } from './normalize';

export interface Piece {
  text: string;
  /** True for a word that matched the query: shown marked. */
  match: boolean;
}

export interface SearchResult {
  url: string;
  kind: SearchDocument['kind'];
  title: Piece[];
  snippet: Piece[];
}

/** Splits text into words and the rest, marking each word whose term is one the result matched. */
function mark(text: string, terms: ReadonlySet<string>, process: (word: string) => string | null): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const found of text.matchAll(wordPattern)) {
    const start = found.index ?? 0;
    if (start > last) pieces.push({ text: text.slice(last, start), match: false });
    const term = process(found[0]);
    pieces.push({ text: found[0], match: term !== null && terms.has(term) });
    last = start + found[0].length;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), match: false });
  return pieces;
}

const maxResults = 12;

/** Every word if any section has them all; otherwise the best sections with any of them. */
export function searchIn(index: MiniSearch<SearchDocument>, lang: LangCode, query: string): SearchResult[] {
  if (!query.trim()) return [];
  let hits = index.search(query, { ...searchOptions, combineWith: 'AND' });
  if (hits.length === 0) hits = index.search(query, { ...searchOptions, combineWith: 'OR' });
  // Stemming every shown word is the costly part of marking. A stem begins with the folded
  // word's first letters, so only words that begin like a matched term are stemmed, each once.
  const stem = termProcessor(lang);
  const fold = foldFor(lang);
  const heads = new Set(hits.slice(0, maxResults).flatMap((hit) => hit.terms.map((term) => term.slice(0, 3))));
  const seen = new Map<string, string | null>();
  const process = (word: string) => {
    let term = seen.get(word);
    if (term === undefined) {
      const folded = fold(word.toLowerCase());
      // A term shorter than three letters ("їж" from "їжа") is its own head.
      const canMatch = heads.has(folded.slice(0, 3)) || heads.has(folded.slice(0, 2)) || heads.has(folded.slice(0, 1));
      term = canMatch ? stem(word) : null;
      seen.set(word, term);
    }
    return term;
  };
  return hits.slice(0, maxResults).map((hit) => {
    const stored = hit as unknown as StoredFields;
    const terms = new Set(hit.terms);
    return { url: stored.url, kind: stored.kind, title: mark(stored.label, terms, process), snippet: mark(stored.snippet, terms, process) };
  });
}
