import { ContentBlocks } from '../../features/content/content-blocks';
import { PageSources } from '../../features/content/page-sources';
import type { PageContent } from '../../content/schema';
import type { LangCode } from '../../i18n/languages';

export function ContentPage({ page, lang }: { page: PageContent; lang: LangCode }) {
  return (
    <article className="content-page">
      <h1>{page.title}</h1>
      <ContentBlocks blocks={page.body} lang={lang} />
      <PageSources page={page} />
    </article>
  );
}
