/**
 * Build-time loader (Node only): reads locales/ and returns typed content plus every
 * problem found. The Vite plugin, the content check and the tests all use it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isPageId, pageIds, type PageId } from '../app/paths';
import { langCodes, type LangCode } from '../i18n/languages';
import { parseMarkdownPage } from './parse-markdown';
import type { Problem } from './problems';
import { isoDate } from './rules';
import type { PageContent, Source, UiStrings } from './schema';

export interface PageMeta {
  checked: string;
  sources: string[];
}

export interface LoadedContent {
  ui: Partial<Record<LangCode, UiStrings>>;
  pages: Partial<Record<LangCode, Partial<Record<PageId, PageContent>>>>;
  problems: Problem[];
}

export const localesDir = (root: string) => join(root, 'locales');
export const uiFile = (root: string, lang: string) => join(localesDir(root), lang, 'ui.json');
export const pageFile = (root: string, lang: string, page: string) => join(localesDir(root), lang, 'pages', `${page}.md`);
export const pagesMetaFile = (root: string) => join(localesDir(root), 'pages.yaml');
export const sourcesFile = (root: string) => join(localesDir(root), 'sources.yaml');

function readYaml(root: string, file: string, problems: Problem[]): Record<string, unknown> {
  const name = relative(root, file);
  if (!existsSync(file)) {
    problems.push({ file: name, key: '(file)', message: 'file is missing' });
    return {};
  }
  try {
    const value: unknown = parseYaml(readFileSync(file, 'utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push({ file: name, key: '(file)', message: 'must be a map of ids to entries' });
  } catch (error) {
    problems.push({ file: name, key: '(file)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
  }
  return {};
}

/** YAML reads 2024-03-08 as a Date; keep every date as the text the editor wrote. */
function yamlDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === undefined || value === null ? '' : String(value).trim();
}

export function loadSources(root: string, problems: Problem[]): Map<string, Source> {
  const file = relative(root, sourcesFile(root));
  const sources = new Map<string, Source>();
  for (const [id, raw] of Object.entries(readYaml(root, sourcesFile(root), problems))) {
    const entry = (raw ?? {}) as Record<string, unknown>;
    const title = typeof entry.title === 'string' ? entry.title.trim() : '';
    const url = typeof entry.url === 'string' ? entry.url.trim() : '';
    const date = yamlDate(entry.date);
    if (!title) problems.push({ file, key: `${id}.title`, message: 'a source needs a title' });
    if (!/^https:\/\/\S+$/.test(url)) problems.push({ file, key: `${id}.url`, message: 'a source needs an https:// address' });
    if (!date) problems.push({ file, key: `${id}.date`, message: 'a source needs the date it states, or "nd" when it shows none' });
    sources.set(id, { id, title, url, date });
  }
  return sources;
}

export function loadPagesMeta(root: string, problems: Problem[]): Map<PageId, PageMeta> {
  const file = relative(root, pagesMetaFile(root));
  const meta = new Map<PageId, PageMeta>();
  for (const [id, raw] of Object.entries(readYaml(root, pagesMetaFile(root), problems))) {
    if (!isPageId(id)) {
      problems.push({ file, key: id, message: `"${id}" is not a page (pages are listed in src/app/paths.ts)` });
      continue;
    }
    const entry = (raw ?? {}) as Record<string, unknown>;
    const checked = yamlDate(entry.checked);
    if (!isoDate.test(checked)) problems.push({ file, key: `${id}.checked`, message: 'needs the date the facts were checked, as YYYY-MM-DD' });
    const sources = Array.isArray(entry.sources) ? entry.sources.map(String) : [];
    meta.set(id, { checked, sources });
  }
  return meta;
}

/** Reads one page in one language and joins it with its checked date and sources. */
export function loadPage(
  root: string,
  lang: string,
  page: PageId,
  meta: Map<PageId, PageMeta>,
  sources: Map<string, Source>,
): { page: PageContent | null; problems: Problem[] } {
  const path = pageFile(root, lang, page);
  const file = relative(root, path);
  if (!existsSync(path)) return { page: null, problems: [{ file, key: '(file)', message: `page "${page}" is missing in "${lang}"` }] };
  const { page: parsed, problems } = parseMarkdownPage(readFileSync(path, 'utf8'), file);
  const text = (key: string) => {
    const value = parsed.frontmatter[key];
    if (typeof value !== 'string' || !value.trim()) {
      problems.push({ file, key, message: `"${key}" is missing or empty` });
      return '';
    }
    return value.trim();
  };
  const title = text('title');
  const description = text('description');
  if (parsed.body.length === 0) problems.push({ file, key: '(body)', message: 'the page has no text' });
  const pageMeta = meta.get(page);
  const metaFile = relative(root, pagesMetaFile(root));
  if (!pageMeta) problems.push({ file: metaFile, key: page, message: `page "${page}" has no checked date and sources` });
  const pageSources: Source[] = [];
  for (const id of pageMeta?.sources ?? []) {
    const source = sources.get(id);
    if (source) pageSources.push(source);
    else problems.push({ file: metaFile, key: `${page}.sources`, message: `source "${id}" is not in locales/sources.yaml` });
  }
  if (pageMeta && pageSources.length === 0 && page !== 'home')
    problems.push({ file: metaFile, key: `${page}.sources`, message: 'a page with facts needs at least one source' });
  return {
    page: { title, description, checked: pageMeta?.checked ?? '', sources: pageSources, body: parsed.body },
    problems,
  };
}

export function loadUi(root: string, lang: string): { ui: UiStrings | null; problems: Problem[] } {
  const path = uiFile(root, lang);
  const file = relative(root, path);
  if (!existsSync(path)) return { ui: null, problems: [{ file, key: '(file)', message: `UI strings for "${lang}" are missing` }] };
  try {
    return { ui: JSON.parse(readFileSync(path, 'utf8')) as UiStrings, problems: [] };
  } catch (error) {
    return { ui: null, problems: [{ file, key: '(file)', message: `not valid JSON: ${(error as Error).message}` }] };
  }
}

/** Loads everything under locales/, collecting problems instead of stopping at the first. */
export function loadContent(root: string): LoadedContent {
  const problems: Problem[] = [];
  const sources = loadSources(root, problems);
  const meta = loadPagesMeta(root, problems);
  const content: LoadedContent = { ui: {}, pages: {}, problems };
  for (const lang of langCodes) {
    const ui = loadUi(root, lang);
    problems.push(...ui.problems);
    if (ui.ui) content.ui[lang] = ui.ui;
    const pages: Partial<Record<PageId, PageContent>> = {};
    for (const page of pageIds) {
      const loaded = loadPage(root, lang, page, meta, sources);
      problems.push(...loaded.problems);
      if (loaded.page) pages[page] = loaded.page;
    }
    content.pages[lang] = pages;
    const dir = join(localesDir(root), lang, 'pages');
    for (const name of existsSync(dir) ? readdirSync(dir) : []) {
      const id = name.replace(/\.md$/, '');
      if (!name.endsWith('.md') || !isPageId(id))
        problems.push({ file: relative(root, join(dir, name)), key: '(file)', message: `"${name}" is not a known page: add it to src/app/paths.ts or remove it` });
    }
  }
  return content;
}
