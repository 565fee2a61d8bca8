/**
 * The page's one script: small, and it does nothing before the first paint except send
 * "/" to the reader's language. Everything else (saving for offline, the islands) loads
 * after the text is on screen, so no script competes with the HTML and CSS.
 */
import '../styles/main.css';
import { languageForRoot, rememberLanguage } from '../features/language/choose-language';
import { renderedRouteAttribute } from '../pwa/sw-routes';
import { parsePath, paths, routeToPath } from '../site/paths';

/** Resolves once the browser has painted the next frame (or soon, in a hidden tab, which paints no frames). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 500);
  });

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
  // Offline, a directory entry arrives as the directory page's HTML: render it at once.
  const root = document.getElementById('root');
  const standIn = root !== null && root.getAttribute(renderedRouteAttribute) !== routeToPath(route);
  if (standIn) void import('./render-route').then(({ renderRoute }) => renderRoute(root, route));
  void (standIn ? Promise.resolve() : afterPaint()).then(() => import('./boot')).then(({ boot }) => boot(route));
}

main();
