import { describe, expect, inject, it } from 'vitest';
import { parsePath, paths, routeLang } from '../../src/site/paths';
import { openContext, sharedBrowser, siteUrl, waitForOffline } from './browser';
import { expectationFor, ui } from './expected';
import { expectPage } from './pages';
import { decodePdf, pdfText } from './qr';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const printed = [
  paths.page('uk', 'temporary-protection'),
  paths.page('en', 'directory'),
  paths.page('sr-cyrl', 'hiv'),
  paths.entry('ru', 'duga'),
];

describe('print', () => {
  it.each(printed)(
    '%s prints on A4 with no navigation, links written out, and a QR code of its own URL that opens offline',
    async (path) => {
      const visit = await openContext(browser(), baseUrl);
      const page = await visit.context.newPage();
      await page.goto(path);
      await waitForOffline(page);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      const { codes, pages } = decodePdf(pdf);
      expect(pages).toBeGreaterThan(0);
      expect(codes).toEqual([siteUrl + path]);

      const text = pdfText(pdf);
      const route = parsePath(path);
      const lang = routeLang(route) ?? 'en';
      // No navigation: the language switcher (every language's name in a row) is not printed.
      expect(['Українська', 'Русский', 'Srpski', 'Српски', 'English'].filter((name) => text.includes(name)).length).toBeLessThan(3);
      expect(text.replace(/\s+/g, ' ')).toContain(ui(lang, 'print.scan'));
      expect(text).toMatch(/https:\/\//);

      // The decoded address leads to the same page, offline too.
      await visit.context.setOffline(true);
      const reader = await visit.context.newPage();
      await reader.goto(new URL(codes[0]!).pathname);
      await expectPage(reader, { ...expectationFor(route), path });
      await visit.context.close();
    },
  );
});
