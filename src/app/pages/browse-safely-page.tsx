import { useTranslation } from 'react-i18next';
import type { PageContent } from '../../content/schema';
import { ContentBlocks } from '../../features/content/content-blocks';
import { PageSources } from '../../features/content/page-sources';
import type { LangCode } from '../../i18n/languages';
import { Island } from '../island';
import { OutdatedNotice } from './content-page';

/** "Browse safely": its text, then the "forget this device" control the text ends with. */
export function BrowseSafelyPage({ page, lang }: { page: PageContent; lang: LangCode }) {
  const { t } = useTranslation();
  return (
    <article className="content-page">
      <h1>{page.title}</h1>
      {page.outdated && <OutdatedNotice page="browse-safely" />}
      <ContentBlocks blocks={page.body} lang={lang} entries={page.entries} />
      <Island
        name="forget-device"
        props={{
          texts: {
            button: t('forget.button'),
            question: t('forget.question'),
            confirm: t('forget.confirm'),
            cancel: t('forget.cancel'),
            working: t('forget.working'),
            done: t('forget.done'),
            failed: t('forget.failed'),
          },
        }}
      />
      <PageSources page={page} lang={lang} />
    </article>
  );
}
