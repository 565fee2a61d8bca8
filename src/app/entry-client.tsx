import { hydrateRoot } from 'react-dom/client';
import '../styles/main.css';
import { languageForRoot, rememberLanguage } from '../features/language/choose-language';
import { startPwa } from '../pwa/register';
import { App, createAppI18n } from './app';
import { parsePath, paths } from './paths';
import { loadRouteData } from './route-data';

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
  const data = await loadRouteData(route);
  const root = document.getElementById('root');
  if (root) hydrateRoot(root, <App route={route} data={data} i18n={createAppI18n(data)} />);
  startPwa();
}

void main();
