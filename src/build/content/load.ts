/**
 * Build-time loader (Node only): reads locales/ and returns typed content for every
 * language, plus every problem found. The Vite plugin, the content check, the tests and
 * the benchmark all use it. Generated languages (Serbian Cyrillic) are made here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Block, DirectoryEntry, PageContent, Source, UiStrings } from '../../content/schema';
import { nodesOf } from '../../content/walk';
import { contentSourceOf, editedLangCodes, type LangCode, langCodes } from '../../i18n/languages';
import { isPageId, type PageId, pageIds } from '../../site/paths';
import { textTransform, transformEntry, transformPage, transformUi } from './derive';
import { loadDirectory, localizeEntry, type RawEntry } from './directory';
import { type Frontmatter, frontmatterSchema, type PageMeta, validate } from './file-schemas';
import { localesDir, pageFile, pageMetaFile, uiFile } from './files';
import { type Freshness, freshnessOf } from './freshness';
import { parseMarkdownPage } from './parse-markdown';
import type { Problem } from './problems';
import { loadPagesMeta, loadSources, resolveSources } from './sources';

export { localesDir, pageFile, pageMetaFile, uiFile } from './files';

/** Everything shared by all languages, read once. */
export interface SharedContent {
  sources: Map<string, Source>;
  meta: Map<PageId, PageMeta>;
  directory: RawEntry[];
  problems: Problem[];
}

export interface LoadedContent {
  ui: Partial<Record<LangCode, UiStrings>>;
  tools: Partial<Record<LangCode, UiStrings>>;
  pages: Partial<Record<LangCode, Partial<Record<PageId, PageContent>>>>;
  directory: Partial<Record<LangCode, DirectoryEntry[]>>;
  freshness: Partial<Record<LangCode, Partial<Record<PageId, Freshness>>>>;
  problems: Problem[];
}

export function loadShared(root: string): SharedContent {
  const problems: Problem[] = [];
  const sources = loadSources(root, problems);
  const meta = loadPagesMeta(root, problems);
  const directory = loadDirectory(root, sources, problems);
  return { sources, meta, directory, problems };
}

/** Entry ids a body cites: as a card, or as a link in a sentence. */
const citedEntries = (blocks: Block[]) =>
  [...nodesOf(blocks)].flatMap((node) =>
    node.type === 'entry' ? [node.entry] : node.type === 'link' && node.target.kind === 'entry' ? [node.target.entry] : [],
  );

/** Entry ids a body shows as cards. */
const cardEntries = (blocks: Block[]) => [...nodesOf(blocks)].flatMap((node) => (node.type === 'entry' ? [node.entry] : []));

/** Pages that state no outside facts: the home page, and "browse safely" (about Kompas itself and browsers in general). */
export const pagesWithoutFacts: ReadonlySet<PageId> = new Set(['home', 'browse-safely']);

/** Reads one page in one language and joins it with its checked date, sources and cited entries. */
export function loadPage(
  root: string,
  lang: LangCode,
  page: PageId,
  shared: SharedContent,
): { page: PageContent | null; problems: Problem[] } {
  const base = contentSourceOf(lang);
  const path = pageFile(root, base, page);
  const file = relative(root, path);
  if (!existsSync(path)) return { page: null, problems: [{ file, key: '(file)', message: `page "${page}" is missing in "${base}"` }] };
  const { page: parsed, problems } = parseMarkdownPage(readFileSync(path, 'utf8'), file);
  const header: Frontmatter = validate(frontmatterSchema, parsed.frontmatter, file, problems) ?? { title: '', description: '' };
  if (parsed.body.length === 0) problems.push({ file, key: '(body)', message: 'the page has no text' });

  const meta = shared.meta.get(page);
  const metaFile = relative(root, pageMetaFile(root, page));
  if (!meta) problems.push({ file: metaFile, key: '(file)', message: `page "${page}" has no checked date and sources` });
  const sources = resolveSources(meta?.sources ?? [], shared.sources, metaFile, 'sources', problems);
  if (meta && sources.length === 0 && !pagesWithoutFacts.has(page))
    problems.push({ file: metaFile, key: 'sources', message: 'a page with facts needs at least one source' });

  const entries = new Map(shared.directory.map((entry) => [entry.id, entry]));
  for (const id of citedEntries(parsed.body))
    if (!entries.has(id))
      problems.push({ file, key: `entry:${id}`, message: `directory entry "${id}" does not exist in locales/directory/` });
  const cards = [...new Set(cardEntries(parsed.body))].flatMap((id) => {
    const entry = entries.get(id);
    return entry ? [localizeEntry(entry, base)] : [];
  });

  const content: PageContent = {
    title: header.title,
    description: header.description,
    checked: meta?.checked ?? '',
    sources,
    body: parsed.body,
    entries: cards,
    outdated: freshnessOf(root, base, page, header.translatedFrom) === 'outdated',
  };
  return { page: transformPage(content, textTransform(lang)), problems };
}

/** UI strings: ui.json (every page) or tools.json (the poster maker and display only). */
export type StringsFile = 'ui.json' | 'tools.json';
export const stringsFiles: readonly StringsFile[] = ['ui.json', 'tools.json'];

export function loadUi(root: string, lang: LangCode, name: StringsFile = 'ui.json'): { ui: UiStrings | null; problems: Problem[] } {
  const path = uiFile(root, contentSourceOf(lang), name);
  const file = relative(root, path);
  if (!existsSync(path)) return { ui: null, problems: [{ file, key: '(file)', message: `UI strings for "${lang}" are missing` }] };
  try {
    const strings = JSON.parse(readFileSync(path, 'utf8')) as UiStrings;
    return { ui: transformUi(strings, textTransform(lang)), problems: [] };
  } catch (error) {
    return { ui: null, problems: [{ file, key: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
}

export function directoryFor(lang: LangCode, shared: SharedContent): DirectoryEntry[] {
  const t = textTransform(lang);
  return shared.directory.map((raw) => transformEntry(localizeEntry(raw, contentSourceOf(lang)), t));
}

/** Loads everything under locales/, collecting problems instead of stopping at the first. */
export function loadContent(root: string): LoadedContent {
  const shared = loadShared(root);
  const content: LoadedContent = { ui: {}, tools: {}, pages: {}, directory: {}, freshness: {}, problems: [...shared.problems] };
  for (const lang of langCodes) {
    const edited = editedLangCodes.includes(lang);
    const ui = loadUi(root, lang);
    if (edited) content.problems.push(...ui.problems);
    if (ui.ui) content.ui[lang] = ui.ui;
    const tools = loadUi(root, lang, 'tools.json');
    if (edited) content.problems.push(...tools.problems);
    if (tools.ui) content.tools[lang] = tools.ui;
    const pages: Partial<Record<PageId, PageContent>> = {};
    const freshness: Partial<Record<PageId, Freshness>> = {};
    for (const page of pageIds) {
      const loaded = loadPage(root, lang, page, shared);
      if (edited) content.problems.push(...loaded.problems);
      if (loaded.page) pages[page] = loaded.page;
      if (edited) freshness[page] = loaded.page ? (loaded.page.outdated ? 'outdated' : 'complete') : 'missing';
    }
    content.pages[lang] = pages;
    content.directory[lang] = directoryFor(lang, shared);
    if (edited) content.freshness[lang] = freshness;
    if (!edited) continue;
    const dir = join(localesDir(root), lang, 'pages');
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      const id = name.replace(/\.md$/, '');
      if (!name.endsWith('.md') || !isPageId(id))
        content.problems.push({
          file: relative(root, join(dir, name)),
          key: '(file)',
          message: `"${name}" is not a known page: add it to src/site/paths.ts or remove it`,
        });
    }
  }
  return content;
}
