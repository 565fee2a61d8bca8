/**
 * Vite plugin: a page in locales/<lang>/pages/<id>.md becomes a JS module exporting
 * its content tree, joined with its checked date and sources. Bad content stops the
 * build with the file and key named.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';
import { isPageId } from '../app/paths';
import { loadPage, loadPagesMeta, loadSources, pagesMetaFile, sourcesFile } from '../content/load';
import { ContentError, type Problem } from '../content/problems';

const pagePattern = /[\\/]locales[\\/]([^\\/]+)[\\/]pages[\\/]([^\\/]+)\.md$/;

export function contentPlugin(root = process.cwd()): Plugin {
  return {
    name: 'kompas-content',
    enforce: 'pre',
    load(id) {
      const match = pagePattern.exec(id);
      if (!match) return null;
      const [, lang = '', page = ''] = match;
      if (!isPageId(page)) this.error(`${relative(root, id)}: "${page}" is not a page in src/app/paths.ts`);
      this.addWatchFile(pagesMetaFile(root));
      this.addWatchFile(sourcesFile(root));
      const problems: Problem[] = [];
      const sources = loadSources(root, problems);
      const meta = loadPagesMeta(root, problems);
      const loaded = loadPage(root, lang, page, meta, sources);
      problems.push(...loaded.problems);
      if (problems.length > 0 || !loaded.page) this.error(new ContentError(problems).message);
      return { code: `export default ${JSON.stringify(loaded.page)};`, map: null };
    },
  };
}
