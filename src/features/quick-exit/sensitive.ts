import { type PageId, parsePath } from '../../site/paths';

/**
 * Pages whose mere presence in the browser's history could put a reader at risk
 * (someone close to them may look). "Browse safely" is one too: reading it says
 * that the reader is worried.
 */
export const sensitivePages: ReadonlySet<PageId> = new Set(['hiv', 'drugs', 'lgbti', 'sex-work', 'violence', 'browse-safely']);

export function isSensitivePath(pathname: string): boolean {
  const route = parsePath(pathname);
  return (route.kind === 'page' || route.kind === 'go') && sensitivePages.has(route.page);
}

/**
 * Whether following a link should replace the current history entry instead of adding
 * one: always when it leads to a sensitive page, and always when leaving one. So a
 * sensitive page is only ever the current entry, and Exit (which replaces it) leaves
 * none behind.
 */
export function shouldReplaceHistory(fromPath: string, toPath: string): boolean {
  return isSensitivePath(toPath) || isSensitivePath(fromPath);
}
