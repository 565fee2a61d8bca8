/**
 * The shape of page content after the build-time loader has read it.
 * Markdown in locales/ becomes this JSON-safe tree; the browser never parses Markdown.
 */
import type { PageId } from '../app/paths';

export type LinkTarget =
  | { kind: 'page'; page: PageId; hash?: string }
  | { kind: 'tel'; number: string }
  | { kind: 'mailto'; address: string }
  | { kind: 'external'; url: string };

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
  | { type: 'notice'; kind: NoticeKind; children: Block[] };

export interface Source {
  id: string;
  title: string;
  url: string;
  /** The date the source itself states, as written there ("nd" when it shows none). */
  date: string;
}

export interface PageContent {
  title: string;
  description: string;
  /** ISO date (YYYY-MM-DD) the page's facts were last checked against its sources. */
  checked: string;
  sources: Source[];
  body: Block[];
}

/** UI strings for one language: nested keys, text leaves (locales/<lang>/ui.json). */
export type UiStrings = { [key: string]: string | UiStrings };
