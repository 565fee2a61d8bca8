/** Prerendering: renders one route to HTML at build time (see src/build/prerender-plugin.ts). */
import { renderToString } from 'react-dom/server';
import { App, createAppI18n, headFor, type Head } from './app';
import { parsePath } from './paths';
import { loadRouteData, routeModules } from './route-data';

export interface Rendered {
  html: string;
  head: Head;
  /** Content modules the page needs before hydrating: preloaded in the HTML. */
  modules: string[];
}

export async function render(pathname: string): Promise<Rendered> {
  const route = parsePath(pathname);
  const data = await loadRouteData(route);
  const i18n = createAppI18n(data);
  const html = renderToString(<App route={route} data={data} i18n={i18n} />);
  return { html, head: headFor(route, data, i18n), modules: routeModules(route) };
}
