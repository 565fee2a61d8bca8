import { describe, expect, it } from 'vitest';
import { textTransform } from '../src/build/content/derive';
import { parseMarkdownPage } from '../src/build/content/parse-markdown';
import { loadSources } from '../src/build/content/sources';
import { mapTexts } from '../src/content/walk';
import { fragmentLang, splitLangMarkers, stripLangMarkers } from '../src/i18n/lang-markers';
import { formatDate, formatSourceDate } from '../src/lib/format-date';

describe('{{sr:…}} markers', () => {
  it('split text into plain parts and marked fragments', () => {
    expect(splitLangMarkers('Комісаріат ({{sr:Komesarijat za izbeglice i migracije}}) і {{en:drug checking}}.')).toEqual([
      { text: 'Комісаріат (' },
      { text: 'Komesarijat za izbeglice i migracije', lang: 'sr' },
      { text: ') і ' },
      { text: 'drug checking', lang: 'en' },
      { text: '.' },
    ]);
    expect(stripLangMarkers('a {{sr:b}} c')).toBe('a b c');
  });

  it('mark Serbian as sr-Latn on other pages and leave it unmarked on Serbian pages', () => {
    expect(fragmentLang('sr', 'uk')).toBe('sr-Latn');
    expect(fragmentLang('sr', 'en')).toBe('sr-Latn');
    expect(fragmentLang('sr', 'sr')).toBeUndefined();
    expect(fragmentLang('sr', 'sr-cyrl')).toBeUndefined();
    expect(fragmentLang('en', 'sr-cyrl')).toBe('en');
    expect(fragmentLang('en', 'en')).toBeUndefined();
  });

  it('become lang nodes in the content tree, and follow the page into Cyrillic only when Serbian', () => {
    const md = '---\ntitle: T\ndescription: D\n---\n\nPitajte {{sr:centar za socijalni rad}} ili {{en:Drug Policy Network}}.\n';
    const { page, problems } = parseMarkdownPage(md, 'x.md');
    expect(problems).toEqual([]);
    expect(page.body).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Pitajte ' },
          { type: 'lang', lang: 'sr', children: [{ type: 'text', text: 'centar za socijalni rad' }] },
          { type: 'text', text: ' ili ' },
          { type: 'lang', lang: 'en', children: [{ type: 'text', text: 'Drug Policy Network' }] },
          { type: 'text', text: '.' },
        ],
      },
    ]);
    expect(JSON.stringify(mapTexts(page.body, textTransform('sr-cyrl')))).toContain('"центар за социјални рад"');
    expect(JSON.stringify(mapTexts(page.body, textTransform('sr-cyrl')))).toContain('"Drug Policy Network"');
  });
});

describe('dates in the page language', () => {
  it('formats full, month-only, approximate and year-range dates', () => {
    expect(formatDate('2025-10-31', 'uk')).toBe('31 жовтня 2025 р.');
    expect(formatDate('2025-10-31', 'en')).toBe('31 October 2025');
    expect(formatSourceDate('2012-01', 'uk')).toBe('січень 2012 р.');
    expect(formatSourceDate('2012-01', 'ru')).toBe('январь 2012 г.');
    expect(formatSourceDate('≈ 2024-03', 'uk')).toBe('≈ березень 2024 р.');
    expect(formatSourceDate('≈ 2024-03', 'sr')).toBe('≈ mart 2024.');
    expect(formatSourceDate('≈ 2024-03', 'sr-cyrl')).toBe('≈ март 2024.');
    expect(formatSourceDate('≈ 2024-03', 'en')).toBe('≈ March 2024');
    expect(formatSourceDate('2017–2018', 'ru')).toBe('2017–2018');
    expect(formatSourceDate('nd', 'ru')).toBeNull();
  });

  it('leaves no English month in any source date', () => {
    const sources = [...loadSources(process.cwd(), []).values()];
    for (const lang of ['uk', 'ru', 'sr', 'sr-cyrl'] as const)
      for (const source of sources)
        expect(formatSourceDate(source.date, lang) ?? '', `${source.id} in ${lang}`).not.toMatch(
          /January|February|March|April|May|June|July|August|September|October|November|December|year/,
        );
  });
});
