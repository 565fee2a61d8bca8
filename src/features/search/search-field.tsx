import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchIcon } from '../../components/icons';
import type { LangCode } from '../../i18n/languages';
import { paths } from '../../site/paths';

/** Starts loading the search code and this language's index: called on the field's first focus. */
export function preloadSearch(lang: LangCode): void {
  void import('./engine').then((engine) => engine.loadIndex(lang)).catch(() => undefined);
}

/**
 * The search field: a plain form that opens /{lang}/search?q=… (so it works as a link and
 * in every browser). Self-contained, with serialisable props, so it can be an island.
 * On the search page it shows the words searched for.
 */
export function SearchField({ lang, onSearchPage = false }: { lang: LangCode; onSearchPage?: boolean }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  useEffect(() => {
    if (onSearchPage) setQuery(new URLSearchParams(window.location.search).get('q') ?? '');
  }, [onSearchPage]);
  const id = onSearchPage ? 'search-page-q' : 'search-q';
  return (
    <form className="search-field" role="search" action={paths.search(lang)} method="get">
      <label htmlFor={id}>{t('search.label')}</label>
      <div className="search-row">
        <input
          id={id}
          className="text-input"
          type="search"
          name="q"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onFocus={() => preloadSearch(lang)}
          enterKeyHint="search"
          autoComplete="off"
          aria-describedby={`${id}-hint`}
        />
        <button type="submit">
          <SearchIcon />
          <span>{t('search.button')}</span>
        </button>
      </div>
      <p className="search-hint" id={`${id}-hint`}>
        {t('search.hint')}
      </p>
    </form>
  );
}
