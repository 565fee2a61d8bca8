import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../components/entry-card';
import { type CityId, cityIds } from '../../content/directory-schema';
import type { DirectoryEntry } from '../../content/schema';
import type { LangCode } from '../../i18n/languages';

/** The cities the directory's entries are in, for the filter. */
export const directoryCities = (entries: DirectoryEntry[]): CityId[] =>
  cityIds.filter((city) => city !== 'everywhere' && entries.some((e) => e.cities.includes(city)));

/**
 * The directory: every entry as static HTML, readable with JavaScript off. `filter` is the
 * filter (directory-filter.tsx), which the page mounts as an island.
 */
export function DirectoryView({ entries, lang, filter }: { entries: DirectoryEntry[]; lang: LangCode; filter: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="directory" aria-label={t('directory.title')}>
      {filter}
      <div className="entry-list">
        {entries.map((entry) => (
          <EntryCard key={entry.id} entry={entry} lang={lang} />
        ))}
      </div>
    </section>
  );
}
