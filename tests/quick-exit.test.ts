import { describe, expect, it } from 'vitest';
import { createExitKeys, type KeyLike, shiftWindowMs } from '../src/features/quick-exit/exit-keys';
import { isSensitivePath, shouldReplaceHistory } from '../src/features/quick-exit/sensitive';

const key = (name: string, extra: Partial<KeyLike> = {}): KeyLike => ({
  key: name,
  repeat: false,
  defaultPrevented: false,
  target: null,
  ...extra,
});

function keysAt(times: number[]) {
  let i = 0;
  return createExitKeys(() => times[i++] ?? 0);
}

describe('quick exit keys', () => {
  it('leaves on the third Shift in a row and says how many presses are left before', () => {
    const keys = keysAt([0, 100, 200]);
    expect(keys(key('Shift'))).toEqual({ kind: 'progress', remaining: 2 });
    expect(keys(key('Shift'))).toEqual({ kind: 'progress', remaining: 1 });
    expect(keys(key('Shift'))).toEqual({ kind: 'exit' });
  });

  it('starts counting again after another key, a held key, or a pause', () => {
    // The clock is read once per counted press.
    const keys = keysAt([0, 100, 200, 300, 300 + shiftWindowMs + 1]);
    keys(key('Shift'));
    keys(key('Shift'));
    expect(keys(key('a'))).toEqual({ kind: 'reset' });
    expect(keys(key('Shift'))).toEqual({ kind: 'progress', remaining: 2 });
    expect(keys(key('Shift', { repeat: true }))).toEqual({ kind: 'none' });
    expect(keys(key('Shift'))).toEqual({ kind: 'progress', remaining: 1 });
    // A pause longer than the window: this press starts a new count.
    expect(keys(key('Shift'))).toEqual({ kind: 'progress', remaining: 2 });
  });

  it('leaves on Escape unless the page used it or asks to keep it', () => {
    expect(createExitKeys()(key('Escape'))).toEqual({ kind: 'exit' });
    expect(createExitKeys()(key('Escape', { defaultPrevented: true }))).toEqual({ kind: 'none' });
    expect(createExitKeys()(key('Escape'), false)).toEqual({ kind: 'none' });
  });
});

describe('sensitive pages', () => {
  it('knows the pages whose presence in history could put a reader at risk, in every language', () => {
    for (const path of ['/uk/violence', '/ru/lgbti', '/sr/sex-work', '/sr-cyrl/drugs', '/en/hiv', '/en/browse-safely', '/go/violence'])
      expect(isSensitivePath(path), path).toBe(true);
    // Directory lists filtered to a sensitive group, and search (the query is in the address).
    for (const path of [
      '/uk/directory/all/lgbti',
      '/en/directory/nis/sex-workers',
      '/ru/directory/belgrade/hiv',
      '/go/directory/all/drugs',
      '/sr/search',
    ])
      expect(isSensitivePath(path), path).toBe(true);
    for (const path of ['/uk/', '/', '/en/emergency', '/uk/directory', '/uk/directory/duga', '/en/poster', '/uk/directory/belgrade/all'])
      expect(isSensitivePath(path), path).toBe(false);
  });

  it('replaces history when going to or leaving a sensitive page', () => {
    expect(shouldReplaceHistory('/uk/', '/uk/violence')).toBe(true);
    expect(shouldReplaceHistory('/uk/violence', '/uk/emergency')).toBe(true);
    expect(shouldReplaceHistory('/uk/', '/uk/emergency')).toBe(false);
  });
});
