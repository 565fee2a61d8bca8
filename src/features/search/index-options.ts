/**
 * The search index's shape, shared by the build (which fills it) and the browser (which
 * loads it): MiniSearch needs the same fields and term processing on both sides.
 */
import type { Options, SearchOptions } from 'minisearch';
import type { LangCode } from '../../i18n/languages';
import { termProcessor } from './normalize';

/** One thing a search can find: a section of a page (heading and its text) or a directory entry. */
export interface SearchDocument {
  id: string;
  /** The page's title or the service's name: indexed. */
  title: string;
  /** What the result's link says: "Page title › Section heading", or the service's name. */
  label: string;
  /** Section heading or the service's kind and cities: indexed, not shown. */
  heading: string;
  text: string;
  /** Where the result leads, e.g. /uk/health-care#who-pays. */
  url: string;
  /** A short extract shown under the link. */
  snippet: string;
  kind: 'page' | 'entry';
}

export type StoredFields = Pick<SearchDocument, 'label' | 'url' | 'snippet' | 'kind'>;

export function indexOptions(lang: LangCode): Options<SearchDocument> {
  return {
    fields: ['title', 'heading', 'text'],
    storeFields: ['label', 'url', 'snippet', 'kind'],
    processTerm: termProcessor(lang),
  };
}

export const searchOptions: SearchOptions = {
  boost: { title: 3, heading: 1.5 },
  // A page's opening (title, description, first lines) answers a broad query better than a section deep inside another page.
  boostDocument: (id) => (String(id).endsWith('#') ? 1.5 : 1),
  prefix: (term) => term.length > 2,
  fuzzy: (term) => (term.length > 6 ? 0.3 : term.length > 3 ? 1 : false),
  maxFuzzy: 2,
};
