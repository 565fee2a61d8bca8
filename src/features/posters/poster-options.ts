/**
 * What a poster is made of, read from and written to the maker's URL, so a poster's
 * settings can be shared too. Bad input becomes a message and a safe default, never an error.
 */

import { isCityId, isGroupId } from '../../content/directory-schema';
import { isLangCode, type LangCode, langCodes } from '../../i18n/languages';
import { type DirectoryFilter, isPageId, type PageId, paths, samePageIn } from '../../site/paths';

/** Portrait paper sizes in millimetres, and the printed width of the QR code on each. */
export const paperSizes = {
  A3: { width: 297, height: 420, qr: 180 },
  A4: { width: 210, height: 297, qr: 120 },
  A5: { width: 148, height: 210, qr: 85 },
  A6: { width: 105, height: 148, qr: 62 },
} as const;
export type PaperSize = keyof typeof paperSizes;
export const paperSizeIds = Object.keys(paperSizes) as PaperSize[];
const isPaperSize = (value: string): value is PaperSize => value in paperSizes;

export const maxOwnLine = 80;

export interface PosterOptions {
  page: PageId;
  /** The language of the page the code opens, or 'auto': each phone picks its own. */
  linkLang: LangCode | 'auto';
  filter: DirectoryFilter;
  /** Languages the poster's text appears in, in this order. */
  languages: LangCode[];
  size: PaperSize;
  ownLine: string;
}

export const defaultLanguages: LangCode[] = ['uk', 'ru', 'sr', 'en'];

export const defaultPosterOptions: PosterOptions = {
  page: 'home',
  linkLang: 'auto',
  filter: {},
  languages: defaultLanguages,
  size: 'A4',
  ownLine: '',
};

export type PosterProblem =
  | { kind: 'unknownPage'; value: string }
  | { kind: 'badSize'; value: string }
  | { kind: 'unknownLanguage'; value: string }
  | { kind: 'lineTooLong'; length: number }
  | { kind: 'directionMarks' }
  | { kind: 'noLanguage' };

/** Bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069): they can print a phone number reversed. */
export const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/** Plain text only: control characters, direction overrides and surrounding spaces removed, length limited. */
export function cleanOwnLine(value: string): { line: string; problem: PosterProblem | null } {
  const directionMarks = bidiControls.test(value);
  bidiControls.lastIndex = 0;
  const text = value
    .replace(bidiControls, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this removes
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...text];
  const line = chars.length <= maxOwnLine ? text : chars.slice(0, maxOwnLine).join('');
  if (directionMarks) return { line, problem: { kind: 'directionMarks' } };
  return { line, problem: chars.length <= maxOwnLine ? null : { kind: 'lineTooLong', length: chars.length } };
}

export function parsePosterQuery(search: string): { options: PosterOptions; problems: PosterProblem[] } {
  const query = new URLSearchParams(search);
  const problems: PosterProblem[] = [];
  const options: PosterOptions = { ...defaultPosterOptions, filter: {} };

  const page = query.get('page');
  if (page !== null) {
    if (isPageId(page)) options.page = page;
    else problems.push({ kind: 'unknownPage', value: page });
  }
  const lang = query.get('lang');
  if (lang !== null && lang !== 'auto') {
    if (isLangCode(lang)) options.linkLang = lang;
    else problems.push({ kind: 'unknownLanguage', value: lang });
  }
  const city = query.get('city') ?? '';
  const group = query.get('group') ?? '';
  if (isCityId(city)) options.filter.city = city;
  if (isGroupId(group)) options.filter.group = group;
  const languages = query.get('langs');
  if (languages !== null) {
    const chosen: LangCode[] = [];
    for (const code of languages.split(',').filter(Boolean)) {
      if (isLangCode(code)) {
        if (!chosen.includes(code)) chosen.push(code);
      } else problems.push({ kind: 'unknownLanguage', value: code });
    }
    options.languages = chosen.length > 0 ? chosen : defaultLanguages;
    if (chosen.length === 0) problems.push({ kind: 'noLanguage' });
  }
  const size = query.get('size');
  if (size !== null) {
    const upper = size.toUpperCase();
    if (isPaperSize(upper)) options.size = upper;
    else problems.push({ kind: 'badSize', value: size });
  }
  const line = query.get('line');
  if (line !== null) {
    const cleaned = cleanOwnLine(line);
    options.ownLine = cleaned.line;
    if (cleaned.problem) problems.push(cleaned.problem);
  }
  return { options, problems };
}

export function posterQuery(options: PosterOptions): string {
  const query = new URLSearchParams();
  query.set('page', options.page);
  query.set('lang', options.linkLang);
  if (options.page === 'directory' && options.filter.city) query.set('city', options.filter.city);
  if (options.page === 'directory' && options.filter.group) query.set('group', options.filter.group);
  query.set('langs', options.languages.join(','));
  query.set('size', options.size);
  if (options.ownLine) query.set('line', options.ownLine);
  return `?${query.toString()}`;
}

/** The path the poster's QR code opens: the shortest permanent URL for the choice. */
export function posterTargetPath(options: PosterOptions): string {
  if (options.linkLang === 'auto') return paths.go(options.page, options.page === 'directory' ? options.filter : {});
  return samePageIn({ kind: 'page', lang: options.linkLang, page: options.page }, options.linkLang, options.filter);
}

export const orderedLanguages = (chosen: readonly LangCode[]) => langCodes.filter((code) => chosen.includes(code));
