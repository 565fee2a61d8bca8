import { describe, expect, it } from 'vitest';
import { wrap } from '../src/features/posters/poster-svg';

/** wrap's line length in characters: the width over the font size times the average glyph width, at least 8. */
const chars = (width: number, fontSize: number, glyph = 0.58) => Math.max(8, Math.floor(width / (fontSize * glyph)));

describe('wrap', () => {
  it('keeps a short text on one line', () => {
    expect(wrap('Scan the code', 100, 5)).toEqual(['Scan the code']);
  });

  it('gives no line for empty or blank text', () => {
    expect(wrap('', 100, 5)).toEqual([]);
    expect(wrap('  \n\t ', 100, 5)).toEqual([]);
  });

  it('breaks between words, filling each line as far as it fits', () => {
    expect(chars(58, 10)).toBe(10);
    expect(wrap('one two three four five six', 58, 10)).toEqual(['one two', 'three four', 'five six']);
  });

  it('fits a word that ends exactly at the line length', () => {
    expect(wrap('abcd efghi jk', 58, 10)).toEqual(['abcd efghi', 'jk']);
  });

  it('joins words with one space, whatever spaces or line breaks were between them', () => {
    expect(wrap('  one \n two\t\tthree  ', 100, 5)).toEqual(['one two three']);
  });

  it('splits a word longer than a line, starting it on a line of its own', () => {
    expect(wrap('go abcdefghijklmnopqrstuvwxyz now', 58, 10)).toEqual(['go', 'abcdefghij', 'klmnopqrst', 'uvwxyz now']);
  });

  it('counts characters, not UTF-16 units, so emoji and Cyrillic are never cut in half', () => {
    const lines = wrap('🧭'.repeat(25), 58, 10);
    expect(lines).toEqual(['🧭'.repeat(10), '🧭'.repeat(10), '🧭'.repeat(5)]);
    expect(wrap('Скенирајте код телефоном', 58, 10)).toEqual(['Скенирајте', 'код', 'телефоном']);
  });

  it('never makes lines shorter than 8 characters, however narrow the space', () => {
    expect(chars(1, 10)).toBe(8);
    expect(wrap('abcdefghijkl', 1, 10)).toEqual(['abcdefgh', 'ijkl']);
  });

  it('lets wide glyphs (a larger glyph width) take fewer characters per line', () => {
    expect(wrap('aaaa bbbb cccc dddd', 80, 10, 0.5)).toEqual(['aaaa bbbb cccc', 'dddd']);
    expect(wrap('aaaa bbbb cccc dddd', 80, 10, 1)).toEqual(['aaaa', 'bbbb', 'cccc', 'dddd']);
  });

  it('keeps every word, in order, with no line longer than the line length', () => {
    const text = 'Kompas: clear, checked information about your rights, health care and support in Serbia';
    for (const width of [40, 60, 120, 400]) {
      const lines = wrap(text, width, 6);
      expect(lines.join(' ')).toBe(text);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(chars(width, 6));
    }
  });
});
