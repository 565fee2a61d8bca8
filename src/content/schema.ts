/**
 * The shape of page content after the build-time loader has read it.
 * Markdown in locales/ becomes this JSON-safe tree; the browser never parses Markdown.
 */
import type { PageId } from '../app/paths';
import type { EntryFile, SourceFile } from './file-schemas';

export type LinkTarget =
  | { kind: 'page'; page: PageId; hash?: string }
  | { kind: 'tel'; number: string }
  | { kind: 'mailto'; address: string }
  | { kind: 'external'; url: string }
  | { kind: 'entry'; entry: string };

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'break' }
  | { type: 'link'; target: LinkTarget; children: Inline[] };

export type NoticeKind = 'verify' | 'important' | 'tip';

export type Block =
  | { type: 'heading'; level: 2 | 3; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'notice'; kind: NoticeKind; children: Block[] }
  /** A directory entry shown as a card where the page cites it. */
  | { type: 'entry'; entry: string };

/** A source as written in locales/sources/, with the key pages and entries cite it by. */
export type Source = SourceFile & { id: string };

export interface PageContent {
  title: string;
  description: string;
  /** ISO date (YYYY-MM-DD) the page's facts were last checked against its sources. */
  checked: string;
  sources: Source[];
  body: Block[];
  /** The directory entries the page cites, in the page's language. */
  entries: DirectoryEntry[];
  /** True when the source-language page changed after this translation was made. */
  outdated: boolean;
}

/**
 * One service point, in one language: its file's facts (file-schemas.ts), its words in that
 * language and its sources resolved (docs/decisions/004-directory.md).
 */
export type DirectoryEntry = Omit<EntryFile, 'name' | 'offers' | 'hours' | 'verify' | 'sources'> & {
  id: string;
  name: string;
  offers: string;
  hours?: string;
  verify?: string;
  sources: Source[];
};

/** UI strings for one language: nested keys, text leaves (locales/<lang>/ui.json). */
export type UiStrings = { [key: string]: string | UiStrings };
