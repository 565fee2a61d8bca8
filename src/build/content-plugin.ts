/**
 * Vite plugin: serves the content the loader prepared as virtual modules:
 *   virtual:kompas-catalog              lazy loaders for everything below, and the entry ids
 *   virtual:kompas-page/{lang}/{page}   a page's content tree: for prerendering; in the browser a
 *                                       page's text is its HTML, shipped once (but for the directory
 *                                       page, which offline stands in for its filtered lists)
 *   virtual:kompas-ui/{lang}            UI strings (ui.json)
 *   virtual:kompas-tools/{lang}         the poster maker's and display's strings (tools.json)
 *   virtual:kompas-directory/{lang}     every directory entry (filtering; entries rendered offline)
 *   virtual:kompas-titles/{lang}        every page's title (for sharing and posters in other languages)
 *   virtual:kompas-search/{lang}        the search index (src/build/search-index.ts), loaded on first use
 * Bad content stops the build with the file and key named.
 */
import type { Plugin } from 'vite';
import type { PageContent } from '../content/schema';
import { isLangCode, langCodes } from '../i18n/languages';
import { isPageId, pageIds } from '../site/paths';
import { directoryFor, loadPage, loadShared, loadUi, localesDir } from './content/load';
import { ContentError } from './content/problems';
import { buildSearchIndex } from './search-index';

const prefix = 'virtual:kompas-';

export function contentPlugin(root = process.cwd()): Plugin {
  return {
    name: 'kompas-content',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(prefix) ? `\0${id}` : null;
    },
    load(id, options) {
      if (!id.startsWith(`\0${prefix}`)) return null;
      const server = options?.ssr === true || this.environment?.config.consumer === 'server';
      this.addWatchFile(localesDir(root));
      const [kind, lang = '', page = ''] = id.slice(1 + prefix.length).split('/');
      const json = (value: unknown) => ({ code: `export default ${JSON.stringify(value)};`, map: null });
      const shared = loadShared(root);
      if (kind === 'catalog')
        return {
          code: catalogModule(
            shared.directory.map((entry) => entry.id),
            server,
          ),
          map: null,
        };
      if (!isLangCode(lang)) this.error(`Unknown language in ${id}`);
      if (kind === 'ui' || kind === 'tools') {
        const { ui, problems } = loadUi(root, lang, kind === 'ui' ? 'ui.json' : 'tools.json');
        if (!ui) this.error(new ContentError(problems).message);
        return json(ui);
      }
      if (kind === 'directory') {
        if (shared.problems.length > 0) this.error(new ContentError(shared.problems).message);
        return json(directoryFor(lang, shared));
      }
      if (kind === 'titles') {
        const titles = Object.fromEntries(pageIds.map((id) => [id, loadPage(root, lang, id, shared).page?.title ?? id]));
        return json(titles);
      }
      if (kind === 'search') {
        const { ui, problems } = loadUi(root, lang, 'ui.json');
        if (!ui || shared.problems.length > 0) this.error(new ContentError([...problems, ...shared.problems]).message);
        const pages: Partial<Record<string, PageContent>> = {};
        for (const id of pageIds) {
          const loaded = loadPage(root, lang, id, shared);
          if (!loaded.page) this.error(new ContentError(loaded.problems).message);
          pages[id] = loaded.page;
        }
        return json(buildSearchIndex(lang, pages, directoryFor(lang, shared), ui));
      }
      // In the browser a page's text is its prerendered HTML. The one exception: offline, a
      // filtered directory list is rendered from the directory page's content and data.
      if (kind === 'page' && !server && page !== browserPage)
        this.error(`${id}: page content is prerendered HTML and never a browser chunk`);
      if (kind === 'page' && isPageId(page)) {
        const loaded = loadPage(root, lang, page, shared);
        const problems = [...shared.problems, ...loaded.problems];
        if (problems.length > 0 || !loaded.page) this.error(new ContentError(problems).message);
        return json(loaded.page);
      }
      this.error(`Unknown content module ${id}`);
    },
  };
}

/** The only page whose content the browser may load: the directory, for filtered lists offline. */
const browserPage = 'directory';

function catalogModule(entryIds: string[], server: boolean): string {
  const loader = (id: string) => `() => import(${JSON.stringify(prefix + id)}).then((m) => m.default)`;
  const byLang = (make: (lang: string) => string) => `{${langCodes.map((lang) => `${JSON.stringify(lang)}: ${make(lang)}`).join(',')}}`;
  return [
    `export const pages = ${byLang((lang) => `{${(server ? pageIds : [browserPage]).map((page) => `${JSON.stringify(page)}: ${loader(`page/${lang}/${page}`)}`).join(',')}}`)};`,
    `export const ui = ${byLang((lang) => loader(`ui/${lang}`))};`,
    `export const tools = ${byLang((lang) => loader(`tools/${lang}`))};`,
    `export const directory = ${byLang((lang) => loader(`directory/${lang}`))};`,
    `export const titles = ${byLang((lang) => loader(`titles/${lang}`))};`,
    `export const search = ${byLang((lang) => loader(`search/${lang}`))};`,
    `export const entryIds = ${JSON.stringify(entryIds)};`,
  ].join('\n');
}

/**
 * The chunk file name for a content module, e.g. "assets/content/uk-ui-[hash].js" or
 * "assets/search/uk-[hash].js"; the directory's data is "{lang}-entries", its page "{lang}-directory".
 */
export function contentChunkName(facadeModuleId: string | null | undefined): string | null {
  const match = /^\0virtual:kompas-(page|ui|tools|directory|titles|search)\/([^/]+)(?:\/([^/]+))?$/.exec(facadeModuleId ?? '');
  if (!match) return null;
  const [, kind, lang, page] = match;
  // The search index has its own folder: a page is also called "search".
  if (kind === 'search') return `assets/search/${lang}-[hash].js`;
  return `assets/content/${lang}-${kind === 'page' ? page : kind === 'directory' ? 'entries' : kind}-[hash].js`;
}
