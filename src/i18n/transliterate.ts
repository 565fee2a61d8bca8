/**
 * Build-time Serbian Latin → Serbian Cyrillic transliteration, used to generate the
 * Cyrillic edition from the Latin content. Deterministic, no dependencies.
 *
 * The text is split into protected spans, which are copied exactly, and words, which
 * are transliterated letter by letter (lj, nj, dž become one letter). Everything else
 * (digits, phone numbers, punctuation, whitespace, Cyrillic) passes through unchanged.
 *
 * Apply it to text values (frontmatter values, Markdown bodies), not to YAML keys.
 */

import { splitLangMarkers } from './lang-markers';

/** Serbian Latin letter → Cyrillic letter, lower case. Upper case is derived. */
const LETTERS: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
  // The Unicode digraph characters (U+01C4–U+01CC), in case an editor pastes them.
  ǆ: 'џ',
  ǉ: 'љ',
  ǌ: 'њ',
};

/** Two Latin letters that are one Cyrillic letter. */
const DIGRAPHS: Readonly<Record<string, string>> = { lj: 'љ', nj: 'њ', dž: 'џ' };

/**
 * Stems in which "dž" or "nj" are two letters, not a digraph; "|" marks the boundary.
 * Matched anywhere in a word, case-insensitively, so inflected forms are covered.
 */
const SPLIT_DIGRAPHS: readonly string[] = [
  'nad|živ', // nad + živeti: nadživeti, nadživljavati → надживети
  'nad|žnje', // nad + žnjeti: nadžnjeti → наджњети
  'od|živ', // od + živeti: odživeti → одживети
  'od|žal', // od + žaliti: odžaliti → оджалити
  'pod|žanr', // pod + žanr: podžanr → поджанр
  'pod|žar', // pod + žariti: podžariti, podžarivati → поджарити
  'pod|želud', // pod + želudac: podželudačna žlezda → поджелудачна
  'pod|župan', // pod + župan: podžupan → поджупан
  'pred|želud', // pred + želudac: predželudac → преджелудац
  'in|jek', // Latin in + jacere: injekcija, injektor → инјекција
  'in|jic', // injicirati → инјицирати
  'kon|junk', // Latin con + jungere: konjunkcija, konjunktura, konjunktivitis → конјункција
  'kon|jug', // konjugacija → конјугација
  'van|jez', // van + jezički: vanjezički → ванјезички
];

/**
 * Latin-script names that stay in Latin in the Cyrillic edition: the app's own name,
 * names of services, and international organisations whose Latin acronym is used in
 * Serbian Cyrillic text too. Serbian acronyms (KIRS, MUP, RFZO) and common medical
 * ones (HIV → ХИВ, LGBTI+ → ЛГБТИ+) are not here: Cyrillic texts write them in Cyrillic.
 * Words with q, w, x, y or other non-Serbian letters stay Latin anyway (see isForeign).
 */
const LATIN_NAMES: readonly string[] = [
  'Kompas', // the app's name stays Latin in every edition
  'eUprava', // the government e-services portal, a brand name
  'eTurista', // the foreigners' registration portal, a brand name
  'UNHCR', // international organisations: Latin acronyms
  'IOM',
  'UNAIDS',
  'UNODC',
  'DPNSEE',
  'COBATEST',
  'Zoom', // apps and services
  'Viber',
  'Telegram',
  'WhatsApp',
  'Google',
];

/**
 * All-capital abbreviations that contain a letter outside the Serbian alphabet, with their
 * Cyrillic spelling. The rule: an all-capital abbreviation of Serbian letters is transliterated
 * like any word (KIRS → КИРС, LGBTI → ЛГБТИ); one with q, w, x or y stays Latin (QR, WHO)
 * unless it is listed here, so that LGBTIQ reads ЛГБТИК next to ЛГБТИ+. A brand name that must
 * stay Latin goes in LATIN_NAMES or in a {{latin:…}} marker instead.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  LGBTIQ: 'ЛГБТИК',
  LGBTQ: 'ЛГБТК',
  LGBTQI: 'ЛГБТКИ',
};

/** Case endings a Latin name may take without a hyphen ("Kompasa", "eUprave"); the whole word then stays Latin. */
const CASE_ENDINGS = new Set(['a', 'e', 'i', 'u', 'om', 'em', 'ama', 'ima', 'ovi', 'ove', 'ova', 'ovima']);

/** Roman numerals of I and V (II, III, IV, VI…) stay Latin; a lone "I" is the word "и". X makes a word foreign anyway. */
const ROMAN_NUMERAL = /^(?:I{2,3}|IV|VI{1,3})$/;

/** Domain endings that make "name.name.ending" a domain name to copy exactly. */
const TLDS =
  'rs|org|com|net|gov|edu|int|eu|info|io|app|lgbt|me|ba|hr|mk|si|al|ua|ru|by|md|ge|am|az|kz|hu|ro|bg|gr|tr|de|at|ch|uk|us|fr|it|nl|pl|cz|sk';

/** Foreign words marked by editors: {{latin:Drug Policy Network South East Europe}}. */
const MARKER = String.raw`\{\{latin:([\s\S]*?)\}\}`;
const NOT_URL_END = String.raw`[^\s<>"'()\[\]{}]`;

/** Spans copied exactly, tried in this order. */
const PROTECTED: readonly string[] = [
  String.raw`\]\([^)\s]*\)`, // Markdown link target: ](page:home), ](tel:+381…), ](https://…)
  String.raw`\[![a-z]+\]`, // Markdown notice: > [!important]
  String.raw`(?:https?:\/\/|www\.|mailto:|tel:)${NOT_URL_END}+`, // URLs
  String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`, // e-mail addresses
  // Domain names with an optional path: kirs.gov.rs, help.unhcr.org/serbia
  String.raw`(?<![\p{L}\p{N}.@-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:${TLDS})(?![\p{L}\p{N}-])(?:\/${NOT_URL_END}*)?`,
];

/** Group 1: marker content; group 2: protected span; group 3: a word, hyphenated compounds as one. */
const TOKEN = new RegExp(`${MARKER}|(${PROTECTED.join('|')})|([\\p{L}\\p{M}]+(?:[-'’][\\p{L}\\p{M}]+)*)`, 'giu');

export function latinToCyrillic(text: string): string {
  // A {{sr:…}} fragment is Serbian like its surroundings: it is converted and loses its marker.
  // {{en:…}}, {{uk:…}} and {{ru:…}} fragments are another language: copied exactly, marker and all.
  if (!text.includes('{{')) return convertText(text);
  return splitLangMarkers(text)
    .map((part) => (part.lang === undefined || part.lang === 'sr' ? convertText(part.text) : `{{${part.lang}:${part.text}}}`))
    .join('');
}

function convertText(text: string): string {
  return text.replace(TOKEN, (match, marked: string | undefined, kept: string | undefined, word: string | undefined) => {
    if (marked !== undefined) return marked;
    if (kept !== undefined || word === undefined) return match;
    return convertCompound(word);
  });
}

/** Removes {{latin:…}} markers, keeping their content: for the Latin edition. */
export function stripLatinMarkers(text: string): string {
  return text.replace(new RegExp(MARKER, 'g'), '$1');
}

/** A word or a hyphenated compound ("UNHCR-om", "Q-club"). */
function convertCompound(compound: string): string {
  const pieces = compound.split(/([-'’])/); // words at even indices, separators at odd
  const words = pieces.filter((_, i) => i % 2 === 0).map((w) => w.normalize('NFC'));
  if (words.some((w) => isForeign(w) && !isLatinName(w) && ABBREVIATIONS[w] === undefined)) return compound;
  const convert = (w: string) => ABBREVIATIONS[w] ?? (isLatinName(w) || ROMAN_NUMERAL.test(w) ? w : convertWord(w));
  return words.map((w, i) => convert(w) + (pieces[2 * i + 1] ?? '')).join('');
}

/** True if the word has a Latin letter outside the Serbian alphabet (q, w, x, y, ä, é…). */
function isForeign(word: string): boolean {
  return [...word].some((ch) => /\p{Script=Latin}/u.test(ch) && LETTERS[ch.toLowerCase()] === undefined);
}

function isLatinName(word: string): boolean {
  return LATIN_NAMES.some((name) => {
    if (word === name || word === name.toUpperCase()) return true;
    const stem = name.replace(/a$/, '');
    return word.startsWith(stem) && CASE_ENDINGS.has(word.slice(stem.length));
  });
}

/** Transliterates one NFC-normalised word with no foreign letters. */
function convertWord(word: string): string {
  const lower = word.toLowerCase(); // same length: foreign letters such as İ never get here
  const splits = new Set<number>(); // index of the first letter of a pair that is not a digraph
  for (const stem of SPLIT_DIGRAPHS) {
    const plain = stem.replace('|', '');
    for (let at = lower.indexOf(plain); at >= 0; at = lower.indexOf(plain, at + 1)) splits.add(at + stem.indexOf('|') - 1);
  }
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] ?? '';
    const upper = ch !== ch.toLowerCase();
    const digraph = splits.has(i) ? undefined : DIGRAPHS[lower.slice(i, i + 2)];
    if (digraph !== undefined) {
      out += upper ? digraph.toUpperCase() : digraph; // "Lj" and "LJ" are both Љ
      i++;
      continue;
    }
    const letter = LETTERS[ch.toLowerCase()];
    out += letter === undefined ? ch : upper ? letter.toUpperCase() : letter;
  }
  return out;
}
