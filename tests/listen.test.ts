import { describe, expect, it } from 'vitest';
import { voiceFor } from '../src/features/listen/voices';

const voice = (lang: string, localService = true, isDefault = false) => ({ lang, localService, default: isDefault, name: lang });

describe('the voice that reads a page', () => {
  it('matches the language, whatever the region or separator', () => {
    expect(voiceFor([voice('en-US'), voice('uk-UA')], 'uk')?.lang).toBe('uk-UA');
    expect(voiceFor([voice('ru_RU')], 'ru')?.lang).toBe('ru_RU');
    expect(voiceFor([voice('en-GB')], 'uk')).toBeUndefined();
  });

  it('prefers a Serbian voice for the page’s script, and takes any Serbian voice otherwise', () => {
    expect(voiceFor([voice('sr-RS'), voice('sr-Latn-RS')], 'sr-Latn')?.lang).toBe('sr-Latn-RS');
    expect(voiceFor([voice('sr-RS')], 'sr-Latn')?.lang).toBe('sr-RS');
    expect(voiceFor([voice('sr-RS')], 'sr-Cyrl')?.lang).toBe('sr-RS');
  });

  it('never uses a network voice: it would send the page’s text to another company', () => {
    expect(voiceFor([voice('uk-UA', false)], 'uk')).toBeUndefined();
  });
});
