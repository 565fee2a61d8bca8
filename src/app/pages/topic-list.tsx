import { useTranslation } from 'react-i18next';
import type { LangCode } from '../../i18n/languages';
import { paths } from '../../site/paths';
import { sections } from './home-sections';

/** Every topic, grouped by what a reader needs: on the home page and the search page. */
export function TopicList({ lang, level = 3 }: { lang: LangCode; level?: 2 | 3 }) {
  const { t } = useTranslation();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="topic-list">
      {sections.map((section) => (
        <section key={section.key} className="section" aria-labelledby={`section-${section.key}`}>
          <Heading id={`section-${section.key}`}>{t(`sections.${section.key}`)}</Heading>
          <ul className="section-list">
            {section.items.map((item) => (
              <li key={item.key}>
                <a href={paths.page(lang, item.page)}>{t(`sections.items.${item.key}` as 'sections.items.asylum')}</a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
