/**
 * Language of parts (WCAG 3.1.2) over the production build: every prerendered page in a
 * Cyrillic edition is mostly Cyrillic outside the parts marked with another lang, and every
 * source title carries its source's language. The HTML files in dist/ are parsed by
 * Chromium's own DOMParser, so lang is inherited exactly as a screen reader sees it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadSources } from '../../src/build/content/sources';
import { openContext, sharedBrowser } from './browser';

const browser = sharedBrowser();
const baseUrl = inject('baseUrl');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
  );
}

interface PageLetters {
  htmlLang: string;
  cyrillic: number;
  letters: number;
  /** Latin runs outside other-language parts, to name them when the test fails. */
  latin: string[];
  /** Each source title: its lang, its link and its text. */
  cites: { lang: string | null; href: string; text: string }[];
}

/** Runs in the browser: counts the letters of each document's own language. */
function countLetters(html: string): PageLetters {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const htmlLang = doc.documentElement.lang;
  const result: PageLetters = { htmlLang, cyrillic: 0, letters: 0, latin: [], cites: [] };
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, noscript, template')) continue;
    if (parent.closest('[lang]')?.getAttribute('lang') !== htmlLang) continue;
    const text = (node.textContent ?? '')
      // Addresses are identifiers, not words of a language; the brand name is Latin in every edition.
      .replace(/https?:\/\/\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:rs|org|com|net|lgbt|int|eu)\b\S*/g, ' ')
      .replace(/Kompas\p{L}*/gu, ' ');
    for (const ch of text) {
      if (!/\p{L}/u.test(ch)) continue;
      result.letters++;
      if (/\p{Script=Cyrillic}/u.test(ch)) result.cyrillic++;
    }
    const runs = text.match(/\p{Script=Latin}[\p{Script=Latin}\s'’!.-]*/gu);
    if (runs) result.latin.push(...runs.map((r) => r.trim()));
  }
  for (const cite of doc.querySelectorAll('.source-list cite, .entry-source cite'))
    result.cites.push({
      lang: cite.getAttribute('lang'),
      href: cite.closest('a')?.getAttribute('href') ?? '',
      text: cite.textContent ?? '',
    });
  return result;
}

const cyrillicEditions = ['uk', 'ru', 'sr-cyrl'];
const files = cyrillicEditions.flatMap((lang) => htmlFiles(join('dist', lang)));

async function measureAll(): Promise<Map<string, PageLetters>> {
  const page = await browser().newPage();
  try {
    const measured = new Map<string, PageLetters>();
    for (const file of files) measured.set(relative('dist', file), await page.evaluate(countLetters, readFileSync(file, 'utf8')));
    return measured;
  } finally {
    await page.close();
  }
}

describe('language of parts', () => {
  it('finds the prerendered pages of every Cyrillic edition', () => {
    for (const lang of cyrillicEditions) {
      const pages = files.filter((f) => f.startsWith(join('dist', lang, '')));
      expect(pages.length, `pages in dist/${lang}`).toBeGreaterThan(50);
    }
  });

  it('keeps at least 85% of the letters Cyrillic outside parts marked with another lang, on every uk, ru and sr-cyrl page', async () => {
    const measured = await measureAll();
    const failures: string[] = [];
    for (const [file, m] of measured) {
      expect(m.letters, `${file} has text`).toBeGreaterThan(50);
      const share = m.cyrillic / m.letters;
      if (share < 0.85) failures.push(`${file}: ${(share * 100).toFixed(1)}% Cyrillic; Latin: ${[...new Set(m.latin)].join(' | ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('marks each source title with the language of its source', async () => {
    const sources = [...loadSources(process.cwd(), []).values()];
    const langOf = new Map(sources.map((s) => [s.url, s.lang]));
    const measured = await measureAll();
    let cites = 0;
    for (const [file, m] of measured) {
      for (const cite of m.cites) {
        cites++;
        expect(cite.lang, `${file}: "${cite.text}"`).toBe(langOf.get(cite.href));
        // The title is written in that language's script, so a voice for it can read it.
        const cyrillicTitle = (cite.text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0) * 2 > (cite.text.match(/\p{L}/gu)?.length ?? 0);
        expect(cyrillicTitle, `${file}: "${cite.text}" (${cite.lang})`).toBe(['uk', 'ru', 'sr-Cyrl'].includes(cite.lang ?? ''));
      }
    }
    expect(cites).toBeGreaterThan(500);
  });
});

describe('sources at the page end', () => {
  it('sit in a collapsed "Sources and checked dates" section that opens for print; a card shows its sources only on its own page', async () => {
    const visit = await openContext(browser(), baseUrl);
    try {
      const page = await visit.context.newPage();
      await page.goto('/uk/sex-work');
      const summary = page.locator('.page-sources details.sources > summary h2');
      expect(await summary.textContent()).toBe('Джерела і дати перевірки');
      expect(await page.locator('.page-sources details.sources').getAttribute('open')).toBeNull();
      expect(await page.locator('.source-list').isVisible()).toBe(false);
      // Embedded cards carry no "Source…; Facts checked…" lines of their own.
      expect(await page.locator('.entry-card').count()).toBeGreaterThan(2);
      expect(await page.locator('.entry-card .entry-source').count()).toBe(0);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.source-list').isVisible()).toBe(true);
      await page.emulateMedia({ media: 'screen' });
      await summary.click();
      expect(await page.locator('.source-list').isVisible()).toBe(true);

      await page.goto('/uk/directory/atina');
      const cites = page.locator('.entry-full .entry-source cite');
      expect(await cites.count()).toBeGreaterThan(0);
      expect(await cites.first().getAttribute('lang')).toBe('en');
      expect(visit.errors).toEqual([]);
    } finally {
      await visit.context.close();
    }
  });
});
