/**
 * npm run content:status — which translations are complete, outdated or missing.
 * npm run content:status -- --mark uk temporary-protection   records that the Ukrainian
 *   page now translates the current English page (use "all" for every page).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { pageFile } from '../build/content/files';
import { freshnessOf, sourceVersion } from '../build/content/freshness';
import { splitFrontmatter } from '../build/content/parse-markdown';
import { editedLangCodes, isLangCode, sourceLanguage } from '../i18n/languages';
import { isPageId, pageIds } from '../site/paths';

const root = process.cwd();
const translated = editedLangCodes.filter((lang) => lang !== sourceLanguage);

function translatedFrom(lang: string, page: string): unknown {
  const path = pageFile(root, lang, page);
  if (!existsSync(path)) return undefined;
  const parts = splitFrontmatter(readFileSync(path, 'utf8'));
  try {
    const header = parts ? (parseYaml(parts.yaml) as Record<string, unknown> | null) : null;
    return header?.translatedFrom;
  } catch {
    return undefined; // a broken header: the content check names it
  }
}

function mark(lang: string, page: string): void {
  const path = pageFile(root, lang, page);
  const version = sourceVersion(root, page);
  if (!existsSync(path) || !version) throw new Error(`${relative(root, path)} or its ${sourceLanguage} source does not exist`);
  const text = readFileSync(path, 'utf8');
  const updated = /^translatedFrom: .*$/m.test(text)
    ? text.replace(/^translatedFrom: .*$/m, `translatedFrom: "${version}"`)
    : text.replace(/^---\r?\n/, `---\ntranslatedFrom: "${version}"\n`);
  writeFileSync(path, updated);
  console.log(`${relative(root, path)}: translatedFrom ${version}`);
}

const markAt = process.argv.indexOf('--mark');
if (markAt >= 0) {
  const [lang = '', page = ''] = process.argv.slice(markAt + 1);
  if (!isLangCode(lang) || lang === sourceLanguage || !(page === 'all' || isPageId(page))) {
    console.error(`Usage: npm run content:status -- --mark <${translated.join('|')}> <page id|all>`);
    process.exit(2);
  }
  for (const id of page === 'all' ? pageIds : [page]) if (existsSync(pageFile(root, lang, id))) mark(lang, id);
  process.exit(0);
}

const width = Math.max(...pageIds.map((p) => p.length)) + 2;
console.log(`Translations of the ${sourceLanguage} pages (version = what a translation must record as translatedFrom)\n`);
console.log(`${'page'.padEnd(width)}version   ${translated.map((l) => l.padEnd(10)).join('')}`);
const totals = Object.fromEntries(translated.map((lang) => [lang, { complete: 0, outdated: 0, missing: 0 }]));
for (const page of pageIds) {
  const cells = translated.map((lang) => {
    const state = freshnessOf(root, lang, page, translatedFrom(lang, page));
    totals[lang]![state] += 1;
    return state.padEnd(10);
  });
  console.log(page.padEnd(width) + (sourceVersion(root, page) ?? 'missing').padEnd(10) + cells.join(''));
}
console.log();
for (const lang of translated) {
  const t = totals[lang]!;
  console.log(`${lang}: ${t.complete} complete, ${t.outdated} outdated, ${t.missing} missing`);
}
