import { brotliCompressSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { termProcessor } from '../src/features/search/normalize';
import { searchIn } from '../src/features/search/query';
import { type LangCode, langCodes } from '../src/i18n/languages';
import queries from './fixtures/search-queries.json';
import { indexFor } from './support/search-index';

const fixture = queries as unknown as Record<LangCode, { q: string; first: string; why: string }[]>;

describe('search terms', () => {
  it('fold case, diacritics, ё and the Serbian scripts into one term', () => {
    const sr = termProcessor('sr');
    expect(sr('pomoc')).toBe(sr('Pomoć'));
    expect(sr('Зајечар')).toBe(sr('zajecar'));
    expect(sr('заштиту')).toBe(sr('zaštita'));
    expect(termProcessor('ru')('ёлка')).toBe(termProcessor('ru')('елка'));
    expect(termProcessor('uk')('захисту')).toBe(termProcessor('uk')('захист'));
  });
});

describe.each(langCodes)('search in %s (the same index the build makes)', (lang) => {
  const { json, index } = indexFor(lang);

  it('stays within 40 kB brotli', () => {
    const size = brotliCompressSync(Buffer.from(`export default ${JSON.stringify(json)};`), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    expect(size).toBeLessThan(40 * 1024);
  });

  it('has at least ten reader queries, and each finds the expected page or entry first', () => {
    expect(fixture[lang].length).toBeGreaterThanOrEqual(10);
    for (const { q, first } of fixture[lang]) {
      const top = searchIn(index, lang, q)[0];
      expect(top?.url.split('#')[0], `"${q}"`).toBe(first);
      const marked = [...(top?.title ?? []), ...(top?.snippet ?? [])].filter((piece) => piece.match);
      expect(marked.length, `"${q}" marks the matching words`).toBeGreaterThan(0);
    }
  });
});
