/**
 * Printed URLs are permanent: posters and leaflets with these addresses hang on walls.
 * This list only grows. Renaming or removing a page or entry must keep its old path
 * working (with a redirect), and this test is what reminds us.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/build/content/load';
import { langCodes } from '../src/i18n/languages';
import { pageIds, parsePath, routeToPath } from '../src/site/paths';

const publishedLanguages = ['uk', 'ru', 'sr', 'sr-cyrl', 'en'];
const publishedPages = [
  '',
  'emergency',
  'temporary-protection',
  'stay',
  'asylum',
  'support',
  'health-care',
  'hiv',
  'drugs',
  'lgbti',
  'sex-work',
  'violence',
  'daily-needs',
  'directory',
  'poster',
  'display',
];
const publishedEntries = [
  'adra',
  'apc',
  'asylum-office',
  'atina',
  'bchr',
  'cini-dobro',
  'crpc',
  'da-se-zna',
  'duga',
  'egal',
  'equality-commissioner',
  'geten',
  'hiv-testing-belgrade',
  'idc',
  'ideas',
  'infectious-diseases-clinic',
  'iom',
  'izlazak',
  'jazas',
  'kirs-trustee',
  'kirs',
  'kragujevac-clinical-centre',
  'labris',
  'office-combating-drugs',
  'ombudsman',
  'prevent',
  'q-club',
  'rds',
  're-generacija',
  'red-cross',
  'rfzo',
  'sloboda-prava',
  'social-welfare-centre',
  'sos-line-central-serbia',
  'sos-line-women',
  'special-hospital-addictions',
  'toc',
  'ukrainian-national-council',
  'unhcr',
  'vranje-asylum-centre',
  'zjz-timok',
];

describe('published paths', () => {
  it('every published language still exists', () => {
    for (const lang of publishedLanguages) expect(langCodes).toContain(lang);
  });

  it('every published page path still opens that page in every language', () => {
    for (const lang of publishedLanguages)
      for (const page of publishedPages) {
        const path = `/${lang}/${page}`;
        const route = parsePath(path);
        expect(route.kind, path).not.toBe('not-found');
        expect(routeToPath(route), path).toBe(path);
      }
  });

  it('every published language-neutral poster link still works', () => {
    expect(parsePath('/')).toEqual({ kind: 'chooser' });
    for (const page of pageIds.filter((p) => p !== 'home')) expect(parsePath(`/go/${page}`)).toEqual({ kind: 'go', page });
  });

  it('every published directory entry still has its page', () => {
    const ids = (loadContent(process.cwd()).directory.en ?? []).map((e) => e.id);
    for (const id of publishedEntries) expect(ids, `locales/directory/${id}.yaml`).toContain(id);
  });
});
