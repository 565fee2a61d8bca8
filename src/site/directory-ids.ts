/**
 * The city and group slugs of the service directory. They are URL segments
 * (/{lang}/directory/{city}/{group}), so they live with the site map; the content
 * schema re-exports them as the directory's vocabulary.
 */
export const cityIds = ['belgrade', 'novi-sad', 'nis', 'kragujevac', 'vranje', 'sabac', 'zajecar', 'kula', 'everywhere'] as const;
export const groupIds = ['refugees', 'hiv', 'drugs', 'lgbti', 'sex-workers', 'women', 'children', 'everyone'] as const;

export type CityId = (typeof cityIds)[number];
export type GroupId = (typeof groupIds)[number];

export const isCityId = (value: string): value is CityId => (cityIds as readonly string[]).includes(value);
export const isGroupId = (value: string): value is GroupId => (groupIds as readonly string[]).includes(value);
