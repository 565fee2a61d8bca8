import { useTranslation } from 'react-i18next';
import { EmergencyNumbers } from '../../components/emergency-numbers';
import type { PageContent } from '../../content/schema';
import { ContentBlocks } from '../../features/content/content-blocks';
import type { LangCode } from '../../i18n/languages';
import { paths } from '../../site/paths';
import { Island } from '../island';
import { topTasks } from './home-sections';
import { TopicList } from './topic-list';

/** The first screen leads with what to do: call for help, search, the top tasks. What Kompas is comes last. */
export function HomePage({ page, lang }: { page: PageContent; lang: LangCode }) {
  const { t } = useTranslation();
  return (
    <article className="home">
      <h1 className="home-title">{page.title}</h1>
      <div className="home-grid">
        <div className="first-screen">
          <section className="urgent" aria-labelledby="urgent-title">
            <h2 id="urgent-title" className="urgent-title">
              {t('emergency.title')}
            </h2>
            <EmergencyNumbers t={t} label={t('emergency.title')} />
            <a className="urgent-more" href={paths.page(lang, 'emergency')}>
              {t('emergency.all')}
            </a>
          </section>
          <Island name="search-field" props={{ lang }} />
          <nav className="top-tasks" aria-labelledby="tasks-title">
            <h2 id="tasks-title">{t('home.tasks')}</h2>
            <ul>
              {topTasks.map((task) => (
                <li key={task.key}>
                  <a href={paths.page(lang, task.page)}>{t(`tasks.${task.key}`)}</a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="home-topics">
          <h2>{t('home.sectionsTitle')}</h2>
          <TopicList lang={lang} />
        </div>
      </div>
      <section className="about" aria-labelledby="about-title">
        <h2 id="about-title">{t('home.about')}</h2>
        <ContentBlocks blocks={page.body} lang={lang} entries={page.entries} />
        <p className="privacy-note">{t('home.privacy')}</p>
      </section>
    </article>
  );
}
