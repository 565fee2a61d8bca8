import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import { stripLangMarkers } from '../i18n/lang-markers';
import { getLanguage, type LangCode } from '../i18n/languages';
import { type Route, routeLang } from '../site/paths';
import { Layout } from './layout';
import { BrowseSafelyPage } from './pages/browse-safely-page';
import { ContentPage } from './pages/content-page';
import { DirectoryPage } from './pages/directory-page';
import { EntryPage } from './pages/entry-page';
import { HomePage } from './pages/home-page';
import { MultilingualPage } from './pages/multilingual-page';
import { NotFoundPage } from './pages/not-found-page';
import { SearchPage } from './pages/search-page';
import { ToolPage } from './pages/tool-page';
import type { RouteData } from './route-data';

export interface Head {
  htmlLang: string;
  title: string;
  description: string;
}

export function createAppI18n(data: RouteData): i18n {
  const resources = Object.fromEntries(
    Object.entries(data.ui).map(([code, translation]) => [
      code,
      code === data.lang && data.tools ? { translation, tools: data.tools } : { translation },
    ]),
  );
  return createI18n(data.lang, resources);
}

/** The <html lang>, <title> and description of a route, in its language. */
export function headFor(route: Route, data: RouteData, i18n: i18n): Head {
  const t = i18n.t;
  const site = t('meta.siteName');
  if (route.kind === 'page' && data.page) {
    const filter = route.filter
      ? [
          route.filter.city && t(`cities.${route.filter.city}` as 'cities.nis'),
          route.filter.group && t(`groups.${route.filter.group}` as 'groups.hiv'),
        ]
      : [];
    const named = [...filter.filter(Boolean), data.page.title].join(' · ');
    const title = route.page === 'home' ? `${site} — ${t('meta.tagline')}` : `${named} — ${site}`;
    return { htmlLang: getLanguage(route.lang).htmlLang, title, description: data.page.description };
  }
  const entry = route.kind === 'entry' ? data.directory?.find((e) => e.id === route.entry) : undefined;
  if (route.kind === 'entry' && entry)
    return { htmlLang: getLanguage(route.lang).htmlLang, title: `${entry.name} — ${site}`, description: stripLangMarkers(entry.offers) };
  if (route.kind === 'tool') {
    const tools = i18n.getFixedT(route.lang, 'tools');
    return {
      htmlLang: getLanguage(route.lang).htmlLang,
      title: `${tools(`${route.tool}.title`)} — ${site}`,
      description: tools(`${route.tool}.intro`),
    };
  }
  const lang = routeLang(route);
  if (lang) return { htmlLang: getLanguage(lang).htmlLang, title: `${t('meta.notFoundTitle')} — ${site}`, description: t('meta.tagline') };
  const all = (key: 'meta.chooserTitle' | 'meta.notFoundTitle' | 'meta.tagline') =>
    Object.keys(data.ui)
      .map((code) => i18n.getFixedT(code)(key))
      .join(' · ');
  return {
    htmlLang: 'en',
    title: `${site} — ${all(route.kind === 'not-found' ? 'meta.notFoundTitle' : 'meta.chooserTitle')}`,
    description: all('meta.tagline'),
  };
}

function RouteBody({ route, data }: { route: Route; data: RouteData }) {
  const lang = data.lang;
  if (route.kind === 'entry') {
    const entry = data.directory?.find((e) => e.id === route.entry);
    return entry ? <EntryPage entry={entry} lang={lang} /> : <NotFoundPage lang={lang} />;
  }
  if (route.kind === 'tool') return <ToolPage tool={route.tool} lang={lang} />;
  if (route.kind !== 'page' || !data.page) return <NotFoundPage lang={lang} />;
  if (route.page === 'home') return <HomePage page={data.page} lang={lang} />;
  if (route.page === 'browse-safely') return <BrowseSafelyPage page={data.page} lang={lang} />;
  if (route.page === 'directory')
    return <DirectoryPage page={data.page} entries={data.directory ?? []} lang={lang} filter={route.filter ?? {}} />;
  if (route.page === 'search') return <SearchPage page={data.page} lang={lang} />;
  return <ContentPage page={data.page} id={route.page} lang={lang} />;
}

export function App({ route, data, i18n }: { route: Route; data: RouteData; i18n: i18n }) {
  const tFor = (lang: LangCode) => i18n.getFixedT(lang);
  let body: ReactNode;
  if (route.kind === 'chooser' || route.kind === 'go') {
    body = (
      <MultilingualPage
        kind="chooser"
        page={route.kind === 'go' ? route.page : 'home'}
        filter={route.kind === 'go' ? route.filter : undefined}
        tFor={tFor}
      />
    );
  } else if (route.kind === 'not-found' && !route.lang) {
    body = <MultilingualPage kind="not-found" page="home" tFor={tFor} />;
  } else {
    body = (
      <Layout route={route} lang={data.lang}>
        <RouteBody route={route} data={data} />
      </Layout>
    );
  }
  return <I18nextProvider i18n={i18n}>{body}</I18nextProvider>;
}
