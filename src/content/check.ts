/**
 * The content check: everything the build refuses to publish. Each problem names the
 * file and key, so an editor can fix it without reading code.
 */
import { relative } from 'node:path';
import { langCodes, sourceLanguage } from '../i18n/languages';
import { loadContent, uiFile, pageFile, type LoadedContent } from './load';
import type { UiStrings } from './schema';
import type { Problem } from './problems';
import { looksLikePlainPhone, unsafeReason } from './rules';

export function flattenStrings(strings: UiStrings, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(strings)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flattenStrings(value, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort().join(',');

export function checkUiStrings(root: string, content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const reference = content.ui[sourceLanguage];
  const referenceKeys = reference ? flattenStrings(reference) : new Map<string, unknown>();
  for (const lang of langCodes) {
    const strings = content.ui[lang];
    if (!strings) continue;
    const file = relative(root, uiFile(root, lang));
    const flat = flattenStrings(strings);
    for (const [key, value] of flat) {
      if (typeof value !== 'string') {
        problems.push({ file, key, message: 'must be text' });
        continue;
      }
      if (!value.trim()) problems.push({ file, key, message: 'is empty' });
      const unsafe = unsafeReason(value);
      if (unsafe) problems.push({ file, key, message: unsafe });
      if (looksLikePlainPhone(value)) problems.push({ file, key, message: 'contains a phone number: phone numbers belong in page content, as tel: links' });
      const expected = referenceKeys.get(key);
      if (lang !== sourceLanguage && expected === undefined) problems.push({ file, key, message: `is not in ${sourceLanguage}/ui.json (misspelt or left over?)` });
      if (typeof expected === 'string' && placeholders(expected) !== placeholders(value))
        problems.push({ file, key, message: `placeholders differ from ${sourceLanguage}: expected {{${placeholders(expected)}}}` });
    }
    for (const key of referenceKeys.keys()) {
      if (!flat.has(key)) problems.push({ file, key, message: `translation missing (present in ${sourceLanguage}/ui.json)` });
    }
  }
  return problems;
}

export function checkPageText(root: string, content: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const lang of langCodes) {
    for (const [page, data] of Object.entries(content.pages[lang] ?? {})) {
      const file = relative(root, pageFile(root, lang, page));
      for (const key of ['title', 'description'] as const) {
        const unsafe = unsafeReason(data[key]);
        if (unsafe) problems.push({ file, key, message: unsafe });
      }
    }
  }
  return problems;
}

export function checkContent(root: string): { content: LoadedContent; problems: Problem[] } {
  const content = loadContent(root);
  const problems = [...content.problems, ...checkUiStrings(root, content), ...checkPageText(root, content)];
  return { content, problems };
}
