import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../src/build/content/check';
import { pageVersion, sourceVersion } from '../src/build/content/freshness';
import { type LoadedContent, loadContent } from '../src/build/content/load';
import { splitFrontmatter } from '../src/build/content/parse-markdown';
import { formatProblem } from '../src/build/content/problems';
import { type PageId, pageIds } from '../src/site/paths';
import { copyOfContent, edit } from './support/content-copy';

const tsx = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const contentStatus = fileURLToPath(new URL('../src/cli/content-status.ts', import.meta.url));
const checkContentCli = fileURLToPath(new URL('../src/cli/check-content.ts', import.meta.url));
const translated = ['uk', 'ru', 'sr'] as const;
const cliTimeout = 60_000;

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

const translatedFromOf = (text: string): unknown =>
  (parseYaml(splitFrontmatter(text)?.yaml ?? '') as Record<string, unknown>).translatedFrom;

/** Runs `npm run content:status` (tsx src/cli/content-status.ts) with the temp copy as the project root. */
const status = (root: string, ...args: string[]) => execFileSync(tsx, [contentStatus, ...args], { cwd: root, encoding: 'utf8' });

/** The cells of one row of the status table: page, version, then uk, ru, sr. */
function row(table: string, page: PageId): string[] {
  const line = table.split('\n').find((l) => l.split(/\s+/)[0] === page);
  expect(line, `a row for "${page}"`).toBeDefined();
  return (line ?? '').trim().split(/\s+/);
}

/** Every page's freshness that differs from "complete", as "lang/page: state". */
function notComplete(content: LoadedContent): string[] {
  return Object.entries(content.freshness).flatMap(([lang, pages]) =>
    Object.entries(pages ?? {})
      .filter(([, state]) => state !== 'complete')
      .map(([page, state]) => `${lang}/${page}: ${state}`),
  );
}

/** Every loaded page marked outdated, in every language (generated ones too), as "lang/page". */
function outdatedPages(content: LoadedContent): string[] {
  return Object.entries(content.pages).flatMap(([lang, pages]) =>
    Object.entries(pages ?? {})
      .filter(([, page]) => page?.outdated)
      .map(([page]) => `${lang}/${page}`),
  );
}

const appendToEnglishEmergency = (root: string) =>
  edit(root, 'locales/en/pages/emergency.md', (t) => `${t.trimEnd()}\n\nCalls to these numbers are free from any phone.\n`);

describe('pageVersion', () => {
  const english = readFileSync('locales/en/pages/emergency.md', 'utf8');

  it('is a short hex hash, and is what every translation of the real content records', () => {
    expect(pageVersion(english)).toMatch(/^[0-9a-f]{8}$/);
    for (const lang of translated)
      expect(translatedFromOf(readFileSync(`locales/${lang}/pages/emergency.md`, 'utf8')), lang).toBe(pageVersion(english));
    expect(sourceVersion(process.cwd(), 'emergency')).toBe(pageVersion(english));
    expect(sourceVersion(process.cwd(), 'no-such-page')).toBeNull();
  });

  it('ignores CRLF versus LF line endings', () => {
    const crlf = english.replace(/\n/g, '\r\n');
    expect(crlf).not.toBe(english);
    expect(pageVersion(crlf)).toBe(pageVersion(english));
  });

  it('changes when the text changes, even by one letter', () => {
    expect(pageVersion(`${english}\nOne more sentence.\n`)).not.toBe(pageVersion(english));
    const oneLetter = english.replace(/\.\n/, '!\n');
    expect(oneLetter).not.toBe(english);
    expect(pageVersion(oneLetter)).not.toBe(pageVersion(english));
    expect(pageVersion(oneLetter.replace(/\n/g, '\r\n'))).toBe(pageVersion(oneLetter));
  });

  it('an English page saved with CRLF line endings keeps every translation complete', () => {
    const root = copyOfContent();
    edit(root, 'locales/en/pages/emergency.md', (t) => t.replace(/\n/g, '\r\n'));
    const content = loadContent(root);
    expect(notComplete(content)).toEqual([]);
    expect(outdatedPages(content)).toEqual([]);
  });
});

describe('translation freshness', () => {
  it('the real content: every translation is complete and no page is outdated', () => {
    const content = loadContent(process.cwd());
    expect(Object.keys(content.freshness).sort()).toEqual(['en', 'ru', 'sr', 'uk']);
    for (const lang of ['en', ...translated] as const) expect(Object.keys(content.freshness[lang] ?? {}), lang).toEqual([...pageIds]);
    expect(notComplete(content)).toEqual([]);
    expect(outdatedPages(content)).toEqual([]);
  });

  it('a changed English page makes its translations outdated, in every language and the generated Cyrillic edition', () => {
    const root = copyOfContent();
    appendToEnglishEmergency(root);
    const content = loadContent(root);
    expect(content.freshness.uk?.emergency).toBe('outdated');
    expect(notComplete(content)).toEqual(['uk/emergency: outdated', 'ru/emergency: outdated', 'sr/emergency: outdated']);
    expect(outdatedPages(content)).toEqual(['uk/emergency', 'ru/emergency', 'sr/emergency', 'sr-cyrl/emergency']);
    expect(content.pages.uk?.emergency?.outdated).toBe(true);
    expect(content.pages['sr-cyrl']?.emergency?.outdated).toBe(true);
    expect(content.pages.en?.emergency?.outdated).toBe(false);
    expect(content.pages.uk?.['temporary-protection']?.outdated).toBe(false);
    expect(content.freshness.en?.emergency).toBe('complete');
  });

  it(
    'an outdated translation is a warning, not a problem: the content check still passes',
    () => {
      const root = copyOfContent();
      appendToEnglishEmergency(root);
      expect(checkContent(root).problems.map(formatProblem)).toEqual([]);

      const run = spawnSync(tsx, [checkContentCli], { cwd: root, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain('Content check passed.');
      expect(run.stderr).toContain('Outdated translations (3)');
      for (const lang of translated)
        expect(run.stderr).toContain(`locales/${lang}/pages/emergency.md: the English page changed since this translation`);
    },
    cliTimeout,
  );

  it(
    'content:status --mark uk emergency makes Ukrainian complete again; Russian stays outdated',
    () => {
      const root = copyOfContent();
      appendToEnglishEmergency(root);
      const version = pageVersion(read(root, 'locales/en/pages/emergency.md'));
      expect(version).not.toBe(pageVersion(readFileSync('locales/en/pages/emergency.md', 'utf8')));

      const output = status(root, '--mark', 'uk', 'emergency');
      expect(output.trim()).toBe(`locales/uk/pages/emergency.md: translatedFrom ${version}`);

      const uk = read(root, 'locales/uk/pages/emergency.md');
      expect(translatedFromOf(uk)).toBe(version);
      expect(uk.match(/^translatedFrom: /gm)).toHaveLength(1);
      // Only the header line changed: the Ukrainian text is untouched.
      expect(uk.replace(/^translatedFrom: .*$/m, '')).toBe(
        readFileSync('locales/uk/pages/emergency.md', 'utf8').replace(/^translatedFrom: .*$/m, ''),
      );
      // Other languages and pages are not touched.
      expect(read(root, 'locales/ru/pages/emergency.md')).toBe(readFileSync('locales/ru/pages/emergency.md', 'utf8'));

      const content = loadContent(root);
      expect(content.freshness.uk?.emergency).toBe('complete');
      expect(content.freshness.ru?.emergency).toBe('outdated');
      expect(content.freshness.sr?.emergency).toBe('outdated');
      expect(content.pages.uk?.emergency?.outdated).toBe(false);
      expect(content.pages.ru?.emergency?.outdated).toBe(true);
      expect(content.pages['sr-cyrl']?.emergency?.outdated).toBe(true);
      expect(notComplete(content)).toEqual(['ru/emergency: outdated', 'sr/emergency: outdated']);
    },
    cliTimeout,
  );

  it(
    'a translation without a translatedFrom header is outdated, and --mark adds the header',
    () => {
      const root = copyOfContent();
      edit(root, 'locales/ru/pages/stay.md', (t) => t.replace(/^translatedFrom: .*\n/m, ''));
      expect(loadContent(root).freshness.ru?.stay).toBe('outdated');

      status(root, '--mark', 'ru', 'stay');
      const ru = read(root, 'locales/ru/pages/stay.md');
      expect(ru.startsWith(`---\ntranslatedFrom: "${pageVersion(read(root, 'locales/en/pages/stay.md'))}"\n`)).toBe(true);
      const content = loadContent(root);
      expect(content.freshness.ru?.stay).toBe('complete');
      expect(notComplete(content)).toEqual([]);
      expect(checkContent(root).problems.map(formatProblem)).toEqual([]);
    },
    cliTimeout,
  );

  it('a missing translation file shows as missing', () => {
    const root = copyOfContent();
    unlinkSync(join(root, 'locales/ru/pages/emergency.md'));
    const content = loadContent(root);
    expect(content.freshness.ru?.emergency).toBe('missing');
    expect(content.pages.ru?.emergency).toBeUndefined();
    expect(notComplete(content)).toEqual(['ru/emergency: missing']);
  });

  it(
    'the content:status table shows complete, outdated and missing in the right cells',
    () => {
      const root = copyOfContent();
      appendToEnglishEmergency(root);
      status(root, '--mark', 'uk', 'emergency');
      unlinkSync(join(root, 'locales/ru/pages/emergency.md'));
      expect(existsSync(join(root, 'locales/ru/pages/emergency.md'))).toBe(false);

      const table = status(root);
      const header = table.split('\n').find((l) => l.startsWith('page '));
      expect(header?.trim().split(/\s+/)).toEqual(['page', 'version', 'uk', 'ru', 'sr']);
      expect(row(table, 'emergency')).toEqual([
        'emergency',
        pageVersion(read(root, 'locales/en/pages/emergency.md')),
        'complete',
        'missing',
        'outdated',
      ]);
      for (const page of pageIds.filter((p) => p !== 'emergency'))
        expect(row(table, page)).toEqual([
          page,
          pageVersion(read(root, `locales/en/pages/${page}.md`)),
          'complete',
          'complete',
          'complete',
        ]);
      const n = pageIds.length;
      expect(table).toContain(`uk: ${n} complete, 0 outdated, 0 missing`);
      expect(table).toContain(`ru: ${n - 1} complete, 0 outdated, 1 missing`);
      expect(table).toContain(`sr: ${n - 1} complete, 1 outdated, 0 missing`);
    },
    cliTimeout,
  );
});
