/**
 * The content check: everything the build refuses to publish. Each problem names the
 * file and key, so an editor can fix it without reading code.
 */

import { relative } from 'node:path';
import type { UiStrings } from '../../content/schema';
import { editedLangCodes, getLanguage, type LangCode, sourceLanguage } from '../../i18n/languages';
import { checkLimits } from './limits';
import { type LoadedContent, loadContent, type StringsFile, uiFile } from './load';
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

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** The plural forms a language needs (Ukrainian and Russian: one, few, many, other). */
function pluralForms(lang: LangCode): string[] {
  return new Intl.PluralRules(getLanguage(lang).htmlLang).resolvedOptions().pluralCategories;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');

export function checkUiStrings(root: string, content: LoadedContent): Problem[] {
  return [...checkStrings(root, content.ui, 'ui.json'), ...checkStrings(root, content.tools, 'tools.json')];
}

function checkStrings(root: string, byLang: LoadedContent['ui'], name: StringsFile): Problem[] {
  const problems: Problem[] = [];
  const reference = byLang[sourceLanguage];
  const referenceKeys = reference ? flattenStrings(reference) : new Map<string, unknown>();
  const pluralBases = new Set([...referenceKeys.keys()].filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')));
  const referenceText = (key: string) => referenceKeys.get(key) ?? referenceKeys.get(`${key.replace(pluralSuffix, '')}_other`);
  for (const lang of editedLangCodes) {
    const strings = byLang[lang];
    if (!strings) continue;
    const file = relative(root, uiFile(root, lang, name));
    const flat = flattenStrings(strings);
    const forms = pluralForms(lang);
    for (const [key, value] of flat) {
      if (typeof value !== 'string') {
        problems.push({ file, key, message: 'must be text' });
        continue;
      }
      if (!value.trim()) problems.push({ file, key, message: 'is empty' });
      const unsafe = unsafeReason(value);
      if (unsafe) problems.push({ file, key, message: unsafe });
      if (looksLikePlainPhone(value))
        problems.push({ file, key, message: 'contains a phone number: phone numbers belong in page content, as tel: links' });
      const base = key.replace(pluralSuffix, '');
      const isPlural = pluralSuffix.test(key) && pluralBases.has(base);
      if (isPlural && !forms.includes(key.slice(base.length + 1)))
        problems.push({ file, key, message: `"${lang}" has no plural form "${key.slice(base.length + 1)}" (it uses ${forms.join(', ')})` });
      const expected = isPlural ? referenceText(key) : referenceKeys.get(key);
      if (lang !== sourceLanguage && expected === undefined)
        problems.push({ file, key, message: `is not in ${sourceLanguage}/${name} (misspelt or left over?)` });
      if (typeof expected === 'string' && placeholders(expected) !== placeholders(value))
        problems.push({ file, key, message: `placeholders differ from ${sourceLanguage}: expected {{${placeholders(expected)}}}` });
    }
    for (const key of referenceKeys.keys()) {
      if (pluralSuffix.test(key) && pluralBases.has(key.replace(pluralSuffix, ''))) continue;
      if (!flat.has(key)) problems.push({ file, key, message: `translation missing (present in ${sourceLanguage}/${name})` });
    }
    for (const base of pluralBases)
      for (const form of forms)
        if (!flat.has(`${base}_${form}`)) problems.push({ file, key: `${base}_${form}`, message: `plural form "${form}" missing` });
  }
  return problems;
}

export function checkContent(root: string): { content: LoadedContent; problems: Problem[] } {
  const limits = checkLimits(root);
  // A file over the size limit is refused before anything is parsed.
  if (limits.some((p) => p.key === '(file)'))
    return { content: { ui: {}, tools: {}, pages: {}, directory: {}, freshness: {}, problems: [] }, problems: limits };
  const content = loadContent(root);
  const all = [...limits, ...content.problems, ...checkUiStrings(root, content)];
  const seen = new Set<string>();
  const problems = all.filter((p) => {
    const key = `${p.file}\0${p.key}\0${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { content, problems };
}
