import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { emergencyNumbers } from '../components/emergency-numbers';
import { PhoneIcon } from '../components/icons';
import { KompasLogo } from '../components/kompas-logo';
import { ExitSpace, QuickExitBar } from '../features/quick-exit/quick-exit';
import { isSensitiveRoute } from '../features/quick-exit/sensitive';
import { getLanguage, type LangCode } from '../i18n/languages';
import { paths, type Route } from '../site/paths';
import { Island } from './island';

export function Layout({ route, lang, children }: { route: Route; lang: LangCode; children: ReactNode }) {
  const { t } = useTranslation();
  const sensitive = route.kind === 'page' && isSensitiveRoute(route);
  const reading = route.kind === 'page' || route.kind === 'entry';
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <QuickExitBar>
        <Island
          name="quick-exit"
          props={{
            label: t('quickExit.short'),
            title: t('quickExit.label'),
            shiftTwoMore: t('quickExit.shiftTwoMore'),
            shiftOneMore: t('quickExit.shiftOneMore'),
          }}
        />
      </QuickExitBar>
      <header className="site-header">
        <ExitSpace label={t('quickExit.short')} />
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
        </div>
      </header>
      {sensitive && (
        <p className="safety-link">
          <a href={paths.page(lang, 'browse-safely')}>{t('quickExit.browseSafely')}</a>
        </p>
      )}
      <Island name="language-switcher" props={{ route, current: lang }} />
      <Island name="status" props={{ part: 'banner' }} />
      <main id="main" tabIndex={-1}>
        {reading && (
          <div className="page-tools" data-listen-skip="">
            <Island
              name="listen"
              props={{
                lang: getLanguage(lang).htmlLang,
                root: '#main',
                texts: {
                  listen: t('listen.start'),
                  pause: t('listen.pause'),
                  resume: t('listen.resume'),
                  stop: t('listen.stop'),
                  next: t('listen.next'),
                  progress: t('listen.progress'),
                },
              }}
            />
            <Island name="share" props={{ route, lang }} />
          </div>
        )}
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {/* The network's English name is marked as English inside the sentence (WCAG 3.1.2). */}
          {t('footer.about', { network: '\u0001' })
            .split('\u0001')
            .flatMap((part, i) =>
              i === 0
                ? [part]
                : [
                    <span key={i} lang="en">
                      {t('footer.network')}
                    </span>,
                    part,
                  ],
            )}
        </p>
        <p>{t('footer.privacy')}</p>
        <ul className="footer-tools">
          <li>
            <a href={paths.page(lang, 'browse-safely')}>{t('quickExit.browseSafely')}</a>
          </li>
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
