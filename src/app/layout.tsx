import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { KompasLogo } from '../components/kompas-logo';
import type { LangCode } from '../i18n/languages';
import { Island } from './island';
import { paths, type Route } from './paths';

export function Layout({ route, lang, children }: { route: Route; lang: LangCode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <a className="brand" href={paths.page(lang, 'home')}>
            <KompasLogo />
            {t('meta.siteName')}
          </a>
          <Island name="quick-exit" props={{ label: t('quickExit.short'), title: t('quickExit.label') }} />
        </div>
        <Island name="language-switcher" props={{ route, current: lang }} />
      </header>
      <Island name="status" props={{ part: 'banner' }} />
      <main id="main" tabIndex={-1}>
        {(route.kind === 'page' || route.kind === 'entry') && <Island name="share" props={{ route, lang }} />}
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer.about')}</p>
        <p>{t('footer.privacy')}</p>
        <ul className="footer-tools">
          <li>
            <a href={paths.tool(lang, 'poster')}>{t('nav.poster')}</a>
          </li>
          <li>
            <a href={paths.tool(lang, 'display')}>{t('nav.display')}</a>
          </li>
        </ul>
        <Island name="status" props={{ part: 'badge' }} />
      </footer>
    </div>
  );
}
