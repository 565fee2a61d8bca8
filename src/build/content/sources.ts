/** Sources (locales/sources/*.yaml) and each page's checked date and sources (locales/pages/*.yaml). */
import { basename, join, relative } from 'node:path';
import type { Source } from '../../content/schema';
import { isPageId, type PageId } from '../../site/paths';
import { type PageMeta, pageMetaSchema, sourceSchema, validate } from './file-schemas';
import { localesDir, readYaml, sourcesDir, yamlFilesIn } from './files';
import type { Problem } from './problems';
import { sourceLangProblem } from './source-lang';

/** Every file in locales/sources/ together: one list of sources, each key defined once. */
export function loadSources(root: string, problems: Problem[]): Map<string, Source> {
  const sources = new Map<string, Source>();
  const definedIn = new Map<string, string>();
  for (const path of yamlFilesIn(sourcesDir(root))) {
    const file = relative(root, path);
    for (const [id, raw] of Object.entries(readYaml(root, path, problems))) {
      if (definedIn.has(id)) {
        problems.push({ file, key: id, message: `source "${id}" is already defined in ${definedIn.get(id)}` });
        continue;
      }
      definedIn.set(id, file);
      // A broken source is still known, so what cites it reports nothing more than its own problems.
      const source = validate(sourceSchema, raw, file, problems, [id]) ?? { title: '', url: '', date: '', lang: 'en' };
      const langProblem = source.title ? sourceLangProblem(source.lang, source.title) : null;
      if (langProblem) problems.push({ file, key: `${id}.lang`, message: langProblem });
      sources.set(id, { id, ...source });
    }
  }
  if (definedIn.size === 0) problems.push({ file: relative(root, sourcesDir(root)), key: '(folder)', message: 'no sources found' });
  return sources;
}

/** Resolves source keys, reporting unknown ones against the file and key that name them. */
export function resolveSources(ids: string[], sources: Map<string, Source>, file: string, key: string, problems: Problem[]): Source[] {
  const found: Source[] = [];
  for (const id of ids) {
    const source = sources.get(id);
    if (!source) problems.push({ file, key, message: `source "${id}" is not in locales/sources/` });
    // Two keys for one address (the facts file cites some pages twice) are shown once.
    else if (!found.some((s) => s.url === source.url)) found.push(source);
  }
  return found;
}

export function loadPagesMeta(root: string, problems: Problem[]): Map<PageId, PageMeta> {
  const meta = new Map<PageId, PageMeta>();
  for (const path of yamlFilesIn(join(localesDir(root), 'pages'))) {
    const file = relative(root, path);
    const id = basename(path, '.yaml');
    if (!isPageId(id)) {
      problems.push({ file, key: '(file)', message: `"${id}" is not a page (pages are listed in src/site/paths.ts)` });
      continue;
    }
    const data = readYaml(root, path, problems);
    // When the file is broken, its source keys are still checked if they are a list.
    const fallback = { checked: '', sources: Array.isArray(data.sources) ? data.sources.map(String) : [] };
    meta.set(id, validate(pageMetaSchema, data, file, problems) ?? fallback);
  }
  return meta;
}
