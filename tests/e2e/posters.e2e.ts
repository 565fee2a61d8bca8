import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { maxOwnLine, paperSizeIds, paperSizes } from '../../src/features/posters/poster-options';
import { paths } from '../../src/site/paths';
import { openContext, sharedBrowser, siteUrl, waitForOffline } from './browser';
import { expectationFor, ui } from './expected';
import { expectPage } from './pages';
import { decodePdf, decodePng } from './qr';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

async function openMaker(page: Page, query: string) {
  await page.goto(paths.tool('en', 'poster') + query);
  await page.waitForSelector('img.poster-sheet');
  await page.waitForFunction(() => (document.querySelector('img.poster-sheet') as HTMLImageElement | null)?.complete === true);
}

/** Rasterises an SVG document in Chromium (as an image, like a print shop's viewer would). */
async function rasterSvg(browserPage: Page, svg: string, width: number): Promise<Buffer> {
  const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await browserPage.setViewportSize({ width, height: Math.round(width * 1.42) });
  await browserPage.setContent(`<body style="margin:0"><img src="${data}" style="width:${width}px;display:block"></body>`);
  await browserPage.waitForFunction(() => document.querySelector('img')?.complete === true);
  return browserPage.screenshot({ fullPage: true });
}

async function expectOpensOffline(page: Page, url: string, expectedPath: string) {
  expect(url).toBe(siteUrl + expectedPath);
  const reader = await page.context().newPage();
  await reader.goto(new URL(url).pathname + new URL(url).search);
  return reader;
}

describe('poster maker', () => {
  it("shows a poster whose on-screen QR code opens the chosen page offline, in the reader's language", async () => {
    const visit = await openContext(browser(), baseUrl, { locale: 'uk-UA' });
    const page = await visit.context.newPage();
    await openMaker(page, '?page=emergency&lang=auto&size=A4');
    await waitForOffline(page);
    await visit.context.setOffline(true);
    await page.reload();
    await page.waitForSelector('img.poster-sheet');
    const shot = await (await page.$('img.poster-sheet'))!.screenshot();
    const url = decodePng(shot);
    expect(url).toBe(`${siteUrl}/go/emergency`);
    const reader = await expectOpensOffline(page, url!, '/go/emergency');
    await reader.waitForURL(`${baseUrl}/uk/emergency`);
    await expectPage(reader, expectationFor({ kind: 'page', lang: 'uk', page: 'emergency' }));
    // The poster states its address for people who cannot scan, and warns that localhost leads nowhere.
    expect(await page.textContent('.poster-target')).toBe(`${siteUrl.replace(/^https?:\/\//, '')}/go/emergency`);
    expect(await page.textContent('[data-warning="local"]')).toContain(ui('en', 'poster.localWarning').split('{{url}}')[0]!.trim());
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('downloads a vector SVG and a 300 dpi PNG whose codes decode to the chosen directory filter', async () => {
    const visit = await openContext(browser(), baseUrl, { acceptDownloads: true });
    const page = await visit.context.newPage();
    await openMaker(page, '?page=directory&lang=ru&city=belgrade&group=lgbti&size=A5&langs=ru,uk');
    const expectedPath = paths.directory('ru', { city: 'belgrade', group: 'lgbti' });

    const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="svg"]')]);
    const svg = readFileSync((await svgDownload.path())!, 'utf8');
    expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
    expect(svg).toMatch(/^<svg [^>]*width="148mm" height="210mm"/);
    expect(svg).toContain('xml:lang="ru"');
    const raster = await visit.context.newPage();
    expect(decodePng(await rasterSvg(raster, svg, 900))).toBe(siteUrl + expectedPath);

    const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="png"]')]);
    const png = readFileSync((await pngDownload.path())!);
    const { width, height } = paperSizes.A5;
    expect(png.readUInt32BE(16)).toBe(Math.round((width / 25.4) * 300));
    expect(png.readUInt32BE(20)).toBe(Math.round((height / 25.4) * 300));
    const phys = png.indexOf('pHYs');
    expect(phys).toBeGreaterThan(0);
    expect(png.readUInt32BE(phys + 4)).toBe(11811); // 300 dots per inch, in dots per metre
    expect(decodePng(png)).toBe(siteUrl + expectedPath);

    await waitForOffline(page);
    await visit.context.setOffline(true);
    const reader = await expectOpensOffline(page, siteUrl + expectedPath, expectedPath);
    await reader.waitForSelector('.directory-filter');
    expect(await reader.$$eval('.directory-filter a[aria-current="true"]', (a) => a.map((x) => x.getAttribute('href')))).toEqual([
      expectedPath,
      expectedPath,
    ]);
    await visit.context.close();
  });

  it.each(paperSizeIds)('prints on %s at the exact paper size, and the printed code opens the page offline', async (size) => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await openMaker(page, `?page=hiv&lang=sr&size=${size}&langs=uk,ru,sr,en&line=Centar%20za%20azil%20Vranje`);
    await waitForOffline(page);
    // The on-screen preview of this size decodes too.
    expect(decodePng(await (await page.$('img.poster-sheet'))!.screenshot())).toBe(siteUrl + paths.page('sr', 'hiv'));
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const dir = mkdtempSync(join(tmpdir(), 'kompas-poster-'));
    try {
      writeFileSync(join(dir, 'poster.pdf'), pdf);
      const info = execFileSync('pdfinfo', [join(dir, 'poster.pdf')], { encoding: 'utf8' });
      expect(info).toMatch(/Pages:\s+1\n/);
      const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
      const { width, height } = paperSizes[size];
      // Chromium rounds page sizes to whole device pixels: within a point of the paper size.
      expect(Math.abs(Number(w) - (width / 25.4) * 72)).toBeLessThan(1);
      expect(Math.abs(Number(h) - (height / 25.4) * 72)).toBeLessThan(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const { codes } = decodePdf(pdf);
    expect(codes).toEqual([siteUrl + paths.page('sr', 'hiv')]);
    await visit.context.setOffline(true);
    const reader = await expectOpensOffline(page, codes[0]!, paths.page('sr', 'hiv'));
    await expectPage(reader, expectationFor({ kind: 'page', lang: 'sr', page: 'hiv' }));
    await visit.context.close();
  });

  it('refuses direction overrides in the own line with a message, so a number cannot print reversed', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await openMaker(page, '');
    await page.fill('input[name="line"]', 'Pozovite \u202e4567 321 011\u202c danas');
    await page.waitForSelector('[data-problem="directionMarks"]');
    expect(await page.textContent('[data-problem="directionMarks"]')).toBe(ui('en', 'poster.errors.directionMarks'));
    expect(await page.inputValue('input[name="line"]')).toBe('Pozovite 4567 321 011 danas');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="svg"]')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('Pozovite 4567 321 011 danas');
    expect(svg).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('turns bad input into clear messages and still makes a poster', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    const long = '<b>Kancelarija</b> '.repeat(10);
    await openMaker(page, `?page=no-such-page&size=B5&langs=xx,uk&line=${encodeURIComponent(long)}`);
    const problems = await page.$$eval('[data-problem]', (nodes) => nodes.map((n) => n.getAttribute('data-problem')));
    expect(problems).toEqual(['unknownPage', 'unknownLanguage', 'badSize', 'lineTooLong']);
    expect(await page.textContent('[data-problem="badSize"]')).toBe(ui('en', 'poster.errors.badSize').replace('{{value}}', 'B5'));
    expect(await page.textContent('[data-problem="lineTooLong"]')).toContain(String(maxOwnLine));
    // Defaults stand in: home page, A4, the valid language kept; the own line is plain, shortened text.
    expect(await page.inputValue('select[name="page"]')).toBe('home');
    expect(await page.inputValue('select[name="size"]')).toBe('A4');
    expect(await page.$$eval('input[name="langs"]:checked', (n) => n.map((i) => (i as HTMLInputElement).value))).toEqual(['uk']);
    const line = await page.inputValue('input[name="line"]');
    expect([...line].length).toBe(maxOwnLine);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-download="svg"]')]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('&lt;b&gt;Kancelarija&lt;/b&gt;');
    expect(svg).not.toContain('<b>');
    // Unchecking the last language is refused with a message.
    await page.click('input[name="langs"][value="uk"]');
    expect(await page.$('[data-problem="noLanguage"]')).not.toBeNull();
    expect(await page.isChecked('input[name="langs"][value="uk"]')).toBe(true);
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });
});

describe('reading pages stay light', () => {
  it('a reading page loads no QR, poster or share-panel code until the reader asks', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' && !request.serviceWorker()) scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/uk/hiv');
    await page.waitForLoadState('networkidle');
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => /qr|poster|share-panel|display/.test(s))).toEqual([]);
    for (const script of scripts) {
      const source = await (await fetch(baseUrl + script)).text();
      expect(source, script).not.toContain('The amount of data is too big to be stored in a QR Code');
    }
    await visit.context.close();
  });
});
