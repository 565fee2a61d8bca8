/**
 * Translation freshness. A translated page records, in its header, the version of the
 * source-language page it was translated from (`translatedFrom: 1a2b3c4d`). When the
 * source page changes, its version changes and the translation is reported as outdated.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { type LangCode, sourceLanguage } from '../../i18n/languages';
import { pageFile } from './files';

export type Freshness = 'complete' | 'outdated' | 'missing';

/** The version of a source-language page: a short hash of its file, line endings normalised. */
export function pageVersion(source: string): string {
  return createHash('sha256').update(source.replace(/\r\n/g, '\n').trim()).digest('hex').slice(0, 8);
}

export function sourceVersion(root: string, page: string): string | null {
  const path = pageFile(root, sourceLanguage, page);
  return existsSync(path) ? pageVersion(readFileSync(path, 'utf8')) : null;
}

export function freshnessOf(root: string, lang: LangCode, page: string, translatedFrom: unknown): Freshness {
  if (!existsSync(pageFile(root, lang, page))) return 'missing';
  if (lang === sourceLanguage) return 'complete';
  const current = sourceVersion(root, page);
  // Written quoted ("0123abcd"); a bare all-digit version would be read by YAML as a number.
  return current !== null && typeof translatedFrom === 'string' && translatedFrom === current ? 'complete' : 'outdated';
}
