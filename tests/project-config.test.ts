/** The project's own configuration: files it names exist, and CI installs what the tests need. */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

describe('tsconfig files', () => {
  it.each(['tsconfig.json', 'src/pwa/tsconfig.json'])('%s names only files and folders that exist', (config) => {
    const { include = [], files = [], exclude = [] } = JSON.parse(readFileSync(config, 'utf8')) as Record<string, string[]>;
    const named = [...include, ...files, ...exclude].filter((entry) => !/[*?]/.test(entry));
    expect(named.length).toBeGreaterThan(0);
    for (const entry of named) expect(existsSync(join(dirname(config), entry)), `${config} names "${entry}"`).toBe(true);
  });
});

describe('.ci/run', () => {
  const script = readFileSync('.ci/run', 'utf8');
  const condition = /^if (.*pdftoppm.*); then$/m.exec(script)?.[1] ?? '';
  const stubs = mkdtempSync(join(tmpdir(), 'kompas-ci-'));
  afterAll(() => rmSync(stubs, { recursive: true, force: true }));

  /** Runs the script's own install condition with only the given programs on PATH. */
  function installs(programs: string[], chromePath: string): boolean {
    const bin = mkdtempSync(join(stubs, 'bin-'));
    for (const name of programs) {
      writeFileSync(join(bin, name), '#!/bin/sh\n');
      chmodSync(join(bin, name), 0o755);
    }
    const out = execFileSync('/bin/bash', ['-c', `if ${condition}; then echo install; else echo skip; fi`], {
      env: { PATH: bin, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
      encoding: 'utf8',
    });
    return out.trim() === 'install';
  }

  it('groups its install condition, so "&&" and "||" cannot be misread', () => {
    expect(condition).toContain('pdftoppm');
    const outsideGroups = condition.replace(/\{\s.*?;\s*\}/g, 'GROUP');
    expect(outsideGroups.includes('&&') && outsideGroups.includes('||'), outsideGroups).toBe(false);
  });

  it.each<[string, string[], string, boolean]>([
    ['nothing is there', [], '', true],
    ['both programs are there', ['chromium', 'pdftoppm'], '', false],
    ['CHROME_PATH is set and pdftoppm is there', ['pdftoppm'], '/opt/chrome', false],
    ['chromium is missing (no CHROME_PATH)', ['pdftoppm'], '', true],
    ['pdftoppm is missing', ['chromium'], '', true],
    ['pdftoppm is missing, CHROME_PATH set', [], '/opt/chrome', true],
    ['CHROME_PATH is set and chromium is there, pdftoppm missing', ['chromium'], '/opt/chrome', true],
    ['CHROME_PATH is set and both are there', ['chromium', 'pdftoppm'], '/opt/chrome', false],
  ])('installs packages when %s', (_case, programs, chromePath, expected) => {
    expect(installs(programs, chromePath)).toBe(expected);
  });
});
