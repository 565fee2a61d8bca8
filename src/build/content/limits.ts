/**
 * Limits checked before any content is parsed: a file too large to be one page or entry
 * (the PWA build would otherwise fail late, or silently precache without it), and
 * bidirectional override or isolate characters, which can show a phone number reversed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from './problems';

/** A page or directory entry of more than this is certainly a mistake (the longest today is ~15 kB). */
export const maxContentBytes = 200 * 1024;

/** U+202A–U+202E (embeddings, overrides) and U+2066–U+2069 (isolates). */
export const bidiControl = /[\u202a-\u202e\u2066-\u2069]/;

function contentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(md|ya?ml|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const kb = (bytes: number) => `${Math.round(bytes / 1024)} kB`;

export function checkSizes(root: string): Problem[] {
  return contentFiles(join(root, 'locales'))
    .map((file) => ({ file, size: statSync(file).size }))
    .filter(({ size }) => size > maxContentBytes)
    .map(({ file, size }) => ({
      file: relative(root, file),
      key: '(file)',
      message: `is ${kb(size)}; a page or entry may be at most ${kb(maxContentBytes)}: split it into smaller pages`,
    }));
}

export function checkBidiControls(root: string): Problem[] {
  const problems: Problem[] = [];
  for (const file of contentFiles(join(root, 'locales'))) {
    if (statSync(file).size > maxContentBytes) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, index) => {
        const match = bidiControl.exec(line);
        if (!match) return;
        const code = (match[0].codePointAt(0) ?? 0).toString(16).toUpperCase();
        problems.push({
          file: relative(root, file),
          key: `line ${index + 1}`,
          message: `invisible direction character U+${code} at column ${match.index + 1}: it can show text (a phone number) reversed; delete it`,
        });
      });
  }
  return problems;
}

/** Both limits; a file over the size limit is reported once and not read further. */
export function checkLimits(root: string): Problem[] {
  return [...checkSizes(root), ...checkBidiControls(root)];
}
