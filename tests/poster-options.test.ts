import { describe, expect, it } from 'vitest';
import {
  defaultLanguages,
  defaultPosterOptions,
  maxOwnLine,
  type PosterOptions,
  parsePosterQuery,
  posterQuery,
} from '../src/features/posters/poster-options';

describe('parsePosterQuery', () => {
  it('gives the defaults, and no problem, for an empty query', () => {
    expect(parsePosterQuery('')).toEqual({ options: defaultPosterOptions, problems: [] });
    expect(parsePosterQuery('?')).toEqual({ options: defaultPosterOptions, problems: [] });
  });

  it('reads every setting', () => {
    const { options, problems } = parsePosterQuery('?page=directory&lang=uk&city=belgrade&group=lgbti&langs=ru,en&size=A3&line=Room 12');
    expect(problems).toEqual([]);
    expect(options).toEqual({
      page: 'directory',
      linkLang: 'uk',
      filter: { city: 'belgrade', group: 'lgbti' },
      languages: ['ru', 'en'],
      size: 'A3',
      ownLine: 'Room 12',
    });
  });

  it('reads the generated Serbian Cyrillic as a language, and "auto" as each phone choosing its own', () => {
    expect(parsePosterQuery('?lang=sr-cyrl&langs=sr-cyrl').options).toMatchObject({ linkLang: 'sr-cyrl', languages: ['sr-cyrl'] });
    expect(parsePosterQuery('?lang=auto')).toEqual({ options: defaultPosterOptions, problems: [] });
  });

  it('names an unknown page and language, and keeps the defaults for them', () => {
    const { options, problems } = parsePosterQuery('?page=camps&lang=de');
    expect(problems).toEqual([
      { kind: 'unknownPage', value: 'camps' },
      { kind: 'unknownLanguage', value: 'de' },
    ]);
    expect(options.page).toBe('home');
    expect(options.linkLang).toBe('auto');
  });

  it('keeps known poster languages once each, in the order given, and names the unknown ones', () => {
    const { options, problems } = parsePosterQuery('?langs=en,xx,uk,en,,ru');
    expect(options.languages).toEqual(['en', 'uk', 'ru']);
    expect(problems).toEqual([{ kind: 'unknownLanguage', value: 'xx' }]);
  });

  it('falls back to the default languages when none of those given is known', () => {
    expect(parsePosterQuery('?langs=xx')).toEqual({
      options: { ...defaultPosterOptions, languages: defaultLanguages },
      problems: [{ kind: 'unknownLanguage', value: 'xx' }, { kind: 'noLanguage' }],
    });
    expect(parsePosterQuery('?langs=').problems).toEqual([{ kind: 'noLanguage' }]);
  });

  it('reads the paper size in either case and names a size it does not know', () => {
    expect(parsePosterQuery('?size=a6').options.size).toBe('A6');
    expect(parsePosterQuery('?size=Letter')).toEqual({ options: defaultPosterOptions, problems: [{ kind: 'badSize', value: 'Letter' }] });
  });

  it('drops a city or group it does not know, without a message (an old link still makes a poster)', () => {
    expect(parsePosterQuery('?page=directory&city=paris&group=tourists')).toEqual({
      options: { ...defaultPosterOptions, page: 'directory' },
      problems: [],
    });
  });

  it('cleans the own line: control characters and runs of spaces become one space, ends trimmed', () => {
    expect(parsePosterQuery(`?line=${encodeURIComponent('  Room\t12\n\u0000 first   floor ')}`).options.ownLine).toBe(
      'Room 12 first floor',
    );
  });

  it('cuts an own line that is too long, counting characters (not UTF-16 units), and says so', () => {
    const line = '🧭'.repeat(maxOwnLine + 5);
    const { options, problems } = parsePosterQuery(`?line=${encodeURIComponent(line)}`);
    expect([...options.ownLine]).toHaveLength(maxOwnLine);
    expect(problems).toEqual([{ kind: 'lineTooLong', length: maxOwnLine + 5 }]);
  });

  it('reads back what posterQuery writes', () => {
    const options: PosterOptions = {
      page: 'directory',
      linkLang: 'sr',
      filter: { city: 'nis', group: 'women' },
      languages: ['sr', 'sr-cyrl', 'en'],
      size: 'A5',
      ownLine: 'Ask at the desk & say "Kompas"',
    };
    expect(parsePosterQuery(posterQuery(options))).toEqual({ options, problems: [] });
  });

  it('gives each call a filter object of its own, so changing one result changes no other', () => {
    const first = parsePosterQuery('').options;
    first.filter.city = 'nis';
    expect(parsePosterQuery('').options.filter).toEqual({});
    expect(defaultPosterOptions.filter).toEqual({});
  });
});
