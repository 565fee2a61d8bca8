/**
 * The page's one script: small, and it does nothing before the first paint except send
 * "/" to the reader's language (and old filter links to their path form). Everything else
 * (saving for offline, the islands) loads after the text is on screen, so no script
 * competes with the HTML and CSS.
 */
import '../styles/main.css';
import { languageForRoot, rememberLanguage } from '../features/language/choose-language';
import { exitOnClick } from '../features/quick-exit/leave';
import { renderedRouteAttribute } from '../pwa/sw-routes';
import { filterFromQuery, parsePath, paths, type Route, routeToPath } from '../site/paths';

/**
 * Resolves once the first frame is on screen: the second animation frame begins after the
 * first was presented (one frame only has been drawn, not yet shown). Or soon, in a hidden
 * tab, which paints no frames.
 */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)));
    setTimeout(resolve, 500);
  });

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

function main() {
  // Exit works from this moment on, not only once its island has hydrated (leave.ts).
  document.addEventListener('click', exitOnClick, { capture: true });
  const route = parsePath(window.location.pathname);
  const redirect = redirectFor(route);
  if (redirect) {
    window.location.replace(redirect);
    return;
  }
  if (route.kind === 'page') rememberLanguage(globalThis.localStorage, route.lang);
  // Offline, a directory entry or a filtered list arrives as the directory page's HTML:
  // render it at once. So does "/go/directory?city=…" with no language known, which offers
  // the filtered list in every language.
  const root = document.getElementById('root');
  let target = route;
  if (route.kind === 'go' && route.page === 'directory' && !route.filter) {
    const filter = filterFromQuery(window.location.search);
    if (filter.city || filter.group) target = { ...route, filter };
  }
  const standIn = root !== null && (target !== route || root.getAttribute(renderedRouteAttribute) !== routeToPath(route));
  if (standIn) {
    // Tests and readers of the DOM wait for "rendered" (render-route.tsx).
    root.dataset.standIn = 'pending';
    void import('./render-route').then(({ renderRoute }) => renderRoute(root, target));
  }
  void (standIn ? Promise.resolve() : afterPaint()).then(() => import('./boot')).then(({ boot }) => boot(route, standIn));
}

main();
