import { describe, expect, it } from 'vitest';
import { languageForRoot, matchPreferredLanguage, rememberedLanguage, rememberLanguage } from '../src/features/language/choose-language';
import { languages } from '../src/i18n/languages';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('language registry', () => {
  it('has unique codes and a native name, script and html lang for each', () => {
    expect(new Set(languages.map((l) => l.code)).size).toBe(languages.length);
    for (const l of languages) {
      expect(l.nativeName.length).toBeGreaterThan(0);
      expect(['Latn', 'Cyrl']).toContain(l.script);
      expect(l.htmlLang.toLowerCase().startsWith(l.code.split('-')[0]!)).toBe(true);
    }
  });
});

describe('matchPreferredLanguage', () => {
  it.each([
    [['uk-UA', 'en'], 'uk'],
    [['ru'], 'ru'],
    [['de-DE', 'sr-Latn-RS'], 'sr'],
    [['sr'], 'sr'],
    [['EN_gb'], 'en'],
    [['fr', 'ru-RU', 'uk'], 'ru'],
  ])('%j → %s', (preferred, expected) => {
    expect(matchPreferredLanguage(preferred)).toBe(expected);
  });

  it('returns null when nothing matches, so the chooser is shown', () => {
    expect(matchPreferredLanguage(['de-DE', 'fr'])).toBeNull();
    expect(matchPreferredLanguage([])).toBeNull();
  });
});

describe('remembered language', () => {
  it('wins over the browser languages', () => {
    const storage = memoryStorage();
    rememberLanguage(storage, 'sr');
    expect(rememberedLanguage(storage)).toBe('sr');
    expect(languageForRoot(storage, ['uk'])).toBe('sr');
  });

  it('ignores an unknown stored value and falls back to the browser', () => {
    expect(languageForRoot(memoryStorage({ 'kompas.lang': 'xx' }), ['uk-UA'])).toBe('uk');
  });

  it('survives storage that throws (private mode)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(rememberedLanguage(broken)).toBeNull();
    expect(() => rememberLanguage(broken, 'en')).not.toThrow();
  });
});
