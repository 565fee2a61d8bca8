import { useTranslation } from 'react-i18next';
import type { PageContent } from '../../content/schema';
import type { LangCode } from '../../i18n/languages';
import { formatDate, formatSourceDate } from '../../lib/format-date';

/**
 * The checked date and the sources: every page shows where its facts come from. The list is
 * collapsed at the page's end (it opens for print); each title carries its source's language.
 */
export function PageSources({ page, lang }: { page: PageContent; lang: LangCode }) {
  const { t } = useTranslation();
  return (
    <footer className="page-sources">
      <p className="checked">{t('content.checked', { date: formatDate(page.checked, lang) })}</p>
      {page.sources.length > 0 && (
        <details className="sources">
          <summary>
            <h2>{t('content.sources')}</h2>
          </summary>
          <ol className="source-list">
            {page.sources.map((source) => (
              <li key={source.id}>
                <a href={source.url} hrefLang={source.lang} target="_blank" rel="noopener noreferrer">
                  <cite lang={source.lang}>{source.title}</cite>
                  <span className="visually-hidden"> {t('content.externalLink')}</span>
                </a>{' '}
                <span className="source-date">({formatSourceDate(source.date, lang) ?? t('content.sourceUndated')})</span>
                <span className="source-url print-only"> {source.url}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
    </footer>
  );
}
