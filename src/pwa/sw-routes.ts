/** Which precached file answers a navigation: shared by the worker and its tests. */
import { parsePath, paths, routeFile, routeToPath } from '../site/paths';

/**
 * Prerendered pages left out of the precache (build output globs): directory entries and
 * filtered lists (/{lang}/directory/{city}/{group}, /go/directory/…), which offline are
 * answered with their shell and rendered in the browser from the directory data.
 */
export const notPrecached = ['*/directory/*.html', '*/directory/*/*.html', 'go/directory/*/*.html'];

/**
 * The root element's attribute naming the route its HTML was rendered for. The HTML template
 * writes it; the client compares it with its address and renders, instead of hydrating, when
 * the worker answered with a shell.
 */
export const renderedRouteAttribute = 'data-route';

export interface NavigationAnswer {
  /** Precache URL of the prerendered page to answer with (see precache-urls.ts). */
  file: string;
  /** True when the path is unknown: the answer is a not-found page with status 404. */
  notFound: boolean;
  /**
   * A precached page that can stand in offline, for pages not precached themselves:
   * a directory entry or a filtered list is rendered in the browser from the directory page and its data.
   */
  shell?: string;
}

export function navigationAnswer(pathname: string): NavigationAnswer {
  const route = parsePath(pathname);
  if (route.kind === 'not-found') return { file: `/${routeFile(route)}`, notFound: true };
  if (route.kind === 'entry') return { file: routeToPath(route), notFound: false, shell: paths.page(route.lang, 'directory') };
  if (route.kind === 'page' && route.filter)
    return { file: routeToPath(route), notFound: false, shell: paths.page(route.lang, 'directory') };
  if (route.kind === 'go' && route.filter) return { file: routeToPath(route), notFound: false, shell: paths.go('directory') };
  return { file: routeToPath(route), notFound: false };
}
