/** The service directory: one YAML file per entry in locales/directory/ (docs/decisions/004-directory.md). */
import { basename, relative } from 'node:path';
import type { DirectoryEntry, Source } from '../../content/schema';
import type { LangCode } from '../../i18n/languages';
import { slugPattern } from '../../site/patterns';
import { type EntryFile, entryFileSchema, validate } from './file-schemas';
import { directoryDir, readYaml, yamlFilesIn } from './files';
import type { Problem } from './problems';
import { resolveSources } from './sources';

/** An entry as written (language-neutral facts plus words per edited language), its sources resolved. */
export type RawEntry = Omit<EntryFile, 'sources'> & { id: string; file: string; sources: Source[] };

export function loadDirectory(root: string, sources: Map<string, Source>, problems: Problem[]): RawEntry[] {
  const schema = entryFileSchema(new Set(sources.keys()));
  return yamlFilesIn(directoryDir(root)).map((path) => {
    const file = relative(root, path);
    const id = basename(path, '.yaml');
    if (!slugPattern.test(id))
      problems.push({ file, key: '(file)', message: 'the file name is the entry id: lowercase letters, digits and hyphens' });
    const entry = validate(schema, readYaml(root, path, problems), file, problems);
    // A broken entry still exists, so pages citing it report nothing more than its own problems.
    if (!entry) return { id, file, name: {}, kind: 'ngo', cities: [], serves: [], offers: {}, phones: [], sources: [], checked: '' };
    return { ...entry, id, file, sources: resolveSources(entry.sources, sources, file, 'sources', problems) };
  });
}

/** An entry in one edited language (generated languages are transformed from these). */
export function localizeEntry(raw: RawEntry, lang: LangCode): DirectoryEntry {
  const { file: _file, name, offers, hours, verify, ...facts } = raw;
  return { ...facts, name: name[lang] ?? raw.id, offers: offers[lang] ?? '', hours: hours?.[lang], verify: verify?.[lang] };
}
