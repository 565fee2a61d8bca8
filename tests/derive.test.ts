import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent, flattenStrings } from '../src/build/content/check';
import { loadContent } from '../src/build/content/load';
import { parseMarkdownPage } from '../src/build/content/parse-markdown';
import { formatProblem } from '../src/build/content/problems';
import type { Block, DirectoryEntry, LinkTarget, PageContent } from '../src/content/schema';
import { nodesOf } from '../src/content/walk';
import { langCodes } from '../src/i18n/languages';
import { latinToCyrillic } from '../src/i18n/transliterate';
import { pageIds } from '../src/site/paths';

const content = loadContent(process.cwd());
const cyrl = content.pages['sr-cyrl'] ?? {};
const sr = content.pages.sr ?? {};

const serbianCyrillic = /[А-Яа-яЂђЈјЉљЊњЋћЏџ]/;
const latinLetter = /\p{Script=Latin}/u;

/** Names that stay Latin in the Cyrillic edition (mirrors LATIN_NAMES in src/i18n/transliterate.ts). */
const latinBrands = [
  'Kompas',
  'eUprava',
  'eTurista',
  'UNHCR',
  'IOM',
  'UNAIDS',
  'UNODC',
  'DPNSEE',
  'COBATEST',
  'Zoom',
  'Viber',
  'Telegram',
  'WhatsApp',
  'Google',
];

/** Words editors protected with {{latin:…}} anywhere in the Serbian sources. */
const markedWords = new Set(
  [
    ...readdirSync('locales/sr/pages').map((name) => readFileSync(join('locales/sr/pages', name), 'utf8')),
    readFileSync('locales/sr/ui.json', 'utf8'),
    ...readdirSync('locales/directory').map((name) => readFileSync(join('locales/directory', name), 'utf8')),
  ].flatMap((text) => [...text.matchAll(/\{\{latin:([^}]*)\}\}/g)].flatMap((m) => (m[1] ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean))),
);

/** Latin words left in Cyrillic text that no rule allows: not a brand, not a foreign word (q, w, x, y), not marked, not an address. */
function strayLatin(text: string): string[] {
  const withoutAddresses = text
    .replace(/\{\{\s*\w+\s*\}\}/g, ' ') // UI placeholders such as {{date}}
    .replace(/(?:https?:\/\/|mailto:|tel:)\S+/g, ' ')
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu, ' ')
    .replace(/(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?/g, ' ');
  const words = withoutAddresses.match(/[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu) ?? [];
  return words.filter((word) => {
    if (!latinLetter.test(word)) return false;
    const pieces = word.split(/[-'’]/).filter((piece) => latinLetter.test(piece));
    if (pieces.some((piece) => /[qwxyäöüéè]/i.test(piece))) return false; // a foreign word keeps its whole compound Latin
    return !pieces.every((piece) => markedWords.has(piece) || latinBrands.some((brand) => piece.startsWith(brand)));
  });
}

/** The text without placeholders, brands, marked words and foreign words: what must be Cyrillic. */
function withoutAllowedLatin(text: string): string {
  return text
    .replace(/\{\{\s*\w+\s*\}\}/g, ' ')
    .replace(/[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*/gu, (word) => (latinLetter.test(word) && strayLatin(word).length === 0 ? ' ' : word));
}

/** Every text node of a page body, in order. */
const textsOf = (blocks: Block[]) => [...nodesOf(blocks)].flatMap((node) => (node.type === 'text' ? [node.text] : []));

/** Every link target and card of a page body, in order. */
const targetsOf = (blocks: Block[]) =>
  [...nodesOf(blocks)].flatMap((node): (LinkTarget | { card: string })[] =>
    node.type === 'link' ? [node.target] : node.type === 'entry' ? [{ card: node.entry }] : [],
  );

/** A body with its words blanked: what must not change between the two Serbian scripts. */
const shape = (blocks: Block[]): unknown => JSON.parse(JSON.stringify(blocks, (key, value: unknown) => (key === 'text' ? '' : value)));

const entryTexts = (entry: DirectoryEntry) =>
  [entry.name, entry.officialName, entry.offers, entry.hours, entry.address, entry.verify].filter((t): t is string => t !== undefined);

/** Every text a reader sees on a page: title, description, body and the cards it shows. */
const pageTexts = (page: PageContent) => [page.title, page.description, ...textsOf(page.body), ...page.entries.flatMap(entryTexts)];

const rawSerbianTitle = (page: string) => {
  const { page: parsed } = parseMarkdownPage(readFileSync(`locales/sr/pages/${page}.md`, 'utf8'), 'x.md');
  return String(parsed.frontmatter.title).trim();
};

const rawEntry = (id: string) => parseYaml(readFileSync(`locales/directory/${id}.yaml`, 'utf8')) as { name: Record<string, string> };

describe('Serbian Cyrillic pages (generated from Serbian Latin)', () => {
  it('exist for every page id', () => {
    expect(Object.keys(cyrl)).toEqual([...pageIds]);
    expect(Object.keys(sr)).toEqual([...pageIds]);
  });

  it.each(pageIds)('%s: the title is the transliterated Serbian title, in Cyrillic', (page) => {
    const title = cyrl[page]?.title ?? '';
    expect(title).toMatch(serbianCyrillic);
    expect(title).toBe(latinToCyrillic(rawSerbianTitle(page)));
    expect(title).not.toBe(sr[page]?.title);
    expect(strayLatin(title)).toEqual([]);
  });

  it('spells known titles as a Serbian reader expects', () => {
    expect(cyrl.emergency?.title).toBe('Бројеви хитних служби');
    expect(cyrl['temporary-protection']?.title).toBe('Привремена заштита за особе из Украјине');
    expect(cyrl.lgbti?.title).toBe('ЛГБТИ+ особе');
    expect(cyrl.hiv?.title).toBe('Особе које живе са ХИВ-ом');
  });

  it('leave no Serbian word in Latin anywhere in a page (only brands, foreign words, marked words and addresses)', () => {
    const stray = pageIds.flatMap((page) =>
      pageTexts(cyrl[page] as PageContent).flatMap((text) => strayLatin(text).map((word) => `${page}: ${word}`)),
    );
    expect(stray).toEqual([]);
    // The filter is not vacuous: an untransliterated Serbian word is caught.
    expect(strayLatin('Позовите policiju')).toEqual(['policiju']);
  });

  it.each(pageIds)('%s: link targets, cards, heading anchors, dates and sources are the same as in Serbian Latin', (page) => {
    const latin = sr[page] as PageContent;
    const cyrillic = cyrl[page] as PageContent;
    expect(targetsOf(cyrillic.body)).toEqual(targetsOf(latin.body));
    expect(shape(cyrillic.body)).toEqual(shape(latin.body));
    expect(cyrillic.checked).toBe(latin.checked);
    expect(cyrillic.sources).toEqual(latin.sources);
    expect(cyrillic.entries.map((e) => e.id)).toEqual(latin.entries.map((e) => e.id));
  });

  it('keeps tel:, https: and page: targets exactly, while the link words become Cyrillic', () => {
    const all = pageIds.flatMap((page) => targetsOf(cyrl[page]?.body ?? []));
    expect(all).toContainEqual({ kind: 'tel', number: '192' });
    expect(all).toContainEqual({ kind: 'tel', number: '1987' });
    expect(all.some((t) => 'kind' in t && t.kind === 'external' && t.url.startsWith('https://'))).toBe(true);
    expect(all.some((t) => 'kind' in t && t.kind === 'page')).toBe(true);
    expect(all.some((t) => 'card' in t)).toBe(true);

    const list = cyrl.emergency?.body.find((b) => b.type === 'list');
    expect(list).toEqual({
      type: 'list',
      ordered: false,
      items: [
        [
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                target: { kind: 'tel', number: '192' },
                children: [
                  { type: 'strong', children: [{ type: 'text', text: '192' }] },
                  { type: 'text', text: ' Полиција' },
                ],
              },
            ],
          },
        ],
        [
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                target: { kind: 'tel', number: '193' },
                children: [
                  { type: 'strong', children: [{ type: 'text', text: '193' }] },
                  { type: 'text', text: ' Ватрогасци и спасиоци' },
                ],
              },
            ],
          },
        ],
        [
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                target: { kind: 'tel', number: '194' },
                children: [
                  { type: 'strong', children: [{ type: 'text', text: '194' }] },
                  { type: 'text', text: ' Хитна помоћ' },
                ],
              },
            ],
          },
        ],
        [
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                target: { kind: 'tel', number: '1987' },
                children: [
                  { type: 'strong', children: [{ type: 'text', text: '1987' }] },
                  { type: 'text', text: ' Помоћ на путу за возаче' },
                ],
              },
            ],
          },
        ],
      ],
    });
  });
});

describe('Serbian Cyrillic UI strings', () => {
  const latin = flattenStrings(content.ui.sr ?? {});
  const cyrillic = flattenStrings(content.ui['sr-cyrl'] ?? {});
  const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{[^}]*\}\}/g)].map((m) => m[0]);

  it('have the same keys as Serbian Latin', () => {
    expect([...cyrillic.keys()]).toEqual([...latin.keys()]);
    expect(cyrillic.size).toBeGreaterThan(50);
  });

  it('keep {{date}}, {{count}} and the date parts untouched while the words are Cyrillic', () => {
    const ui = content.ui['sr-cyrl'] as Record<string, Record<string, string>>;
    expect(ui.content?.checked).toBe('Подаци проверени: {{date}}');
    expect(ui.directory?.count_one).toBe('{{count}} служба');
    expect(ui.directory?.count_few).toBe('{{count}} службе');
    expect(ui.directory?.count_other).toBe('{{count}} служби');
    expect(ui.footer?.about).toContain('{{network}}');
    for (const [key, value] of latin) expect(placeholders(cyrillic.get(key)), key).toEqual(placeholders(value));
    expect([...cyrillic.values()].filter((v) => /\{\{[^}]*[\u0400-\u04FF]/.test(String(v)))).toEqual([]);
  });

  it('are Cyrillic, with no Serbian word left in Latin', () => {
    const stray = [...cyrillic].flatMap(([key, value]) => strayLatin(String(value)).map((word) => `${key}: ${word}`));
    expect(stray).toEqual([]);
    // Every string with a word that is not a brand or foreign word has Cyrillic letters.
    const wordy = [...cyrillic].filter(([, value]) => /\p{L}/u.test(withoutAllowedLatin(String(value))));
    expect(wordy.length).toBeGreaterThan(50);
    for (const [key, value] of wordy) expect(String(value), key).toMatch(serbianCyrillic);
  });

  it('keep "Kompas" in Latin, with its Serbian case endings', () => {
    const ui = content.ui['sr-cyrl'] as Record<string, Record<string, string>>;
    expect(ui.meta?.siteName).toBe('Kompas');
    expect(ui.offline?.all).toBe('Сви језици су сачувани на овом уређају. Kompas ради без интернета.');
    expect(ui.notFound?.home).toBe('Идите на почетну страницу Kompasa');
    expect(ui.footer?.about).toBe('Kompas је бесплатан и независан. Заснива се на информативним документима мреже {{network}}.');
    expect(ui.footer?.network).toBe('Drug Policy Network South East Europe');
    expect(pageIds.flatMap((page) => pageTexts(cyrl[page] as PageContent)).join('\n')).not.toMatch(/Компас/);
    expect([...cyrillic.values()].join('\n')).not.toMatch(/Компас/);
  });
});

describe('Serbian Cyrillic directory', () => {
  const latin = content.directory.sr ?? [];
  const cyrillic = content.directory['sr-cyrl'] ?? [];

  it('has the same entries as Serbian Latin, in the same order', () => {
    expect(cyrillic.map((e) => e.id)).toEqual(latin.map((e) => e.id));
    expect(cyrillic.length).toBe(readdirSync('locales/directory').filter((n) => n.endsWith('.yaml')).length);
  });

  it('names every entry in Cyrillic, transliterated from its Serbian name', () => {
    for (const entry of cyrillic) {
      expect(entry.name, entry.id).toBe(latinToCyrillic(rawEntry(entry.id).name.sr?.trim() ?? ''));
      expect(strayLatin(entry.name), entry.id).toEqual([]);
      for (const text of entryTexts(entry)) expect(strayLatin(text), `${entry.id}: ${text}`).toEqual([]);
    }
    const find = (id: string) => cyrillic.find((e) => e.id === id);
    expect(find('kirs')?.name).toBe('Комесаријат за избеглице и миграције (КИРС)');
    expect(find('idc')?.name).toBe('IDC (ИРС)');
    expect(find('apc')?.name).toBe('Центар за заштиту и помоћ тражиоцима азила (APC/ЦЗА)');
    expect(find('hiv-testing-belgrade')?.address).toBe('Булевар деспота Стефана 54а, 4. спрат, Београд');
    // Only names that are wholly foreign ("Q-club") or marked ("{{latin:IDEAS}}") stay all Latin.
    const latinOnly = cyrillic.filter((e) => !serbianCyrillic.test(e.name));
    expect(latinOnly.map((e) => e.name)).toContain('Q-club');
    expect(latinOnly.map((e) => e.name)).toContain('IDEAS');
    expect(latinOnly.length).toBeLessThan(cyrillic.length / 5);
  });

  it('keeps phones, websites, e-mails and other facts unchanged', () => {
    for (const [i, entry] of cyrillic.entries()) {
      const from = latin[i] as DirectoryEntry;
      const facts = ({ phones, website, email, kind, cities, serves, sources, checked, free, anonymous, languages }: DirectoryEntry) => ({
        phones,
        website,
        email,
        kind,
        cities,
        serves,
        sources,
        checked,
        free,
        anonymous,
        languages,
      });
      expect(facts(entry), entry.id).toEqual(facts(from));
    }
    const find = (id: string) => cyrillic.find((e) => e.id === id);
    expect(find('hiv-testing-belgrade')?.phones).toEqual(['+381112078600', '+381113237351']);
    expect(find('kirs')).toMatchObject({ phones: ['+381648283171'], website: 'https://kirs.gov.rs/' });
    expect(find('unhcr')?.website).toBe('https://help.unhcr.org/serbia/');
    expect(find('re-generacija')?.email).toBe('info@regeneracija.org');
  });

  it('shows Cyrillic cards on Cyrillic pages', () => {
    const card = cyrl.violence?.entries.find((e) => e.id === 'sos-line-women');
    expect(card?.name).toBe(cyrillic.find((e) => e.id === 'sos-line-women')?.name);
    expect(card?.name).toMatch(serbianCyrillic);
    expect(card?.phones).toEqual(['+381800222003']);
  });
});

describe('{{latin:…}} markers', () => {
  const marker = /\{\{\s*(?:latin|латин)\s*:/i;

  it('never appear in any language’s loaded text: pages, cards, UI strings and the directory', () => {
    const found: string[] = [];
    for (const lang of langCodes) {
      for (const page of pageIds)
        for (const text of pageTexts(content.pages[lang]?.[page] as PageContent))
          if (marker.test(text)) found.push(`${lang}/${page}: ${text}`);
      for (const [key, value] of flattenStrings(content.ui[lang] ?? {})) if (marker.test(String(value))) found.push(`${lang}/ui ${key}`);
      for (const entry of content.directory[lang] ?? [])
        for (const text of entryTexts(entry)) if (marker.test(text)) found.push(`${lang}/directory/${entry.id}: ${text}`);
    }
    expect(found).toEqual([]);
    // The sources do use markers, so this is not vacuous.
    expect(readFileSync('locales/sr/pages/home.md', 'utf8')).toMatch(marker);
    expect(readFileSync('locales/directory/idc.yaml', 'utf8')).toMatch(marker);
  });

  it('keep their words as written in both Serbian scripts', () => {
    const home = (lang: 'sr' | 'sr-cyrl') => textsOf(content.pages[lang]?.home?.body ?? []).join(' ');
    expect(home('sr')).toContain('mreže Drug Policy Network South East Europe.');
    expect(home('sr-cyrl')).toContain('мреже Drug Policy Network South East Europe.');
    expect(content.directory.sr?.find((e) => e.id === 'idc')?.name).toBe('IDC (IRS)');
  });

  describe('wherever an editor puts them', () => {
    const roots: string[] = [];
    afterEach(() => {
      for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
    });

    function copyWithMarkers(): string {
      const root = mkdtempSync(join(tmpdir(), 'kompas-derive-'));
      cpSync('locales', join(root, 'locales'), { recursive: true });
      roots.push(root);
      const path = join(root, 'locales/sr/pages/emergency.md');
      const text = readFileSync(path, 'utf8')
        .replace(/^description: (.*)$/m, 'description: $1 Podrška mreže {{latin:Harm Reduction}}.')
        .concat(
          '\n## Pomoć mreže {{latin:Drug Policy Network}}\n\n',
          'Tekst **{{latin:Bold Words}}** i [{{latin:Link Words}}](https://example.org/) i *{{latin:Italic Words}}*.\n\n',
          '- {{latin:List Words}} stavka\n\n',
          '> [!tip]\n> {{latin:Notice Words}} savet\n',
        );
      writeFileSync(path, text);
      const entry = join(root, 'locales/directory/kirs.yaml');
      writeFileSync(entry, readFileSync(entry, 'utf8').replace(/^ {2}sr: (Državna ustanova.*)$/m, '  sr: "{{latin:Public Office}} $1"'));
      return root;
    }

    it('are removed from every text node, in Latin and in Cyrillic', () => {
      const root = copyWithMarkers();
      expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
      const loaded = loadContent(root);
      for (const lang of ['sr', 'sr-cyrl'] as const) {
        const page = loaded.pages[lang]?.emergency as PageContent;
        expect(
          pageTexts(page).filter((t) => marker.test(t) || t.includes('}}')),
          lang,
        ).toEqual([]);
      }
      const latinText = textsOf(loaded.pages.sr?.emergency?.body ?? []).join('|');
      const cyrillicText = textsOf(loaded.pages['sr-cyrl']?.emergency?.body ?? []).join('|');
      expect(latinText).toContain(
        'Pomoć mreže Drug Policy Network|Tekst |Bold Words| i |Link Words| i |Italic Words|.|List Words stavka|Notice Words savet',
      );
      expect(cyrillicText).toContain(
        'Помоћ мреже Drug Policy Network|Текст |Bold Words| и |Link Words| и |Italic Words|.|List Words ставка|Notice Words савет',
      );
      expect(loaded.pages['sr-cyrl']?.emergency?.description).toMatch(/ Подршка мреже Harm Reduction\.$/);
      expect(loaded.directory['sr-cyrl']?.find((e) => e.id === 'kirs')?.offers).toMatch(/^Public Office Државна установа/);
      expect(loaded.directory.sr?.find((e) => e.id === 'kirs')?.offers).toMatch(/^Public Office Državna ustanova/);
    });

    it('do not leak into heading anchors (the #id a page: link points to)', () => {
      const root = copyWithMarkers();
      const loaded = loadContent(root);
      for (const lang of ['sr', 'sr-cyrl'] as const) {
        const ids = (loaded.pages[lang]?.emergency?.body ?? []).flatMap((b) => (b.type === 'heading' ? [b.id] : []));
        // The heading added last: "## Pomoć mreže {{latin:Drug Policy Network}}".
        expect(ids.at(-1), lang).toBe('pomoć-mreže-drug-policy-network');
      }
    });
  });
});

describe('the real files these tests read', () => {
  it('every directory file is an entry the loader reads', () => {
    const ids = readdirSync('locales/directory')
      .filter((n) => n.endsWith('.yaml'))
      .map((n) => basename(n, '.yaml'));
    expect(new Set(content.directory['sr-cyrl']?.map((e) => e.id))).toEqual(new Set(ids));
  });
});
