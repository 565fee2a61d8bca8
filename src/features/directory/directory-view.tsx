import { useTranslation } from 'react-i18next';
import { PhoneIcon } from '../../components/icons';
import type { DirectoryEntry } from '../../content/schema';
import { getLanguage, type LangCode } from '../../i18n/languages';
import { formatPhone } from '../../lib/phone';
import { type DirectoryFilter, paths } from '../../site/paths';
import { filterCities, filterGroups, matchesFilter, sortByName } from './filter';

interface Props {
  entries: DirectoryEntry[];
  lang: LangCode;
  /** From the URL path (/{lang}/directory/{city}/{group}): the list is filtered in the HTML itself. */
  filter: DirectoryFilter;
}

/**
 * The directory: filters as plain links to prerendered pages (so they work without
 * JavaScript and a shared link shows the filtered list in the first paint), the count,
 * and a compact list sorted by name; each name opens the full card.
 */
export function DirectoryView({ entries, lang, filter }: Props) {
  const { t } = useTranslation();
  const shown = sortByName(
    entries.filter((entry) => matchesFilter(entry, filter)),
    getLanguage(lang).htmlLang,
  );
  const countFor = (next: DirectoryFilter) => entries.filter((entry) => matchesFilter(entry, next)).length;
  const filtered = Boolean(filter.city || filter.group);
  return (
    <section className="directory" aria-labelledby="directory-count">
      <nav className="directory-filter" aria-label={t('directory.filters')}>
        <FilterChoices
          label={t('directory.city')}
          options={[
            { value: undefined, label: t('directory.allCities') },
            ...filterCities.map((city) => ({ value: city, label: t(`cities.${city}`) })),
          ]}
          current={filter.city}
          target={(city) => ({ ...filter, city })}
          countFor={countFor}
          lang={lang}
        />
        <FilterChoices
          label={t('directory.group')}
          options={[
            { value: undefined, label: t('directory.allGroups') },
            ...filterGroups.map((group) => ({ value: group, label: t(`groups.${group}`) })),
          ]}
          current={filter.group}
          target={(group) => ({ ...filter, group })}
          countFor={countFor}
          lang={lang}
        />
      </nav>
      <p className="directory-count" id="directory-count" data-count={shown.length}>
        {t('directory.count', { count: shown.length })}
        {filtered && (
          <>
            {' · '}
            <a className="directory-reset" href={paths.directory(lang)}>
              {t('directory.reset')}
            </a>
          </>
        )}
      </p>
      {shown.length === 0 && <p>{t('directory.none')}</p>}
      <ul className="entry-list">
        {shown.map((entry) => (
          <EntryRow key={entry.id} entry={entry} lang={lang} />
        ))}
      </ul>
    </section>
  );
}

interface ChoiceProps {
  label: string;
  options: { value: string | undefined; label: string }[];
  current: string | undefined;
  target: (value: string | undefined) => DirectoryFilter;
  countFor: (filter: DirectoryFilter) => number;
  lang: LangCode;
}

/** One row of choices. A choice that would list nothing is shown, but not as a link. */
function FilterChoices({ label, options, current, target, countFor, lang }: ChoiceProps) {
  return (
    <div className="filter-choices">
      <p className="filter-label">{label}</p>
      <ul>
        {options.map((option) => {
          const next = target(option.value);
          const count = countFor(next);
          const selected = option.value === current;
          return (
            <li key={option.value ?? 'all'}>
              {count === 0 && !selected ? (
                <span className="chip chip-empty">{option.label}</span>
              ) : (
                <a className="chip" href={paths.directory(lang, next)} aria-current={selected ? 'true' : undefined}>
                  {option.label} <span className="chip-count">{count}</span>
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** One line of the compact list: name (opens the full card), what it offers, city, a call button. */
function EntryRow({ entry, lang }: { entry: DirectoryEntry; lang: LangCode }) {
  const { t } = useTranslation();
  const phone = entry.phones[0];
  return (
    <li className="entry-row" id={`entry-${entry.id}`}>
      <div className="entry-row-text">
        <a className="entry-name" href={paths.entry(lang, entry.id)}>
          {entry.name}
        </a>
        <p className="entry-offers">{entry.offers}</p>
        <p className="entry-meta">{entry.cities.map((c) => t(`cities.${c}`)).join(', ')}</p>
      </div>
      {phone && (
        <a className="entry-call" href={`tel:${phone}`}>
          <PhoneIcon />
          <span className="visually-hidden">
            {t('directory.call')} {entry.name}:{' '}
          </span>
          {formatPhone(phone)}
        </a>
      )}
    </li>
  );
}
