import '../styles/main.css';
import { languageForRoot, rememberLanguage } from '../features/language/choose-language';
import { startPwa } from '../pwa/register';
import { mountIslands } from './mount-islands';
import { parsePath, paths, routeLang, routeToPath } from './paths';

function main() {
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
  // Saving for offline and the status do not wait for any island.
  startPwa();
  const root = document.getElementById('root');
  if (!root) return;
  if (root.dataset.route === routeToPath(route)) {
    for (const mounted of mountIslands(routeLang(route))) mounted.catch((error: unknown) => console.error(error));
  } else void import('./render-route').then(({ renderRoute }) => renderRoute(root, route));
}

main();
