/**
 * Build time: one search index per language (src/features/search/index-options.ts), over
 * every page section (heading and its text, so a result opens at #section) and every
 * directory entry. It ships as a lazily loaded chunk, "assets/content/{lang}-search-[hash].js".
 */
import MiniSearch from 'minisearch';
import type { Block, DirectoryEntry, Inline, PageContent, UiStrings } from '../content/schema';
import { indexOptions, type SearchDocument } from '../features/search/index-options';
import type { LangCode } from '../i18n/languages';
import { type PageId, pageIds, paths } from '../site/paths';

/** Pages not worth finding: the home page only introduces, the search page is where one already is. */
const skipped: readonly PageId[] = ['home', 'search'];
const snippetLength = 180;

const inlineText = (nodes: Inline[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'break' ? ' ' : 'children' in n ? inlineText(n.children) : '')).join('');

function blockText(block: Block, entries: DirectoryEntry[]): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlineText(block.children);
    case 'list':
      return block.items.map((item) => item.map((b) => blockText(b, entries)).join(' ')).join(' ');
    case 'notice':
      return block.children.map((b) => blockText(b, entries)).join(' ');
    case 'entry':
      return entries.find((e) => e.id === block.entry)?.name ?? '';
  }
}

const snippetOf = (text: string) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= snippetLength) return clean;
  const cut = clean.slice(0, snippetLength);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : snippetLength)}…`;
};

/** A page's sections: the text before the first heading, then each heading with the text under it. */
export function pageDocuments(lang: LangCode, id: PageId, page: PageContent): SearchDocument[] {
  const docs: SearchDocument[] = [];
  let current = { heading: '', anchor: '', parts: [page.description] };
  const flush = () => {
    const text = current.parts.join(' ');
    if (!current.heading && !text.trim()) return;
    docs.push({
      id: `${id}#${current.anchor}`,
      title: page.title,
      label: current.heading ? `${page.title} › ${current.heading}` : page.title,
      heading: current.heading,
      text,
      url: paths.page(lang, id) + (current.anchor ? `#${current.anchor}` : ''),
      snippet: snippetOf(current.heading ? text : current.parts.slice(1).join(' ') || page.description),
      kind: 'page',
    });
  };
  for (const block of page.body) {
    if (block.type === 'heading' && block.level === 2) {
      flush();
      current = { heading: inlineText(block.children), anchor: block.id, parts: [] };
    } else current.parts.push(blockText(block, page.entries));
  }
  flush();
  return docs;
}

function lookup(ui: UiStrings, key: string): string {
  let node: string | UiStrings | undefined = ui;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : '';
}

export function entryDocument(lang: LangCode, entry: DirectoryEntry, ui: UiStrings): SearchDocument {
  const cities = entry.cities.map((c) => lookup(ui, `cities.${c}`)).join(', ');
  const groups = entry.serves.map((g) => lookup(ui, `groups.${g}`)).join(', ');
  return {
    id: `entry:${entry.id}`,
    title: entry.name,
    label: entry.name,
    heading: [entry.officialName ?? '', lookup(ui, `kinds.${entry.kind}`), cities].join(' '),
    text: [entry.offers, groups, entry.address ?? ''].join(' '),
    url: paths.entry(lang, entry.id),
    snippet: snippetOf(`${cities} · ${entry.offers}`),
    kind: 'entry',
  };
}

export function buildSearchIndex(
  lang: LangCode,
  pages: Partial<Record<PageId, PageContent>>,
  directory: DirectoryEntry[],
  ui: UiStrings,
): string {
  const index = new MiniSearch<SearchDocument>(indexOptions(lang));
  for (const id of pageIds) {
    const page = pages[id];
    if (page && !skipped.includes(id)) index.addAll(pageDocuments(lang, id, page));
  }
  index.addAll(directory.map((entry) => entryDocument(lang, entry, ui)));
  return JSON.stringify(index);
}
