/** Throwaway copies of the real locales/, broken or changed on purpose by content tests. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { checkContent } from '../../src/build/content/check';
import { formatProblem } from '../../src/build/content/problems';

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

export function copyOfContent(): string {
  const root = mkdtempSync(join(tmpdir(), 'kompas-content-'));
  cpSync('locales', join(root, 'locales'), { recursive: true });
  roots.push(root);
  return root;
}

/** Changes one file; the change must take, or the test would prove nothing. */
export function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  expect(after, `the test's edit must change ${file}`).not.toBe(before);
  writeFileSync(path, after);
}

export const problemsOf = (root: string) => checkContent(root).problems.map(formatProblem);
