import type { TFunction } from 'i18next';
import { type CityId, groupIds } from './directory-schema';

/** A choice in a select: structurally the SelectOption of components/labelled-select.tsx. */
interface Option {
  value: string;
  label: string;
}

/** Directory filter choices: "all" first, then each city (of those given) or each group. */
export function cityOptions(t: TFunction, cities: readonly CityId[]): Option[] {
  return [{ value: '', label: t('directory.allCities') }, ...cities.map((city) => ({ value: city, label: t(`cities.${city}`) }))];
}

export function groupOptions(t: TFunction): Option[] {
  const groups = groupIds.filter((group) => group !== 'everyone');
  return [{ value: '', label: t('directory.allGroups') }, ...groups.map((group) => ({ value: group, label: t(`groups.${group}`) }))];
}
