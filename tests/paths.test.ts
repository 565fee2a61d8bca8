import { describe, expect, it } from 'vitest';
import { defaultPosterOptions, posterTargetPath } from '../src/features/posters/poster-options';
import { langCodes } from '../src/i18n/languages';
import { cleanPageUrl } from '../src/pwa/precache-urls';
import { navigationAnswer } from '../src/pwa/sw-routes';
import { allRoutes, pageIds, parsePath, paths, routeFile, routeIn, routeToPath, samePageIn, searchFilter } from '../src/site/paths';

describe('paths', () => {
  it('every route survives a round trip through its URL', () => {
    for (const route of allRoutes(['duga'], [{ city: 'belgrade', group: 'lgbti' }, { group: 'hiv' }, { city: 'nis' }]))
      expect(parsePath(routeToPath(route))).toEqual(route);
  });

  it('gives each page one URL per language, /{lang}/{page}', () => {
    expect(routeToPath({ kind: 'page', lang: 'uk', page: 'emergency' })).toBe('/uk/emergency');
    expect(routeToPath({ kind: 'page', lang: 'sr', page: 'home' })).toBe('/sr/');
    expect(allRoutes().filter((r) => r.kind === 'page')).toHaveLength(pageIds.length * langCodes.length);
  });

  it('accepts trailing slashes and .html file names', () => {
    expect(parsePath('/en/emergency/')).toEqual({ kind: 'page', lang: 'en', page: 'emergency' });
    expect(parsePath('/en/emergency.html')).toEqual({ kind: 'page', lang: 'en', page: 'emergency' });
    expect(parsePath('/ru')).toEqual({ kind: 'page', lang: 'ru', page: 'home' });
    expect(parsePath('/ru/index.html')).toEqual({ kind: 'page', lang: 'ru', page: 'home' });
  });

  it('treats unknown pages as not found in the right language', () => {
    expect(parsePath('/uk/nope')).toEqual({ kind: 'not-found', lang: 'uk' });
    expect(parsePath('/uk/home')).toEqual({ kind: 'not-found', lang: 'uk' });
    expect(parsePath('/uk/emergency/extra')).toEqual({ kind: 'not-found', lang: 'uk' });
    expect(parsePath('/de/emergency')).toEqual({ kind: 'not-found', lang: null });
    expect(parsePath('/%E0%A4%A')).toEqual({ kind: 'not-found', lang: null });
  });

  it('writes each route to its own file', () => {
    const files = allRoutes().map(routeFile);
    expect(new Set(files).size).toBe(files.length);
    expect(routeFile({ kind: 'page', lang: 'en', page: 'temporary-protection' })).toBe('en/temporary-protection.html');
    expect(routeFile({ kind: 'not-found', lang: 'ru' })).toBe('ru/404.html');
  });
});

describe('service worker navigation', () => {
  it('answers known pages from their prerendered file and unknown ones with the translated not-found page', () => {
    expect(navigationAnswer('/uk/emergency')).toEqual({ file: '/uk/emergency', notFound: false });
    expect(navigationAnswer('/uk/emergency.html')).toEqual({ file: '/uk/emergency', notFound: false });
    expect(navigationAnswer('/uk')).toEqual({ file: '/uk/', notFound: false });
    expect(navigationAnswer('/')).toEqual({ file: '/', notFound: false });
    expect(navigationAnswer('/sr/whatever')).toEqual({ file: '/sr/404.html', notFound: true });
    expect(navigationAnswer('/whatever')).toEqual({ file: '/404.html', notFound: true });
    expect(navigationAnswer('/ru/directory/duga')).toEqual({ file: '/ru/directory/duga', notFound: false, shell: '/ru/directory' });
  });
});

describe('precache URLs', () => {
  it('names each prerendered page by the URL a reader opens, and leaves other files alone', () => {
    expect(cleanPageUrl('uk/emergency.html')).toBe('uk/emergency');
    expect(cleanPageUrl('uk/index.html')).toBe('uk/');
    expect(cleanPageUrl('index.html')).toBe('./');
    expect(cleanPageUrl('uk/404.html')).toBe('uk/404.html');
    expect(cleanPageUrl('404.html')).toBe('404.html');
    expect(cleanPageUrl('assets/index-abc.js')).toBe('assets/index-abc.js');
  });
});

describe('directory URLs', () => {
  it('gives every entry its own URL in every language', () => {
    expect(paths.entry('uk', 'duga')).toBe('/uk/directory/duga');
    expect(parsePath('/sr-cyrl/directory/duga')).toEqual({ kind: 'entry', lang: 'sr-cyrl', entry: 'duga' });
    expect(routeFile({ kind: 'entry', lang: 'en', entry: 'duga' })).toBe('en/directory/duga.html');
    expect(allRoutes(['duga', 'kirs']).filter((r) => r.kind === 'entry')).toHaveLength(2 * langCodes.length);
  });

  it('gives filters a path, always two segments, so a filtered list can be shared and prerendered', () => {
    expect(paths.directory('en', { city: 'belgrade', group: 'lgbti' })).toBe('/en/directory/belgrade/lgbti');
    expect(paths.directory('en', { group: 'lgbti' })).toBe('/en/directory/all/lgbti');
    expect(paths.directory('sr', { city: 'nis' })).toBe('/sr/directory/nis/all');
    expect(paths.directory('ru')).toBe('/ru/directory');
    expect(parsePath('/uk/directory/belgrade/lgbti')).toEqual({
      kind: 'page',
      lang: 'uk',
      page: 'directory',
      filter: { city: 'belgrade', group: 'lgbti' },
    });
    expect(parsePath('/uk/directory/all/lgbti')).toEqual({ kind: 'page', lang: 'uk', page: 'directory', filter: { group: 'lgbti' } });
    expect(routeFile(parsePath('/uk/directory/nis/all'))).toBe('uk/directory/nis/all.html');
    expect(paths.go('directory', { city: 'belgrade', group: 'lgbti' })).toBe('/go/directory/belgrade/lgbti');
    expect(parsePath('/go/directory/all/hiv')).toEqual({ kind: 'go', page: 'directory', filter: { group: 'hiv' } });
    // Unknown values, "all/all" (that is /directory) and the catch-all values are not filters.
    for (const bad of ['/uk/directory/paris/lgbti', '/uk/directory/all/all', '/uk/directory/everywhere/all', '/uk/directory/all/everyone'])
      expect(parsePath(bad)).toEqual({ kind: 'not-found', lang: 'uk' });
  });

  it('keeps the filter when the language changes', () => {
    const route = parsePath('/uk/directory/belgrade/lgbti');
    expect(routeToPath(routeIn(route, 'sr-cyrl'))).toBe('/sr-cyrl/directory/belgrade/lgbti');
  });

  it('renders a filtered list offline from the directory page', () => {
    expect(navigationAnswer('/en/directory/belgrade/lgbti')).toEqual({
      file: '/en/directory/belgrade/lgbti',
      notFound: false,
      shell: '/en/directory',
    });
    expect(navigationAnswer('/go/directory/nis/all')).toEqual({ file: '/go/directory/nis/all', notFound: false, shell: '/go/directory' });
  });

  it('gives the search page one address per language, the words in the query', () => {
    expect(paths.search('uk', ' лікар ')).toBe('/uk/search?q=%D0%BB%D1%96%D0%BA%D0%B0%D1%80');
    expect(paths.search('en')).toBe('/en/search');
  });

  it('rejects entry paths that are not entry ids', () => {
    expect(parsePath('/en/directory/Bad_Id')).toEqual({ kind: 'not-found', lang: 'en' });
    expect(parsePath('/en/directory/duga/more')).toEqual({ kind: 'not-found', lang: 'en' });
  });
});

describe('the same page in another language', () => {
  const filter = searchFilter('?city=belgrade&group=lgbti&utm=x');

  it('keeps the directory filter, and only the filter', () => {
    expect(filter).toEqual({ city: 'belgrade', group: 'lgbti' });
    expect(samePageIn({ kind: 'page', lang: 'uk', page: 'directory' }, 'sr', filter)).toBe('/sr/directory/belgrade/lgbti');
    expect(samePageIn({ kind: 'page', lang: 'uk', page: 'directory' }, 'en')).toBe('/en/directory');
    // A filter in the route's path is kept too (what the language switcher reads from the address).
    expect(samePageIn(parsePath('/uk/directory/all/lgbti'), 'ru')).toBe('/ru/directory/all/lgbti');
  });

  it('keeps every other page, entry and tool, and ignores a filter there', () => {
    expect(samePageIn({ kind: 'page', lang: 'uk', page: 'home' }, 'ru', filter)).toBe('/ru/');
    expect(samePageIn({ kind: 'page', lang: 'uk', page: 'asylum' }, 'en', filter)).toBe('/en/asylum');
    expect(samePageIn({ kind: 'entry', lang: 'uk', entry: 'duga' }, 'sr-cyrl', filter)).toBe('/sr-cyrl/directory/duga');
    expect(samePageIn({ kind: 'tool', lang: 'uk', tool: 'poster' }, 'en')).toBe('/en/poster');
    expect(samePageIn({ kind: 'not-found', lang: 'uk' }, 'en')).toBe('/en/404');
    expect(samePageIn({ kind: 'chooser' }, 'en')).toBe('/');
  });

  it('is what the poster maker encodes for a chosen language', () => {
    const options = { ...defaultPosterOptions, page: 'directory' as const, linkLang: 'ru' as const, filter };
    expect(posterTargetPath(options)).toBe(samePageIn({ kind: 'page', lang: 'uk', page: 'directory' }, 'ru', filter));
    expect(posterTargetPath(options)).toBe('/ru/directory/belgrade/lgbti');
    expect(posterTargetPath({ ...options, page: 'hiv' })).toBe('/ru/hiv');
  });
});
