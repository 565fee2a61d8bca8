/** Which precached file answers a navigation: shared by the worker and its tests. */
import { parsePath, routeFile, routeToPath } from '../app/paths';

export interface NavigationAnswer {
  /** Precache URL of the prerendered page to answer with (see precache-urls.ts). */
  file: string;
  /** True when the path is unknown: the answer is a not-found page with status 404. */
  notFound: boolean;
}

export function navigationAnswer(pathname: string): NavigationAnswer {
  const route = parsePath(pathname);
  if (route.kind === 'not-found') return { file: `/${routeFile(route)}`, notFound: true };
  return { file: routeToPath(route), notFound: false };
}
