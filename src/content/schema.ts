/**
 * The shape of page content after the build-time loader has read it.
 * Markdown in locales/ becomes this JSON-safe tree; the browser never parses Markdown.
 */

import type { MarkerLang } from '../i18n/lang-markers';
import type { PageId } from '../site/paths';
import type { CityId, EntryKind, GroupId } from './directory-schema';

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
  | { type: 'link'; target: LinkTarget; children: Inline[] }
  /** A fragment in another language, marked {{sr:…}} by the editor: rendered with its own lang. */
  | { type: 'lang'; lang: MarkerLang; children: Inline[] };

export type NoticeKind = 'verify' | 'important' | 'tip';

export type Block =
  | { type: 'heading'; level: 2 | 3; id: string; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Block[][] }
  | { type: 'notice'; kind: NoticeKind; children: Block[] }
  /** A directory entry shown as a card where the page cites it. */
  | { type: 'entry'; entry: string };

export interface Source {
  id: string;
  title: string;
  url: string;
  /** The language the source (and so its title) is written in, a BCP 47 tag such as "sr-Latn". */
  lang: string;
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
  /** The directory entries the page cites, in the page's language. */
  entries: DirectoryEntry[];
  /** True when the source-language page changed after this translation was made. */
  outdated: boolean;
}

/** One service point, in one language (see docs/decisions/004-directory.md). */
export interface DirectoryEntry {
  id: string;
  name: string;
  officialName?: string;
  kind: EntryKind;
  cities: CityId[];
  serves: GroupId[];
  offers: string;
  free?: boolean;
  anonymous?: boolean;
  languages?: string[];
  hours?: string;
  phones: string[];
  email?: string;
  website?: string;
  address?: string;
  sources: Source[];
  checked: string;
  verify?: string;
}

/** UI strings for one language: nested keys, text leaves (locales/<lang>/ui.json). */
export type UiStrings = { [key: string]: string | UiStrings };
