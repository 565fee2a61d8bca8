import { isCityId, isGroupId } from '../../content/directory-schema';
import type { DirectoryEntry } from '../../content/schema';
import { type DirectoryFilter, searchFilter } from '../../site/paths';

/** Reads a filter from a URL query, ignoring values that are not cities or groups. */
export function filterFromSearch(search: string): DirectoryFilter {
  const { city = '', group = '' } = searchFilter(search);
  return { ...(isCityId(city) ? { city } : {}), ...(isGroupId(group) ? { group } : {}) };
}

/** Services everywhere count for every city; services for everyone count for every group. */
export function matchesFilter(entry: Pick<DirectoryEntry, 'cities' | 'serves'>, filter: DirectoryFilter): boolean {
  const city = !filter.city || entry.cities.some((c) => c === filter.city || c === 'everywhere');
  const group = !filter.group || entry.serves.some((g) => g === filter.group || g === 'everyone');
  return city && group;
}
