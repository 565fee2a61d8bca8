import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledSelect } from '../../components/labelled-select';
import { cityOptions, groupOptions } from '../../content/directory-options';
import type { CityId, GroupId } from '../../content/directory-schema';
import type { LangCode } from '../../i18n/languages';
import { type DirectoryFilter as Filter, paths } from '../../site/paths';
import { filterFromSearch, matchesFilter } from './filter';

/** Shows the prerendered entries that match, hides the rest; returns how many are shown. */
function applyFilter(list: Element | null | undefined, filter: Filter): number {
  let shown = 0;
  for (const card of list?.querySelectorAll<HTMLElement>('[data-cities]') ?? []) {
    const entry = {
      cities: (card.dataset.cities ?? '').split(' ') as CityId[],
      serves: (card.dataset.serves ?? '').split(' ') as GroupId[],
    };
    card.hidden = !matchesFilter(entry, filter);
    if (!card.hidden) shown++;
  }
  return shown;
}

/**
 * The directory's filter, an island. The list itself is static HTML, every entry readable
 * with JavaScript off; the filter only shows and hides its cards (each carries its cities
 * and groups), so no entry is rendered or shipped twice. The filter comes from the URL and
 * stays in it.
 */
export function DirectoryFilter({ lang, cities, total }: { lang: LangCode; cities: CityId[]; total: number }) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const [filter, setFilter] = useState<Filter>({});
  const [interactive, setInteractive] = useState(false);
  const [shown, setShown] = useState(total);

  useEffect(() => {
    setFilter(filterFromSearch(window.location.search));
    setInteractive(true);
    const onPop = () => setFilter(filterFromSearch(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (interactive) setShown(applyFilter(form.current?.closest('.directory')?.querySelector('.entry-list'), filter));
  }, [filter, interactive]);

  const change = (key: keyof Filter) => (value: string) => {
    const next = { ...filter, [key]: value || undefined };
    setFilter(next);
    window.history.replaceState(null, '', paths.directory(lang, next));
  };

  return (
    <>
      {/* Rendered before it works, so nothing moves when it starts to (the selects stay disabled
          until then); hidden where scripts never run (main.css). */}
      <form
        ref={form}
        className={interactive ? 'directory-filter' : 'directory-filter-pending'}
        role="search"
        onSubmit={(event) => event.preventDefault()}
      >
        <fieldset disabled={!interactive}>
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
        </fieldset>
      </form>
      <p className="directory-count" role="status" data-count={shown}>
        {t('directory.count', { count: shown })}
      </p>
      {shown === 0 && <p>{t('directory.none')}</p>}
    </>
  );
}
