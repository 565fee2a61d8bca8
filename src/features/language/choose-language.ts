import { isLangCode, type LangCode } from '../../i18n/languages';

/**
 * Picks the first of the browser's preferred languages that Kompas has,
 * or null when none matches (the reader then sees the chooser).
 * Only the primary subtag counts: "uk-UA" is Ukrainian, "sr-Latn-RS" and "sr" are Serbian.
 */
export function matchPreferredLanguage(preferred: readonly string[]): LangCode | null {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLangCode(primary)) return primary;
  }
  return null;
}

const storageKey = 'kompas.lang';

/** The language the reader chose on this device, if any. Local storage only: no cookie. */
export function rememberedLanguage(storage: Pick<Storage, 'getItem'> | undefined): LangCode | null {
  try {
    const value = storage?.getItem(storageKey);
    return value && isLangCode(value) ? value : null;
  } catch {
    return null;
  }
}

export function rememberLanguage(storage: Pick<Storage, 'setItem'> | undefined, lang: LangCode): void {
  try {
    storage?.setItem(storageKey, lang);
  } catch {
    // Private mode or storage full: the choice is simply not remembered.
  }
}

/** Where "/" should send the reader: a remembered choice wins over the browser's languages. */
export function languageForRoot(storage: Pick<Storage, 'getItem'> | undefined, preferred: readonly string[]): LangCode | null {
  return rememberedLanguage(storage) ?? matchPreferredLanguage(preferred);
}
