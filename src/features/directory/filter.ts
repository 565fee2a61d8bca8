import { cityIds, groupIds } from '../../content/directory-schema';
import type { DirectoryEntry } from '../../content/schema';
import type { DirectoryFilter } from '../../site/paths';

/** Services everywhere count for every city; services for everyone count for every group. */
export function matchesFilter(entry: DirectoryEntry, filter: DirectoryFilter): boolean {
  const city = !filter.city || entry.cities.some((c) => c === filter.city || c === 'everywhere');
  const group = !filter.group || entry.serves.some((g) => g === filter.group || g === 'everyone');
  return city && group;
}

/** The cities and groups a reader can choose ("All of Serbia" and "Everyone" are not filters). */
export const filterCities = cityIds.filter((city) => city !== 'everywhere');
export const filterGroups = groupIds.filter((group) => group !== 'everyone');

/** Every filter (city, group or both) that lists at least one service: each gets its own page. */
export function directoryFilters(entries: readonly DirectoryEntry[]): DirectoryFilter[] {
  const filters: DirectoryFilter[] = [];
  for (const city of [undefined, ...filterCities])
    for (const group of [undefined, ...filterGroups]) {
      if (!city && !group) continue;
      const filter = { ...(city ? { city } : {}), ...(group ? { group } : {}) };
      if (entries.some((entry) => matchesFilter(entry, filter))) filters.push(filter);
    }
  return filters;
}

/** Sorted by name as the reader's language sorts ("Č" after "C" in Serbian, "Є" after "Е" in Ukrainian). */
export function sortByName(entries: readonly DirectoryEntry[], htmlLang: string): DirectoryEntry[] {
  const collator = new Intl.Collator(htmlLang, { sensitivity: 'base', numeric: true });
  return [...entries].sort((a, b) => collator.compare(a.name, b.name));
}
