import { useTranslation } from 'react-i18next';
import type { PageContent } from '../../content/schema';
import { ContentBlocks } from '../../features/content/content-blocks';
import { SearchResults } from '../../features/search/search-results';
import type { LangCode } from '../../i18n/languages';
import { Island } from '../island';
import { TopicList } from './topic-list';

/**
 * /{lang}/search?q=…: one prerendered page for every query (a static host ignores the
 * query); the results are found in the browser, offline too. Without JavaScript it
 * says so and still lists every topic.
 */
export function SearchPage({ page, lang }: { page: PageContent; lang: LangCode }) {
  const { t } = useTranslation();
  return (
    <article className="search-page">
      <h1>{page.title}</h1>
      <ContentBlocks blocks={page.body} lang={lang} entries={page.entries} />
      <Island name="search-field" props={{ lang, onSearchPage: true }} />
      <noscript>
        <p className="notice search-needs-js">{t('search.needsJs')}</p>
      </noscript>
      <Island name="search-results" props={{ lang }}>
        <SearchResults lang={lang} />
      </Island>
      <h2>{t('search.topics')}</h2>
      <TopicList lang={lang} />
    </article>
  );
}
