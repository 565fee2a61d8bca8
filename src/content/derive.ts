/**
 * Text as a language shows it. Serbian Cyrillic is generated from Serbian Latin by the
 * transliterator; every language drops the {{latin:…}} markers that protect foreign words.
 * UI-string placeholders such as {{date}} are never touched.
 */
import { contentSourceOf, getLanguage, type LangCode } from '../i18n/languages';
import { latinToCyrillic, stripLatinMarkers } from '../i18n/transliterate';
import type { Block, DirectoryEntry, Inline, PageContent, UiStrings } from './schema';

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

function inlines(nodes: Inline[], t: TextTransform): Inline[] {
  return nodes.map((node) => {
    if (node.type === 'text') return { ...node, text: t(node.text) };
    // Only Serbian fragments follow the page into Cyrillic; English and other fragments stay as written.
    if (node.type === 'lang' && node.lang !== 'sr') return node;
    if ('children' in node) return { ...node, children: inlines(node.children, t) };
    return node;
  });
}

export function transformBlocks(blocks: Block[], t: TextTransform): Block[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every Block type, and TypeScript checks that
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return { ...block, children: inlines(block.children, t) } as Block;
      case 'list':
        return { ...block, items: block.items.map((item) => transformBlocks(item, t)) };
      case 'notice':
        return { ...block, children: transformBlocks(block.children, t) };
      case 'entry':
        return block;
    }
  });
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
    body: transformBlocks(page.body, t),
    entries: page.entries.map((entry) => transformEntry(entry, t)),
  };
}

export function transformUi(strings: UiStrings, t: TextTransform): UiStrings {
  return Object.fromEntries(
    Object.entries(strings).map(([key, value]) => [key, typeof value === 'string' ? t(value) : transformUi(value, t)]),
  );
}
