import { useTranslation } from 'react-i18next';
import type { PageContent } from '../../content/schema';
import { ContentBlocks } from '../../features/content/content-blocks';
import { PageSources } from '../../features/content/page-sources';
import { getLanguage, type LangCode, sourceLanguage } from '../../i18n/languages';
import { type PageId, paths } from '../../site/paths';

/** Shown on a translation made from an older version of the source-language page. */
export function OutdatedNotice({ page }: { page: PageId }) {
  const { t } = useTranslation();
  return (
    <aside className="notice notice-outdated" aria-label={t('notice.verify')}>
      <p>
        {t('content.outdated')}{' '}
        <a
          href={paths.page(sourceLanguage, page)}
          hrefLang={getLanguage(sourceLanguage).htmlLang}
          lang={getLanguage(sourceLanguage).htmlLang}
        >
          {t('content.readSource')}
        </a>
      </p>
    </aside>
  );
}

export function ContentPage({ page, id, lang }: { page: PageContent; id: PageId; lang: LangCode }) {
  return (
    <article className="content-page">
      <h1>{page.title}</h1>
      {page.outdated && <OutdatedNotice page={id} />}
      <ContentBlocks blocks={page.body} lang={lang} entries={page.entries} />
      <PageSources page={page} lang={lang} />
    </article>
  );
}
