import { useTranslation } from 'react-i18next';
import type { PageContent } from '../../content/schema';
import { ContentBlocks } from '../../features/content/content-blocks';
import type { LangCode } from '../../i18n/languages';
import { paths } from '../../site/paths';
import { sections } from './home-sections';

export function HomePage({ page, lang }: { page: PageContent; lang: LangCode }) {
  const { t } = useTranslation();
  return (
    <article className="home">
      <h1>{page.title}</h1>
      <ContentBlocks blocks={page.body} lang={lang} entries={page.entries} />
      <section className="urgent" aria-labelledby="urgent-title">
        <h2 id="urgent-title">{t('home.urgent')}</h2>
        <a className="urgent-link" href={paths.page(lang, 'emergency')}>
          {t('nav.emergency')}: 192 · 193 · 194
        </a>
      </section>
      <h2>{t('home.sectionsTitle')}</h2>
      {sections.map((section) => (
        <section key={section.key} className="section" aria-labelledby={`section-${section.key}`}>
          <h3 id={`section-${section.key}`}>{t(`sections.${section.key}`)}</h3>
          <ul className="section-list">
            {section.items.map((item) => {
              const label = t(`sections.items.${item.key}` as 'sections.items.asylum');
              return (
                <li key={item.key}>
                  <a href={paths.page(lang, item.page)}>{label}</a>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      <p className="privacy-note">{t('home.privacy')}</p>
    </article>
  );
}
