import type { GroupId } from '../../site/directory-ids';
import { type PageId, parsePath, type Route } from '../../site/paths';

/**
 * Pages whose mere presence in the browser's history could put a reader at risk
 * (someone close to them may look). "Browse safely" is one too: reading it says
 * that the reader is worried.
 */
export const sensitivePages: ReadonlySet<PageId> = new Set(['hiv', 'drugs', 'lgbti', 'sex-work', 'violence', 'browse-safely']);

/**
 * Directory groups whose filtered list says as much as those pages: "services for LGBTI+
 * people in Niš" in the history tells the same story as the LGBTI+ page.
 */
export const sensitiveGroups: ReadonlySet<GroupId> = new Set(['hiv', 'drugs', 'lgbti', 'sex-workers', 'women']);

/**
 * A sensitive page, a directory list filtered to a sensitive group, or search (a query such
 * as "HIV test" is in its address).
 */
export function isSensitiveRoute(route: Route): boolean {
  if (route.kind !== 'page' && route.kind !== 'go') return false;
  if (sensitivePages.has(route.page) || route.page === 'search') return true;
  const group = route.filter?.group;
  return group !== undefined && (sensitiveGroups as ReadonlySet<string>).has(group);
}

export const isSensitivePath = (pathname: string): boolean => isSensitiveRoute(parsePath(pathname));

/**
 * Whether following a link should replace the current history entry instead of adding
 * one: always when it leads to a sensitive page, and always when leaving one. So a
 * sensitive page is only ever the current entry, and Exit (which replaces it) leaves
 * none behind.
 */
export function shouldReplaceHistory(fromPath: string, toPath: string): boolean {
  return isSensitivePath(toPath) || isSensitivePath(fromPath);
}
