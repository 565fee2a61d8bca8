import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmergencyNumbers } from '../../components/emergency-numbers';
import type { LangCode } from '../../i18n/languages';
import { editorsEmail } from '../../site/site-url';
import type { Piece, SearchResult } from './query';

type State =
  | { kind: 'idle' }
  | { kind: 'loading'; query: string }
  | { kind: 'done'; query: string; results: SearchResult[] }
  | { kind: 'failed' };

const Marked = ({ pieces }: { pieces: Piece[] }) => (
  <>{pieces.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}</>
);

/**
 * The results of /{lang}/search?q=…, searched in the browser (offline too). Nothing is
 * sent anywhere: the "tell us" link only opens the reader's own e-mail app.
 */
export function SearchResults({ lang }: { lang: LangCode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    const query = (new URLSearchParams(window.location.search).get('q') ?? '').trim();
    if (!query) return;
    let current = true;
    setState({ kind: 'loading', query });
    import('./engine')
      .then((engine) => engine.search(lang, query))
      .then((results) => current && setState({ kind: 'done', query, results }))
      .catch(() => current && setState({ kind: 'failed' }));
    return () => {
      current = false;
    };
  }, [lang]);

  if (state.kind === 'idle') return <div className="search-results" />;
  if (state.kind === 'failed')
    return (
      <div className="search-results">
        <p role="status">{t('search.failed')}</p>
      </div>
    );
  if (state.kind === 'loading')
    return (
      <div className="search-results">
        <p role="status">{t('search.loading')}</p>
      </div>
    );
  const { query, results } = state;
  if (results.length === 0) {
    const mail = `mailto:${editorsEmail}?subject=${encodeURIComponent(`${t('search.mailSubject')} “${query}”`)}&body=${encodeURIComponent(`${t('search.mailBody')} ${query}\n`)}`;
    return (
      <div className="search-results search-none">
        <p role="status" className="search-count" data-count={0}>
          {t('search.none', { query })}
        </p>
        <p>{t('search.noneHelp')}</p>
        <p className="search-urgent">{t('search.urgent')}</p>
        <EmergencyNumbers t={t} label={t('emergency.title')} />
        <p>
          <a className="link-mailto" href={mail}>
            {t('search.tellUs')}
          </a>
          <br />
          <span className="small">{t('search.tellUsNote')}</span>
        </p>
      </div>
    );
  }
  return (
    <div className="search-results">
      <p role="status" className="search-count" data-count={results.length}>
        {t('search.count', { count: results.length, query })}
      </p>
      <ol className="result-list">
        {results.map((result) => (
          <li key={result.url}>
            <a href={result.url} className="result-title">
              <Marked pieces={result.title} />
            </a>
            <span className="result-kind">{t(result.kind === 'entry' ? 'search.entry' : 'search.page')}</span>
            <p className="result-snippet">
              <Marked pieces={result.snippet} />
            </p>
          </li>
        ))}
      </ol>
    </div>
  );
}
