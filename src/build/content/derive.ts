/**
 * Text as a language shows it. Serbian Cyrillic is generated from Serbian Latin by the
 * transliterator; every language drops the {{latin:…}} markers that protect foreign words.
 * UI-string placeholders such as {{date}} are never touched.
 */

import type { DirectoryEntry, PageContent, UiStrings } from '../../content/schema';
import { mapTexts } from '../../content/walk';
import { contentSourceOf, getLanguage, type LangCode } from '../../i18n/languages';
import { latinToCyrillic, stripLatinMarkers } from '../../i18n/transliterate';

export type TextTransform = (text: string) => string;

const placeholder = /(\{\{\s*\w+\s*\}\})/;

export function textTransform(lang: LangCode): TextTransform {
  const derived = contentSourceOf(lang) !== lang && getLanguage(lang).script === 'Cyrl';
  const convert = derived ? latinToCyrillic : stripLatinMarkers;
  return (text) =>
    text
      .split(placeholder)
      .map((part) => (placeholder.test(part) ? part : convert(part)))
      .join('');
}

export function transformEntry(entry: DirectoryEntry, t: TextTransform): DirectoryEntry {
  const optional = (value: string | undefined) => (value === undefined ? undefined : t(value));
  return {
    ...entry,
    name: t(entry.name),
    officialName: optional(entry.officialName),
    offers: t(entry.offers),
    hours: optional(entry.hours),
    address: optional(entry.address),
    verify: optional(entry.verify),
  };
}

export function transformPage(page: PageContent, t: TextTransform): PageContent {
  return {
    ...page,
    title: t(page.title),
    description: t(page.description),
    body: mapTexts(page.body, t),
    entries: page.entries.map((entry) => transformEntry(entry, t)),
  };
}

export function transformUi(strings: UiStrings, t: TextTransform): UiStrings {
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => [key, typeof value === 'string' ? t(value) : transformUi(value, t)]),
  );
}
