/**
 * The one language registry. Everything that needs to know which languages
 * exist (URLs, the chooser, the content check, the prerender step, the service
 * worker's not-found routing) reads this list.
 */
export interface Language {
  /** URL prefix and key in locales/. */
  code: string;
  /** The language's name in its own language and script. */
  nativeName: string;
  englishName: string;
  script: 'Latn' | 'Cyrl';
  /** Value of <html lang>, a BCP 47 tag. */
  htmlLang: string;
  dir: 'ltr' | 'rtl';
  /** Generated at build time from another language's content (Serbian Cyrillic from Serbian Latin). */
  derivedFrom?: string;
}

export const languages = [
  { code: 'uk', nativeName: 'Українська', englishName: 'Ukrainian', script: 'Cyrl', htmlLang: 'uk', dir: 'ltr' },
  { code: 'ru', nativeName: 'Русский', englishName: 'Russian', script: 'Cyrl', htmlLang: 'ru', dir: 'ltr' },
  { code: 'sr', nativeName: 'Srpski', englishName: 'Serbian (Latin)', script: 'Latn', htmlLang: 'sr-Latn', dir: 'ltr' },
  {
    code: 'sr-cyrl',
    nativeName: 'Српски',
    englishName: 'Serbian (Cyrillic)',
    script: 'Cyrl',
    htmlLang: 'sr-Cyrl',
    dir: 'ltr',
    derivedFrom: 'sr',
  },
  { code: 'en', nativeName: 'English', englishName: 'English', script: 'Latn', htmlLang: 'en', dir: 'ltr' },
] as const satisfies readonly Language[];

export type LangCode = (typeof languages)[number]['code'];

/** English is the language content is written in first; the others translate it. */
export const sourceLanguage: LangCode = 'en';

export const langCodes: readonly LangCode[] = languages.map((l) => l.code);

export function isLangCode(value: string): value is LangCode {
  return (langCodes as readonly string[]).includes(value);
}

/** Languages whose content editors write; the others are generated from them. */
export const editedLangCodes: readonly LangCode[] = languages.filter((l) => !('derivedFrom' in l)).map((l) => l.code);

/** The language whose files a language's content is read from (itself, unless generated). */
export function contentSourceOf(code: LangCode): LangCode {
  const language = getLanguage(code);
  return language.derivedFrom && isLangCode(language.derivedFrom) ? language.derivedFrom : code;
}

export function getLanguage(code: LangCode): Language {
  const found = languages.find((l) => l.code === code);
  if (!found) throw new Error(`Unknown language: ${code}`);
  return found;
}
