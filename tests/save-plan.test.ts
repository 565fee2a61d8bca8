import { describe, expect, it } from 'vitest';
import { groupOf, groupOrder, isPack, isPacked, isPage, progressOf, savedFiles, versionOf } from '../src/pwa/save-plan';

const manifest = [
  { url: './', revision: '1' },
  { url: 'assets/index-abc.js', revision: null },
  { url: 'uk/', revision: '2' },
  { url: 'uk/emergency', revision: '3' },
  { url: 'uk/404.html', revision: '4' },
  { url: 'sr/emergency', revision: '5' },
  { url: 'sr-cyrl/emergency', revision: '6' },
  { url: 'assets/content/sr-cyrl-ui-x.js', revision: null },
  { url: 'assets/content/sr-ui-y.js', revision: null },
  { url: 'assets/pack/uk-0a.json', revision: null },
  { url: 'assets/pack/sr-cyrl-0b.json', revision: null },
];

describe('save plan', () => {
  it('puts each file in its language, Serbian Cyrillic apart from Latin, the rest shared', () => {
    expect(groupOf('sr-cyrl/emergency')).toBe('sr-cyrl');
    expect(groupOf('sr/emergency')).toBe('sr');
    expect(groupOf('assets/content/sr-cyrl-ui-x.js')).toBe('sr-cyrl');
    expect(groupOf('assets/content/sr-ui-y.js')).toBe('sr');
    expect(groupOf('assets/pack/sr-cyrl-0b.json')).toBe('sr-cyrl');
    expect(groupOf('assets/search/sr-cyrl-0c.js')).toBe('sr-cyrl');
    expect(groupOf('assets/search/sr-0d.js')).toBe('sr');
    expect(groupOf('go/asylum')).toBe('shared');
    expect(groupOf('./')).toBe('shared');
    expect(groupOf('assets/index-abc.js')).toBe('shared');
  });

  it('tells pages from files and packs', () => {
    expect(['./', 'uk/', 'uk/emergency', 'uk/404.html'].every(isPage)).toBe(true);
    expect(['assets/index-abc.js', 'manifest.webmanifest', 'assets/pack/uk-0a.json'].some(isPage)).toBe(false);
    expect(isPack('assets/pack/uk-0a.json')).toBe(true);
    expect(['uk/emergency', 'assets/content/uk-ui-1.js', 'assets/search/uk-2.js'].every(isPacked)).toBe(true);
    expect(['assets/index-abc.js', 'assets/pack/uk-0a.json', 'assets/engine-3.js'].some(isPacked)).toBe(false);
    expect(savedFiles(manifest).some((e) => isPack(e.url))).toBe(false);
  });

  it('saves the reader’s language first, then the shared files, then the others', () => {
    expect(groupOrder('sr')).toEqual(['sr', 'shared', 'uk', 'ru', 'sr-cyrl', 'en']);
    expect(groupOrder(null)[0]).toBe('shared');
  });

  it('calls a language complete only with its files and the shared ones all cached', () => {
    const have = new Set(['./', 'uk/', 'uk/emergency', 'uk/404.html', 'sr/emergency', 'assets/content/sr-ui-y.js']);
    expect(progressOf(manifest, (url) => have.has(url))).toMatchObject({ saved: 6, total: 9, complete: [], all: false });
    have.add('assets/index-abc.js');
    expect(progressOf(manifest, (url) => have.has(url)).complete).toEqual(['uk', 'ru', 'sr', 'en']);
    have.add('sr-cyrl/emergency');
    have.add('assets/content/sr-cyrl-ui-x.js');
    expect(progressOf(manifest, (url) => have.has(url))).toMatchObject({ saved: 9, all: true });
  });

  it('gives each version of the manifest a cache of its own', () => {
    expect(versionOf(manifest)).toBe(versionOf([...manifest]));
    expect(versionOf(manifest)).not.toBe(versionOf([{ ...manifest[0]!, revision: '9' }, ...manifest.slice(1)]));
  });
});
