/**
 * Language of parts (WCAG 3.1.2) in content: an editor marks a fragment in another language
 * as {{sr:Komesarijat za izbeglice i migracije}} (or {{en:…}}, {{uk:…}}, {{ru:…}}); the page
 * renders it as <span lang="sr-Latn">…</span>. A fragment in the page's own language needs no
 * span, so {{sr:…}} in Serbian text renders as plain text (and is transliterated, with the rest
 * of the text, in the Cyrillic edition). See docs/decisions/009-language-of-parts.md.
 */
import type { LangCode } from './languages';

export const markerLangs = ['sr', 'en', 'uk', 'ru'] as const;
export type MarkerLang = (typeof markerLangs)[number];

/** Group 1: the language; group 2: the fragment. */
export const LANG_MARKER = /\{\{(sr|en|uk|ru):([^{}]*)\}\}/g;
/** An opening marker with no closing "}}" before the next marker or the end. */
export const UNCLOSED_LANG_MARKER = /\{\{(?:sr|en|uk|ru):(?![^{}]*\}\})/;

export interface MarkedPart {
  text: string;
  lang?: MarkerLang;
}

/** Splits text into plain parts and marked fragments, in order. */
export function splitLangMarkers(text: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let at = 0;
  for (const match of text.matchAll(LANG_MARKER)) {
    const index = match.index ?? 0;
    if (index > at) parts.push({ text: text.slice(at, index) });
    parts.push({ text: match[2] ?? '', lang: match[1] as MarkerLang });
    at = index + match[0].length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at) });
  return parts;
}

export function stripLangMarkers(text: string): string {
  return text.replace(LANG_MARKER, '$2');
}

/**
 * The lang attribute a marked fragment needs on a page, or undefined when it is the page's own
 * language. Serbian fragments in other languages' pages are written in Latin script.
 */
export function fragmentLang(marker: MarkerLang, page: LangCode): string | undefined {
  if (marker === 'sr') return page === 'sr' || page === 'sr-cyrl' ? undefined : 'sr-Latn';
  return marker === page ? undefined : marker;
}
