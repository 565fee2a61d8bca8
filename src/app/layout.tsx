import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { emergencyNumbers } from '../components/emergency-numbers';
import { PhoneIcon } from '../components/icons';
import { KompasLogo } from '../components/kompas-logo';
import { LanguageSwitcher } from '../features/language/language-switcher';
import { QuickExit } from '../features/quick-exit/quick-exit';
import { ShareButton } from '../features/sharing/share-button';
import type { LangCode } from '../i18n/languages';
import { OfflineBadge, PwaStatus } from '../pwa/pwa-status';
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
          <a className="header-emergency" href={paths.page(lang, 'emergency')}>
            <PhoneIcon />
            <span className="visually-hidden">{t('emergency.title')}: </span>
            <span>{emergencyNumbers.map((n) => n.number).join('·')}</span>
          </a>
          <QuickExit label={t('quickExit.short')} title={t('quickExit.label')} />
        </div>
        <LanguageSwitcher route={route} current={lang} />
      </header>
      <PwaStatus />
      <main id="main" tabIndex={-1}>
        {(route.kind === 'page' || route.kind === 'entry') && <ShareButton route={route} lang={lang} />}
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
        <OfflineBadge />
      </footer>
    </div>
  );
}
