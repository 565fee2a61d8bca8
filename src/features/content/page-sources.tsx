import { useTranslation } from 'react-i18next';
import type { PageContent } from '../../content/schema';
import { formatDate } from '../../lib/format-date';
import { isoDatePattern } from '../../site/patterns';

/** The checked date and the sources: every page shows where its facts come from. */
export function PageSources({ page }: { page: PageContent }) {
  const { t } = useTranslation();
  return (
    <footer className="page-sources">
      <p className="checked">{t('content.checked', { date: formatDate(page.checked, t) })}</p>
      {page.sources.length > 0 && (
        <>
          <h2>{t('content.sources')}</h2>
          <ol className="source-list">
            {page.sources.map((source) => (
              <li key={source.id}>
                <a href={source.url} target="_blank" rel="noopener noreferrer">
                  {source.title}
                  <span className="visually-hidden"> {t('content.externalLink')}</span>
                </a>{' '}
                <span className="source-date">
                  (
                  {source.date === 'nd'
                    ? t('content.sourceUndated')
                    : isoDatePattern.test(source.date)
                      ? formatDate(source.date, t)
                      : source.date}
                  )
                </span>
                <span className="source-url print-only"> {source.url}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </footer>
  );
}
