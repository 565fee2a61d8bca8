import { createRoot, hydrateRoot } from 'react-dom/client';
import '../styles/main.css';
import { languageForRoot, rememberLanguage } from '../features/language/choose-language';
import { startPwa } from '../pwa/register';
import { renderedRouteAttribute } from '../pwa/sw-routes';
import { filterFromQuery, parsePath, paths, type Route, routeToPath } from '../site/paths';
import { App, createAppI18n, type Head, headFor } from './app';
import { loadRouteData } from './route-data';

function showHead(head: Head) {
  document.documentElement.lang = head.htmlLang;
  document.title = head.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
}

/** Where the app sends this address instead, if anywhere: a language-neutral link, or an old filter link. */
function redirectFor(route: Route): string | null {
  const oldFilter = filterFromQuery(window.location.search);
  if (route.kind === 'chooser' || route.kind === 'go') {
    const lang = languageForRoot(globalThis.localStorage, navigator.languages);
    if (!lang) return null;
    if (route.kind === 'go' && route.page === 'directory') return paths.directory(lang, route.filter ?? oldFilter);
    return paths.page(lang, route.kind === 'go' ? route.page : 'home');
  }
  // Links made before filters had paths: /{lang}/directory?city=belgrade&group=lgbti (the hosts answer 301 too).
  if (route.kind === 'page' && route.page === 'directory' && !route.filter && (oldFilter.city || oldFilter.group))
    return paths.directory(route.lang, oldFilter);
  return null;
}

async function main() {
  let route = parsePath(window.location.pathname);
  const redirect = redirectFor(route);
  if (redirect) {
    window.location.replace(redirect);
    return;
  }
  // "/go/directory?city=…" with no language known: offer the filtered list in every language.
  if (route.kind === 'go' && route.page === 'directory' && !route.filter) {
    const filter = filterFromQuery(window.location.search);
    if (filter.city || filter.group) route = { ...route, filter };
  }
  if (route.kind === 'page') rememberLanguage(globalThis.localStorage, route.lang);
  // Before the content loads: a chunk that fails to load must not stop saving for offline.
  startPwa();
  const data = await loadRouteData(route);
  const root = document.getElementById('root');
  const i18n = createAppI18n(data);
  const app = <App route={route} data={data} i18n={i18n} />;
  if (!root) return;
  if (root.getAttribute(renderedRouteAttribute) === routeToPath(route)) hydrateRoot(root, app);
  else {
    // Offline, a page that is not precached (a directory entry) arrives in the directory
    // page's HTML: render it here instead, and drop the print footer that belongs to that page.
    document.querySelector('.print-footer')?.remove();
    showHead(headFor(route, data, i18n));
    createRoot(root).render(app);
  }
}

void main();
