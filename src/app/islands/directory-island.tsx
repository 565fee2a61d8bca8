import { loadDirectory } from '../../content/catalog';
import type { DirectoryEntry } from '../../content/schema';
import { DirectoryView } from '../../features/directory/directory-view';
import type { LangCode } from '../../i18n/languages';
import type { LazyIsland } from '../islands';

type Props = { lang: LangCode };

/** The directory's filter and list: hydrates with the language's one directory data chunk. */
function DirectoryIsland({ lang, entries }: Props & { entries: DirectoryEntry[] }) {
  return <DirectoryView entries={entries} lang={lang} />;
}

export const island: LazyIsland<Props, { entries: DirectoryEntry[] }> = {
  default: DirectoryIsland,
  prepare: async ({ lang }) => ({ entries: await loadDirectory(lang) }),
};
