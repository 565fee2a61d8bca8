import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { getLanguage, type LangCode } from '../i18n/languages';
import { Layout } from './layout';
import { ContentPage } from './pages/content-page';
import { HomePage } from './pages/home-page';
import { MultilingualPage } from './pages/multilingual-page';
import { NotFoundPage } from './pages/not-found-page';
import type { Route } from './paths';
import type { RouteData } from './route-data';

export interface Head {
  htmlLang: string;
  title: string;
  description: string;
}

export function createAppI18n(data: RouteData): i18n {
  return createI18n(data.lang, data.ui);
}

/** The <html lang>, <title> and description of a route, in its language. */
export function headFor(route: Route, data: RouteData, i18n: i18n): Head {
  const t = i18n.t;
  const site = t('meta.siteName');
  if (route.kind === 'page' && data.page) {
    const title = route.page === 'home' ? `${site} — ${t('meta.tagline')}` : `${data.page.title} — ${site}`;
    return { htmlLang: getLanguage(route.lang).htmlLang, title, description: data.page.description };
  }
  if (route.kind === 'not-found' && route.lang)
    return { htmlLang: getLanguage(route.lang).htmlLang, title: `${t('meta.notFoundTitle')} — ${site}`, description: t('meta.tagline') };
  const all = (key: 'meta.chooserTitle' | 'meta.notFoundTitle' | 'meta.tagline') =>
    Object.keys(data.ui).map((code) => i18n.getFixedT(code)(key)).join(' · ');
  return {
    htmlLang: 'en',
    title: `${site} — ${all(route.kind === 'chooser' ? 'meta.chooserTitle' : 'meta.notFoundTitle')}`,
    description: all('meta.tagline'),
  };
}

export function App({ route, data, i18n }: { route: Route; data: RouteData; i18n: i18n }) {
  const tFor = (lang: LangCode) => i18n.getFixedT(lang);
  let body;
  if (route.kind === 'chooser' || (route.kind === 'not-found' && !route.lang)) {
    body = <MultilingualPage kind={route.kind} tFor={tFor} />;
  } else if (route.kind === 'not-found') {
    body = (
      <Layout route={route} lang={data.lang}>
        <NotFoundPage lang={data.lang} />
      </Layout>
    );
  } else if (data.page) {
    body = (
      <Layout route={route} lang={route.lang}>
        {route.page === 'home' ? <HomePage page={data.page} lang={route.lang} /> : <ContentPage page={data.page} lang={route.lang} />}
      </Layout>
    );
  }
  return <I18nextProvider i18n={i18n}>{body}</I18nextProvider>;
}
