/**
 * The page's one script: small, and it does nothing before the first paint except send
 * "/" to the reader's language. Everything else (saving for offline, the islands) loads
 * after the text is on screen, so no script competes with the HTML and CSS.
 */
import '../styles/main.css';
import { languageForRoot, rememberLanguage } from '../features/language/choose-language';
import { parsePath, paths } from './paths';

/** Resolves once the browser has painted the next frame. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

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
  void afterPaint()
    .then(() => import('./boot'))
    .then(({ boot }) => boot(route));
}

main();
