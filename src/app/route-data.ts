/**
 * What a route needs before it can render: its UI strings and page content.
 * Server and browser both call this, so the prerendered HTML and hydration match.
 */
import { loadDirectory, loadPageContent, loadToolStrings, loadUiStrings } from '../content/catalog';
import type { DirectoryEntry, PageContent, UiStrings } from '../content/schema';
import { type LangCode, langCodes } from '../i18n/languages';
import { type Route, routeLang } from '../site/paths';

export interface RouteData {
  lang: LangCode;
  ui: Partial<Record<LangCode, UiStrings>>;
  page: PageContent | null;
  /** The whole directory, on the directory page and entry pages. */
  directory: DirectoryEntry[] | null;
  /** The tools' strings (tools.json), on the poster maker and display pages only. */
  tools: UiStrings | null;
}

const needsDirectory = (route: Route) => route.kind === 'entry' || (route.kind === 'page' && route.page === 'directory');

/** Languages whose strings a route shows: all of them on the multilingual pages. */
function languagesOf(route: Route): readonly LangCode[] {
  const lang = routeLang(route);
  return lang ? [lang] : langCodes;
}

export async function loadRouteData(route: Route): Promise<RouteData> {
  const codes = languagesOf(route);
  const lang = routeLang(route);
  const [strings, page, directory, tools] = await Promise.all([
    Promise.all(codes.map(loadUiStrings)),
    route.kind === 'page' ? loadPageContent(route.lang, route.page) : Promise.resolve(null),
    needsDirectory(route) && lang ? loadDirectory(lang) : Promise.resolve(null),
    route.kind === 'tool' ? loadToolStrings(route.lang) : Promise.resolve(null),
  ]);
  const ui = Object.fromEntries(codes.map((code, i) => [code, strings[i]]));
  return { lang: codes.length === 1 ? codes[0]! : 'en', ui, page, directory, tools };
}
