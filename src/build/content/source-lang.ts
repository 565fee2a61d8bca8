/**
 * A source's `lang` (locales/sources/*.yaml): the language its title is written in, which is
 * the source's own language. The page marks the title with it, so a screen reader reads a
 * Serbian title with a Serbian voice on a Ukrainian page. Kept apart from the loader so the
 * schema can change around it.
 */

/** Languages written in Cyrillic, by BCP 47 tag. Serbian must name its script: sr-Latn or sr-Cyrl. */
const cyrillic = new Set(['uk', 'ru', 'sr-Cyrl', 'bg', 'mk', 'be']);
const tag = /^(?:sr-(?:Latn|Cyrl)|(?!sr$)[a-z]{2,3})$/;

/** Why a source's lang is wrong for its title, or null when it fits. */
export function sourceLangProblem(lang: unknown, title: string): string | null {
  if (typeof lang !== 'string' || !tag.test(lang))
    return 'a source needs "lang": the language of the source and its title, e.g. en, uk, ru, sr-Latn or sr-Cyrl';
  const letters = [...title].filter((ch) => /\p{L}/u.test(ch));
  const cyr = letters.filter((ch) => /\p{Script=Cyrillic}/u.test(ch)).length;
  const wantCyrillic = cyrillic.has(lang);
  // Most letters must be in the script of the language; a Latin brand name in a Cyrillic title is fine.
  if (wantCyrillic ? cyr * 2 < letters.length : cyr * 2 > letters.length)
    return `the title is not written in ${lang} (${wantCyrillic ? 'Cyrillic' : 'Latin'} script): write the source's own title, in its language`;
  return null;
}
