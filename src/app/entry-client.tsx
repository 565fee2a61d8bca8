import { createRoot, hydrateRoot } from 'react-dom/client';
import '../styles/main.css';
import { languageForRoot, rememberLanguage } from '../features/language/choose-language';
import { startPwa } from '../pwa/register';
import { renderedRouteAttribute } from '../pwa/sw-routes';
import { parsePath, paths, routeToPath } from '../site/paths';
import { App, createAppI18n, type Head, headFor } from './app';
import { loadRouteData } from './route-data';

function showHead(head: Head) {
  document.documentElement.lang = head.htmlLang;
  document.title = head.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', head.description);
}

async function main() {
  const route = parsePath(window.location.pathname);
  if (route.kind === 'chooser' || route.kind === 'go') {
    const lang = languageForRoot(globalThis.localStorage, navigator.languages);
    const page = route.kind === 'go' ? route.page : 'home';
    if (lang) {
      window.location.replace(paths.page(lang, page) + (page === 'directory' ? window.location.search : ''));
      return;
    }
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
