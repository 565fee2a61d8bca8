/**
 * How a word becomes a search term, the same at build time (the index) and in the browser
 * (the query): lower case, diacritics folded where readers leave them out, then a stem, so
 * "pomoc" finds "pomoć", "заечар" finds "Зајечар", "ёлка" finds "елка" and "захисту" finds "захист".
 * Serbian is indexed in Latin script, so one set of terms answers both scripts.
 */
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as russian } from '@orama/stemmers/russian';
import { stemmer as serbian } from '@orama/stemmers/serbian';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import type { LangCode } from '../../i18n/languages';

const serbianLatin: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  ђ: 'dj',
  е: 'e',
  ж: 'z',
  з: 'z',
  и: 'i',
  ј: 'j',
  к: 'k',
  л: 'l',
  љ: 'lj',
  м: 'm',
  н: 'n',
  њ: 'nj',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  ћ: 'c',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'c',
  ч: 'c',
  џ: 'dz',
  ш: 's',
  // A reader with a Russian or Ukrainian keyboard types these for Serbian words.
  й: 'j',
  ы: 'i',
  э: 'e',
  ё: 'e',
  є: 'e',
  і: 'i',
  ї: 'i',
  я: 'ja',
  ю: 'ju',
  щ: 's',
  ь: '',
  ъ: '',
};

/** Strips accents: č→c, ć→c, š→s, ž→z, é→e; đ (which has no accent to strip) becomes "dj", as readers type it. */
const foldLatin = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'dj');

const toSerbianLatin = (word: string) => word.replace(/[\u0400-\u04ff]/g, (letter) => serbianLatin[letter] ?? letter);

/** Cyrillic: ё is written е by most readers; a stress mark (U+0301) is dropped. й and ї stay letters. */
const foldCyrillic = (word: string) => word.replace(/ё/g, 'е').replace(/\u0301/g, '');

type Fold = (word: string) => string;

/** What happens to a lower-case word before stemming: a stem starts with the folded word's first letters. */
export function foldFor(lang: LangCode): Fold {
  switch (lang) {
    case 'uk':
    case 'ru':
      return foldCyrillic;
    case 'sr':
    case 'sr-cyrl':
      return (word) => foldLatin(toSerbianLatin(word));
    case 'en':
      return foldLatin;
  }
}

const stemmers: Record<LangCode, (word: string) => string> = {
  uk: ukrainian,
  ru: russian,
  // Folded after stemming too: the stemmer may put diacritics back.
  sr: (word) => foldLatin(serbian(word)),
  'sr-cyrl': (word) => foldLatin(serbian(word)),
  en: english,
};

/** MiniSearch's processTerm for a language: null drops the word (too short to mean anything). */
export function termProcessor(lang: LangCode): (term: string) => string | null {
  const fold = foldFor(lang);
  const stem = stemmers[lang];
  return (term) => {
    const word = term.toLowerCase();
    if (word.length < 2 && !/\d/.test(word)) return null;
    return stem(fold(word)) || null;
  };
}

/** Words as MiniSearch splits them (spaces and punctuation), kept with their separators for marking. */
export const wordPattern = /[\p{L}\p{N}\p{M}]+/gu;
