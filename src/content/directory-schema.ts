/**
 * The service directory's vocabulary: the values an entry's kind, cities and groups
 * may take. Their names in each language are UI strings ("kinds.*", "cities.*", "groups.*").
 */
export { type CityId, cityIds, type GroupId, groupIds, isCityId, isGroupId } from '../site/directory-ids';

export const entryKinds = ['public', 'health', 'ngo', 'international', 'shelter', 'helpline', 'community'] as const;

export type EntryKind = (typeof entryKinds)[number];

export const isEntryKind = (value: string): value is EntryKind => (entryKinds as readonly string[]).includes(value);
