import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../components/entry-card';
import type { DirectoryEntry } from '../../content/schema';
import type { LangCode } from '../../i18n/languages';
import { paths } from '../../site/paths';

export function EntryPage({ entry, lang }: { entry: DirectoryEntry; lang: LangCode }) {
  const { t } = useTranslation();
  return (
    <div className="entry-page">
      <EntryCard entry={entry} lang={lang} full />
      <p>
        <a href={paths.directory(lang)}>← {t('directory.back')}</a>
      </p>
    </div>
  );
}
