/**
 * Offline, a page that is not precached (a directory entry or a filtered list) arrives as
 * the directory page's HTML (src/pwa/sw-routes.ts): the whole route is rendered here from the
 * language's directory data instead. Loaded only in that case.
 */
import { createRoot } from 'react-dom/client';
import type { Route } from '../site/paths';
import { App, createAppI18n, type Head, headFor } from './app';
import { loadRouteData } from './route-data';

function showHead(head: Head) {
  document.documentElement.lang = head.htmlLang;
  document.title = head.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
}

export async function renderRoute(root: HTMLElement, route: Route): Promise<void> {
  const data = await loadRouteData(route);
  const i18n = createAppI18n(data);
  // The print footer belongs to the page whose HTML stands in.
  document.querySelector('.print-footer')?.remove();
  showHead(headFor(route, data, i18n));
  root.replaceChildren();
  createRoot(root).render(<App route={route} data={data} i18n={i18n} />);
  // One task later the route is on screen: say so (tests wait for it, see entry-client.tsx).
  await new Promise((resolve) => setTimeout(resolve, 0));
  root.dataset.standIn = 'rendered';
}
