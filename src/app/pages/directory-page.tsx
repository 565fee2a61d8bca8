import type { DirectoryEntry, PageContent } from '../../content/schema';
import { ContentBlocks } from '../../features/content/content-blocks';
import { PageSources } from '../../features/content/page-sources';
import { DirectoryFilter } from '../../features/directory/directory-filter';
import { DirectoryView, directoryCities } from '../../features/directory/directory-view';
import type { LangCode } from '../../i18n/languages';
import { Island } from '../island';
import { OutdatedNotice } from './content-page';

export function DirectoryPage({ page, entries, lang }: { page: PageContent; entries: DirectoryEntry[]; lang: LangCode }) {
  const filter = { lang, cities: directoryCities(entries), total: entries.length };
  return (
    <article className="content-page directory-page">
      <h1>{page.title}</h1>
      {page.outdated && <OutdatedNotice page="directory" />}
      <ContentBlocks blocks={page.body} lang={lang} entries={page.entries} />
      <DirectoryView
        entries={entries}
        lang={lang}
        filter={
          <Island name="directory-filter" props={filter}>
            <DirectoryFilter {...filter} />
          </Island>
        }
      />
      <PageSources page={page} lang={lang} />
    </article>
  );
}
