/** Sources (locales/sources/*.yaml) and each page's checked date and sources (locales/pages/*.yaml). */
import { basename, join, relative } from 'node:path';
import { isPageId, type PageId } from '../app/paths';
import { localesDir, readYaml, sourcesDir, yamlDate, yamlFilesIn } from './files';
import type { Problem } from './problems';
import { isoDate, isSourceDate } from './rules';
import type { Source } from './schema';
import { sourceLangProblem } from './source-lang';

export interface PageMeta {
  checked: string;
  sources: string[];
}

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
      const entry = (raw ?? {}) as Record<string, unknown>;
      const title = typeof entry.title === 'string' ? entry.title.trim() : '';
      const url = typeof entry.url === 'string' ? entry.url.trim() : '';
      const date = yamlDate(entry.date);
      if (!title) problems.push({ file, key: `${id}.title`, message: 'a source needs a title' });
      if (!/^https:\/\/\S+$/.test(url)) problems.push({ file, key: `${id}.url`, message: 'a source needs an https:// address' });
      if (!date) problems.push({ file, key: `${id}.date`, message: 'a source needs the date it states, or "nd" when it shows none' });
      else if (date !== 'nd' && !isSourceDate(date))
        problems.push({
          file,
          key: `${id}.date`,
          message: `"${date}" is not a date Kompas can show in every language: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY–YYYY, with "≈ " before it when approximate`,
        });
      const langProblem = sourceLangProblem(entry.lang, title);
      if (langProblem) problems.push({ file, key: `${id}.lang`, message: langProblem });
      const lang = typeof entry.lang === 'string' ? entry.lang : 'en';
      sources.set(id, { id, title, url, lang, date });
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
      problems.push({ file, key: '(file)', message: `"${id}" is not a page (pages are listed in src/app/paths.ts)` });
      continue;
    }
    const entry = readYaml(root, path, problems);
    const checked = yamlDate(entry.checked);
    if (!isoDate.test(checked)) problems.push({ file, key: 'checked', message: 'needs the date the facts were checked, as YYYY-MM-DD' });
    const sources = Array.isArray(entry.sources) ? entry.sources.map(String) : [];
    meta.set(id, { checked, sources });
  }
  return meta;
}
