import { describe, expect, it } from 'vitest';
import type { DirectoryEntry } from '../src/content/schema';
import { directoryFilters, matchesFilter, sortByName } from '../src/features/directory/filter';
import { formatPhone } from '../src/lib/phone';
import { filterFromQuery } from '../src/site/paths';

const entry = (cities: DirectoryEntry['cities'], serves: DirectoryEntry['serves']): DirectoryEntry => ({
  id: 'x',
  name: 'X',
  kind: 'ngo',
  cities,
  serves,
  offers: 'help',
  phones: [],
  sources: [],
  checked: '2026-11-25',
});

describe('directory filter', () => {
  it('reads only known cities and groups from an old query link', () => {
    expect(filterFromQuery('?city=belgrade&group=lgbti')).toEqual({ city: 'belgrade', group: 'lgbti' });
    expect(filterFromQuery('?group=lgbti')).toEqual({ group: 'lgbti' });
    expect(filterFromQuery('?city=paris&group=<script>')).toEqual({});
  });

  it('gives a page to every filter that lists something, and none to the others', () => {
    const filters = directoryFilters([entry(['belgrade'], ['lgbti']), entry(['nis'], ['hiv'])]);
    expect(filters).toContainEqual({ city: 'belgrade', group: 'lgbti' });
    expect(filters).toContainEqual({ city: 'belgrade' });
    expect(filters).toContainEqual({ group: 'hiv' });
    expect(filters).not.toContainEqual({ city: 'belgrade', group: 'hiv' });
    expect(filters).not.toContainEqual({ city: 'sabac' });
  });

  it("sorts by name as the reader's language does", () => {
    const named = (name: string) => ({ ...entry(['belgrade'], ['everyone']), name });
    const sr = sortByName(['Dom', 'Čuvari', 'Centar', 'Ćilim'].map(named), 'sr-Latn').map((e) => e.name);
    expect(sr).toEqual(['Centar', 'Čuvari', 'Ćilim', 'Dom']);
    const uk = sortByName(['Єдність', 'Гурт', 'Ґрунт', 'Елеос'].map(named), 'uk').map((e) => e.name);
    expect(uk).toEqual(['Гурт', 'Ґрунт', 'Елеос', 'Єдність']);
  });

  it('matches a city, and services everywhere in every city', () => {
    expect(matchesFilter(entry(['belgrade'], ['lgbti']), { city: 'belgrade' })).toBe(true);
    expect(matchesFilter(entry(['sabac'], ['lgbti']), { city: 'belgrade' })).toBe(false);
    expect(matchesFilter(entry(['everywhere'], ['refugees']), { city: 'nis' })).toBe(true);
  });

  it('matches a group, and services for everyone in every group', () => {
    expect(matchesFilter(entry(['belgrade'], ['lgbti']), { group: 'lgbti', city: 'belgrade' })).toBe(true);
    expect(matchesFilter(entry(['belgrade'], ['hiv']), { group: 'lgbti' })).toBe(false);
    expect(matchesFilter(entry(['belgrade'], ['everyone']), { group: 'sex-workers' })).toBe(true);
  });
});

describe('phone display', () => {
  it('groups Serbian numbers as they are read aloud', () => {
    expect(formatPhone('+381648283171')).toBe('+381 64 828 3171');
    expect(formatPhone('+381112078600')).toBe('+381 11 207 8600');
    expect(formatPhone('+381800222003')).toBe('+381 800 222 003');
    expect(formatPhone('192')).toBe('192');
  });
});
