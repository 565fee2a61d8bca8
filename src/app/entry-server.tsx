/** Prerendering: renders one route to HTML at build time (see src/build/prerender-plugin.ts). */
import { renderToString } from 'react-dom/server';
import { loadDirectory } from '../content/catalog';
import { directoryFilters as filtersOf } from '../features/directory/filter';
import { parsePath, routeToPath } from '../site/paths';
import { absoluteUrl } from '../site/site-url';
import { App, createAppI18n, type Head, headFor } from './app';
import { printFooter } from './print-footer';
import { loadRouteData } from './route-data';

export { entryIds } from '../content/catalog';

/** The directory filters that list at least one service: each is prerendered as its own page. */
export const directoryFilters = async () => filtersOf(await loadDirectory('en'));

export interface Rendered {
  /** The route's own path: the browser compares it with its address to know whether to hydrate its islands. */
  path: string;
  html: string;
  head: Head;
  /** Shown only in print, outside the root: the page's QR code and address. */
  after: string;
}

export async function render(pathname: string): Promise<Rendered> {
  const route = parsePath(pathname);
  const data = await loadRouteData(route);
  const i18n = createAppI18n(data);
  const html = renderToString(<App route={route} data={data} i18n={i18n} />);
  const printable = route.kind === 'page' || route.kind === 'entry';
  const after = printable ? await printFooter(absoluteUrl(routeToPath(route)), i18n.t('print.scan')) : '';
  return { path: routeToPath(route), html, head: headFor(route, data, i18n), after };
}
