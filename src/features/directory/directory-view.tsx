import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../components/entry-card';
import { LabelledSelect } from '../../components/labelled-select';
import { cityOptions, groupOptions } from '../../content/directory-options';
import { cityIds } from '../../content/directory-schema';
import type { DirectoryEntry } from '../../content/schema';
import type { LangCode } from '../../i18n/languages';
import { type DirectoryFilter, paths } from '../../site/paths';
import { filterFromSearch, matchesFilter } from './filter';

/**
 * The directory with its filters. The prerendered page lists every entry (readable with
 * JavaScript off); in the browser the filter comes from the URL and stays in it.
 */
export function DirectoryView({ entries, lang }: { entries: DirectoryEntry[]; lang: LangCode }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<DirectoryFilter>({});
  const [interactive, setInteractive] = useState(false);

  useEffect(() => {
    setFilter(filterFromSearch(window.location.search));
    setInteractive(true);
    const onPop = () => setFilter(filterFromSearch(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const shown = useMemo(() => entries.filter((entry) => matchesFilter(entry, filter)), [entries, filter]);
  const cities = cityIds.filter((city) => city !== 'everywhere' && entries.some((e) => e.cities.includes(city)));

  const change = (key: keyof DirectoryFilter) => (value: string) => {
    const next = { ...filter, [key]: value || undefined };
    setFilter(next);
    window.history.replaceState(null, '', paths.directory(lang, next));
  };

  return (
    <section className="directory" aria-label={t('directory.title')}>
      {interactive && (
        <form className="directory-filter" role="search" onSubmit={(event) => event.preventDefault()}>
          <LabelledSelect
            label={t('directory.city')}
            name="city"
            value={filter.city ?? ''}
            options={cityOptions(t, cities)}
            onChange={change('city')}
          />
          <LabelledSelect
            label={t('directory.group')}
            name="group"
            value={filter.group ?? ''}
            options={groupOptions(t)}
            onChange={change('group')}
          />
        </form>
      )}
      <p className="directory-count" role="status" data-count={shown.length}>
        {t('directory.count', { count: shown.length })}
      </p>
      {shown.length === 0 && <p>{t('directory.none')}</p>}
      <div className="entry-list">
        {shown.map((entry) => (
          <EntryCard key={entry.id} entry={entry} lang={lang} />
        ))}
      </div>
    </section>
  );
}
