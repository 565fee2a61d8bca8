import type { DirectoryEntry, PageContent } from '../../content/schema';
import { ContentBlocks } from '../../features/content/content-blocks';
import { PageSources } from '../../features/content/page-sources';
import { DirectoryView } from '../../features/directory/directory-view';
import type { LangCode } from '../../i18n/languages';
import type { DirectoryFilter } from '../../site/paths';
import { OutdatedNotice } from './content-page';

interface Props {
  page: PageContent;
  entries: DirectoryEntry[];
  lang: LangCode;
  filter: DirectoryFilter;
}

export function DirectoryPage({ page, entries, lang, filter }: Props) {
  return (
    <article className="content-page directory-page">
      <h1>{page.title}</h1>
      {page.outdated && <OutdatedNotice page="directory" />}
      <ContentBlocks blocks={page.body} lang={lang} entries={page.entries} />
      <DirectoryView entries={entries} lang={lang} filter={filter} />
      <PageSources page={page} lang={lang} />
    </article>
  );
}
