import { useTranslation } from 'react-i18next';
import type { LangCode } from '../../i18n/languages';
import { paths } from '../../site/paths';

export function NotFoundPage({ lang }: { lang: LangCode }) {
  const { t } = useTranslation();
  return (
    <article className="not-found">
      <h1>{t('meta.notFoundTitle')}</h1>
      <p>{t('notFound.text')}</p>
      <ul>
        <li>
          <a href={paths.page(lang, 'home')}>{t('notFound.home')}</a>
        </li>
        <li>
          <a href={paths.chooser()}>{t('notFound.chooser')}</a>
        </li>
      </ul>
    </article>
  );
}
