/**
 * The service directory's vocabulary: the values an entry's kind, cities and groups
 * may take. Their names in each language are UI strings ("kinds.*", "cities.*", "groups.*").
 */
export const entryKinds = ['public', 'health', 'ngo', 'international', 'shelter', 'helpline', 'community'] as const;
export const cityIds = ['belgrade', 'novi-sad', 'nis', 'kragujevac', 'vranje', 'sabac', 'zajecar', 'kula', 'everywhere'] as const;
export const groupIds = ['refugees', 'hiv', 'drugs', 'lgbti', 'sex-workers', 'women', 'children', 'everyone'] as const;

export type EntryKind = (typeof entryKinds)[number];
export type CityId = (typeof cityIds)[number];
export type GroupId = (typeof groupIds)[number];

export const isCityId = (value: string): value is CityId => (cityIds as readonly string[]).includes(value);
export const isGroupId = (value: string): value is GroupId => (groupIds as readonly string[]).includes(value);
export const isEntryKind = (value: string): value is EntryKind => (entryKinds as readonly string[]).includes(value);
