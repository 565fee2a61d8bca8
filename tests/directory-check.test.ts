import { readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/build/content/check';
import { loadContent } from '../src/build/content/load';
import { formatProblem } from '../src/build/content/problems';
import { cityIds, entryKinds, groupIds } from '../src/content/directory-schema';
import type { Block } from '../src/content/schema';
import { nodesOf } from '../src/content/walk';
import { langCodes } from '../src/i18n/languages';
import { pageIds } from '../src/site/paths';
import { copyOfContent, edit, problemsOf } from './support/content-copy';

/** The entry every case below breaks: it has a phone, a website, several sources and words in every language. */
const kirs = 'locales/directory/kirs.yaml';

/** Every entry id a page cites, as a card or as a link in a sentence. */
const citedIn = (blocks: Block[]) =>
  new Set(
    [...nodesOf(blocks)].flatMap((node) =>
      node.type === 'entry' ? [node.entry] : node.type === 'link' && node.target.kind === 'entry' ? [node.target.entry] : [],
    ),
  );

describe('directory: the real entries', () => {
  const content = loadContent(process.cwd());
  const files = readdirSync('locales/directory')
    .filter((name) => name.endsWith('.yaml'))
    .sort() // file order: "kirs-trustee.yaml" comes before "kirs.yaml"
    .map((name) => basename(name, '.yaml'));

  it('pass the content check: no problem names a directory file or an entry', () => {
    const problems = checkContent(process.cwd()).problems.map(formatProblem);
    expect(problems.filter((p) => p.startsWith('locales/directory/') || p.includes('[entry:'))).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('are listed once each, in every language, one element per file', () => {
    expect(files.length).toBeGreaterThan(30);
    expect(new Set(files).size).toBe(files.length);
    expect(content.directory.en?.map((entry) => entry.id)).toEqual(files);
    for (const lang of langCodes)
      expect(
        content.directory[lang]?.map((entry) => entry.id),
        lang,
      ).toEqual(files);
  });

  it('every entry a page cites is in the listing, and the page carries its card', () => {
    const listed = new Set(content.directory.en?.map((entry) => entry.id));
    const cited = new Set<string>();
    for (const lang of langCodes)
      for (const page of pageIds) {
        const loaded = content.pages[lang]?.[page];
        expect(loaded, `${lang}/${page}`).toBeDefined();
        const here = citedIn(loaded?.body ?? []);
        for (const id of here) expect(listed.has(id), `${lang}/${page} cites "${id}"`).toBe(true);
        for (const card of loaded?.entries ?? []) expect(here.has(card.id), `${lang}/${page} card "${card.id}"`).toBe(true);
        for (const id of here) cited.add(id);
      }
    // The pages really cite entries (so the loop above is not vacuous).
    expect([...cited]).toContain('special-hospital-addictions');
    expect([...cited]).toContain('sos-line-women');
    expect(content.pages.en?.violence?.entries.map((e) => e.id)).toContain('sos-line-women');
  });

  it('keeps language-neutral facts as written (international phones, https websites)', () => {
    const entry = content.directory.en?.find((e) => e.id === 'kirs');
    expect(entry).toMatchObject({
      id: 'kirs',
      kind: 'public',
      cities: ['everywhere'],
      serves: ['refugees'],
      phones: ['+381648283171'],
      website: 'https://kirs.gov.rs/',
    });
    expect(entry?.name).toBe('Commissariat for Refugees and Migration (KIRS)');
    expect(content.directory.uk?.find((e) => e.id === 'kirs')?.name).toBe('Комісаріат у справах біженців і міграції (КІРС)');
  });
});

describe('directory: the content check names file and key', () => {
  it('rejects a page card citing an unknown entry id', () => {
    const root = copyOfContent();
    edit(root, 'locales/en/pages/emergency.md', (t) => `${t}\n[](entry:nope)\n`);
    expect(problemsOf(root)).toEqual([
      'locales/en/pages/emergency.md [entry:nope]: directory entry "nope" does not exist in locales/directory/',
    ]);
  });

  it('rejects an unknown entry id linked in a sentence inside a list, on the Serbian page only (not its generated Cyrillic copy)', () => {
    const root = copyOfContent();
    edit(root, 'locales/sr/pages/violence.md', (t) => `${t}\n- Pitajte [ovu službu](entry:no-such-service) za pomoć.\n`);
    expect(problemsOf(root)).toEqual([
      'locales/sr/pages/violence.md [entry:no-such-service]: directory entry "no-such-service" does not exist in locales/directory/',
    ]);
  });

  it.each<[string, (text: string) => string, string]>([
    [
      'a local-form phone',
      (t) => t.replace(/^phones: .*$/m, 'phones: ["0112078600"]'),
      '[phones.0]: "0112078600" is not in international form (+381…, digits only)',
    ],
    [
      'a phone written into offers',
      (t) => t.replace(/^(offers:\n(?: {2}.*\n)*? {2}en: )/m, '$1Call 011 2078 600. '),
      '[offers.en]: contains a phone number: put it in "phones"',
    ],
    ['an http:// website', (t) => t.replace(/^website: https:\/\//m, 'website: http://'), '[website]: must be an https:// address'],
    ['an unknown city', (t) => t.replace(/^cities: \[/m, 'cities: [paris, '), `[cities.0]: "paris" is not one of: ${cityIds.join(', ')}`],
    [
      'an unknown group',
      (t) => t.replace(/^serves: \[/m, 'serves: [tourists, '),
      `[serves.0]: "tourists" is not one of: ${groupIds.join(', ')}`,
    ],
    ['an unknown kind', (t) => t.replace(/^kind: .*$/m, 'kind: embassy'), `[kind]: must be one of: ${entryKinds.join(', ')}`],
    [
      'a missing translation of the name',
      (t) => t.replace(/^(name:\n(?: {2}.*\n)*?) {2}ru: .*\n/m, '$1'),
      '[name.ru]: translation missing',
    ],
    [
      'a Serbian Cyrillic name written by hand',
      (t) => t.replace(/^name:\n/m, 'name:\n  sr-cyrl: Комесаријат за избеглице и миграције (КИРС)\n'),
      '[name.sr-cyrl]: is not a language to write here: write uk, ru, sr, en (Serbian Cyrillic is generated from sr)',
    ],
    ['an entry without sources', (t) => t.replace(/^sources: .*\n/m, ''), '[sources]: an entry needs at least one source'],
    ['an empty list of sources', (t) => t.replace(/^sources: .*$/m, 'sources: []'), '[sources]: an entry needs at least one source'],
    [
      'a source key that does not exist',
      (t) => t.replace(/^sources: \[/m, 'sources: [S999, '),
      '[sources.0]: source "S999" is not in locales/sources/',
    ],
    [
      'an unknown field',
      (t) => `${t.trimEnd()}\nfax: "+381111234567"\n`,
      '[fax]: is not a directory field (see docs/decisions/004-directory.md)',
    ],
    [
      'a flag that is not true or false',
      (t) => `${t.trimEnd()}\nfree: "yes"\n`,
      '[free]: must be true or false (leave it out when unknown)',
    ],
    [
      'cities as text instead of a list',
      (t) => t.replace(/^cities: .*$/m, 'cities: everywhere'),
      `[cities]: needs a list of: ${cityIds.join(', ')}`,
    ],
    ['a missing kind', (t) => t.replace(/^kind: .*\n/m, ''), `[kind]: must be one of: ${entryKinds.join(', ')}`],
    ['a missing list of groups', (t) => t.replace(/^serves: .*\n/m, ''), `[serves]: needs a list of: ${groupIds.join(', ')}`],
    ['missing offers', (t) => t.replace(/^offers:\n(?: {2}.*\n)*/m, ''), '[offers]: needs a text for each language (uk, ru, sr, en)'],
    [
      'a missing checked date',
      (t) => t.replace(/^checked: .*\n/m, ''),
      '[checked]: needs the date these facts were checked, as YYYY-MM-DD',
    ],
    [
      'a checked date not written as YYYY-MM-DD',
      (t) => t.replace(/^checked: .*$/m, 'checked: 25.11.2026'),
      '[checked]: needs the date these facts were checked, as YYYY-MM-DD',
    ],
    [
      'a phone number without quotes (YAML reads it as a number)',
      (t) => t.replace(/^phones: .*$/m, 'phones: [+381648283171]'),
      '[phones.0]: 381648283171 must be written in quotes, in international form: "+381…"',
    ],
    [
      'a spoken language the directory cannot name',
      (t) => `${t.trimEnd()}\nlanguages: [sr, de]\n`,
      '[languages.1]: "de" is not one of: uk, ru, sr, en',
    ],
    [
      'an e-mail address that is not one',
      (t) => `${t.trimEnd()}\nemail: info.kirs.gov.rs\n`,
      '[email]: "info.kirs.gov.rs" is not an e-mail address',
    ],
    [
      'a name that is a number',
      (t) => t.replace(/^(name:\n(?: {2}.*\n)*?) {2}en: .*\n/m, '$1  en: 42\n'),
      '[name.en]: must be non-empty text',
    ],
    ['raw HTML in offers', (t) => t.replace(/^(offers:\n(?: {2}.*\n)*? {2}uk: )/m, '$1<b>Увага</b> '), '[offers.uk]: contains raw HTML'],
    [
      'a script in offers',
      (t) => t.replace(/^(offers:\n(?: {2}.*\n)*? {2}sr: )/m, '$1<script>alert(1)</script> '),
      '[offers.sr]: contains raw HTML',
    ],
  ])('rejects %s', (_name, change, expected) => {
    const root = copyOfContent();
    edit(root, kirs, change);
    expect(problemsOf(root)).toEqual([`${kirs} ${expected}`]);
  });

  it('names every problem of one entry at once: two unknown fields and a wrong type', () => {
    const root = copyOfContent();
    edit(root, kirs, (t) => `${t.trimEnd()}\nfax: "+381111234567"\nfree: 1\nnotes: Call first.\n`);
    expect(problemsOf(root)).toEqual([
      `${kirs} [free]: must be true or false (leave it out when unknown)`,
      `${kirs} [fax]: is not a directory field (see docs/decisions/004-directory.md)`,
      `${kirs} [notes]: is not a directory field (see docs/decisions/004-directory.md)`,
    ]);
  });

  it('names every broken entry at once, each against its own file', () => {
    const root = copyOfContent();
    edit(root, kirs, (t) => t.replace(/^kind: .*$/m, 'kind: embassy'));
    edit(root, 'locales/directory/q-club.yaml', (t) => t.replace(/^website: https:\/\//m, 'website: http://'));
    expect(problemsOf(root)).toEqual([
      `${kirs} [kind]: must be one of: ${entryKinds.join(', ')}`,
      'locales/directory/q-club.yaml [website]: must be an https:// address',
    ]);
  });
});
