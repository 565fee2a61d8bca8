/**
 * npm run bench: bytes and timings of the production build, measured, not asserted.
 *  - the servers: requests/s and p99 for a page and the largest script, local server and nginx
 *  - search: index bytes per language, search time in Chromium at 4× CPU slowdown (--search: only this)
 *  - first paint: HTML and CSS a page needs before text shows; JS needed to hydrate
 *  - everything saved for offline, as downloaded (pages in one pack per language)
 *  - a real first visit in headless Chromium: requests, bytes over the wire, files
 *    fetched twice, first contentful paint on a throttled "slow 3G" line, and the
 *    time until everything is saved for offline.
 *  - saving for offline (saveBench): requests, bytes and time of a first visit that saves
 *    everything, and after how many kB the reader's own language is available offline.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { langCodes } from '../i18n/languages';
import { benchServers } from '../server/bench-servers';
import { type ServedResponse, startServer } from '../server/static-server';
import { parsePath, routeFile } from '../site/paths';
import { benchReadingPages } from './bench-reading';
import { chromePath, chromiumArgs } from './chromium';

const dist = 'dist';
const pages = [
  { name: 'home (en)', path: '/en/', file: 'en/index.html' },
  { name: 'deep page (uk)', path: '/uk/temporary-protection', file: 'uk/temporary-protection.html' },
];
const slow3g = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

function sizeOf(files: string[]): Size {
  const total: Size = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const data = readFileSync(join(dist, file));
    total.raw += data.length;
    total.gzip += gzipSync(data, { level: 9 }).length;
    total.brotli += brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  return total;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const row = (label: string, size: Size, count?: number) =>
  `  ${label.padEnd(34)} ${kb(size.raw).padStart(10)} raw ${kb(size.gzip).padStart(10)} gzip ${kb(size.brotli).padStart(10)} br${count === undefined ? '' : `   (${count} files)`}`;

function firstPaintFiles(file: string) {
  const html = readFileSync(join(dist, file), 'utf8');
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => (m[1] ?? '').replace(/^\//, ''));
  const files = {
    css: attr(/<link rel="stylesheet"[^>]*href="([^"]+)"/g),
    js: [...attr(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g), ...attr(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)],
  };
  // Every page has its stylesheet and its one script: finding neither means these patterns no longer match the HTML.
  if (files.css.length === 0 || files.js.length === 0)
    throw new Error(`${file}: no stylesheet or no module script found; update firstPaintFiles()`);
  return files;
}

function precacheFiles(): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => {
    const url = m[1] ?? '';
    return extname(url) ? url : routeFile(parsePath(`/${url.replace(/^\.\//, '')}`));
  });
}

async function paintTime(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
}

async function firstVisit(path: string) {
  const served: ServedResponse[] = [];
  const server = await startServer({ root: dist, port: 0, onResponse: (r) => served.push(r) });
  const address = server.address();
  const base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', slow3g);
    const start = Date.now();
    await page.goto(base + path, { waitUntil: 'commit' });
    const fcp = await paintTime(page);
    await page.waitForSelector('[data-status="all"]', { timeout: 120_000 });
    const offlineReady = Date.now() - start;
    await cdp.send('Network.emulateNetworkConditions', { ...slow3g, offline: true });
    await context.setOffline(true);
    const repeat = await context.newPage();
    await repeat.goto(base + path, { waitUntil: 'commit' });
    const repeatFcp = await paintTime(repeat);
    const byPath = new Map<string, number>();
    for (const r of served.filter((response) => response.status === 200)) {
      const key = r.path.replace(/[?&]__WB_REVISION__=[^&]*/, '');
      byPath.set(key, (byPath.get(key) ?? 0) + 1);
    }
    const twice = [...byPath].filter(([, count]) => count > 1);
    return { fcp, offlineReady, repeatFcp, requests: served.length, bytes: served.reduce((sum, r) => sum + r.bytes, 0), twice };
  } finally {
    await browser.close();
    server.close();
  }
}

if (!existsSync(join(dist, 'sw.js')) || process.argv.includes('--build')) {
  console.log('Building the production app first…');
  execSync('npm run build', { stdio: 'inherit' });
}

if (process.argv.includes('--servers')) {
  // Only the server figure: npm run bench -- --servers [--seconds N] (at most 10 s per figure).
  const at = process.argv.indexOf('--seconds');
  const seconds = Math.min(10, Number(at === -1 ? 5 : process.argv[at + 1]) || 5);
  for (const line of await benchServers(dist, { seconds })) console.log(line);
  process.exit(0);
}

if (process.argv.includes('--save')) {
  // Only the save figures: npm run bench -- --save.
  await saveBench();
  process.exit(0);
}

const onlySearch = process.argv.includes('--search');
console.log('\nKompas benchmark (production build in dist/)\n');
for (const page of onlySearch ? [] : pages) {
  const { css, js } = firstPaintFiles(page.file);
  console.log(`${page.name}: ${page.path}`);
  console.log(row('HTML', sizeOf([page.file]), 1));
  console.log(row('CSS (render-blocking)', sizeOf(css), css.length));
  console.log(row('first paint total (HTML+CSS)', sizeOf([page.file, ...css]), 1 + css.length));
  console.log(row('JS in the HTML (deferred)', sizeOf(js), js.length));
  console.log();
}
if (!onlySearch) {
  // Pages reach the cache inside one pack per language (src/build/language-packs.ts): what is
  // downloaded is the manifest less the pages, which are listed only so the worker knows them.
  const precache = precacheFiles().filter((f) => !f.endsWith('.html'));
  const packs = precache.filter((f) => f.startsWith('assets/pack/'));
  console.log('Offline save (every page in every language, as downloaded):');
  console.log(row('saved files', sizeOf(precache), precache.length));
  console.log(row('  of which page packs', sizeOf(packs), packs.length));
  console.log(row('  of which JS', sizeOf(precache.filter((f) => f.endsWith('.js'))), precache.filter((f) => f.endsWith('.js')).length));
  console.log(row('service worker (sw.js)', sizeOf(['sw.js']), 1));
  console.log();

  for (const page of pages) {
    const visit = await firstVisit(page.path);
    console.log(`First visit to ${page.path} in Chromium, throttled to slow 3G (400 kbit/s, 400 ms RTT):`);
    console.log(`  first contentful paint             ${visit.fcp.toFixed(0)} ms`);
    console.log(`  saved for offline ("available")    ${(visit.offlineReady / 1000).toFixed(1)} s`);
    console.log(`  requests to the server             ${visit.requests} (${kb(visit.bytes)} over the wire, brotli)`);
    console.log(
      `  files downloaded twice             ${visit.twice.length === 0 ? 'none' : visit.twice.map(([p, n]) => `${p} ×${n}`).join(', ')}`,
    );
    console.log(`  repeat visit offline: FCP          ${visit.repeatFcp.toFixed(0)} ms`);
    console.log();
  }
}

/**
 * Search: each language's index (bytes), and how long a search takes in Chromium with the
 * CPU slowed 4× (CDP Emulation.setCPUThrottlingRate), median of the reader queries in
 * tests/fixtures/search-queries.json, measured in the page around the engine's search().
 */
async function benchSearch() {
  const files = readdirSync(join(dist, 'assets', 'search')).filter((f) => f.endsWith('.js'));
  console.log('Search index per language (assets/search/{lang}-[hash].js, budget 40 kB brotli):');
  for (const file of files) console.log(row(file, sizeOf([join('assets', 'search', file)]), 1));
  const queries = JSON.parse(readFileSync('tests/fixtures/search-queries.json', 'utf8')) as Record<string, { q: string }[] | string>;
  const server = await startServer({ root: dist, port: 0 });
  const address = server.address();
  const base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    const engine = readdirSync(join(dist, 'assets')).find((f) => /^engine-[\w-]+\.js$/.test(f));
    if (!engine) throw new Error('No search engine chunk (assets/engine-*.js) in dist/');
    console.log('\nSearch in Chromium, CPU slowed 4× (first search loads and parses the index; then each query, best of 3):');
    for (const [lang, list] of Object.entries(queries)) {
      if (!Array.isArray(list)) continue;
      const page = await browser.newPage();
      await page.goto(`${base}/${lang}/search`);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const { first, times } = await page.evaluate(
        async ({ url, lang, words }) => {
          const { search } = (await import(url)) as { search: (lang: string, q: string) => Promise<unknown[]> };
          let start = performance.now();
          await search(lang, words[0] ?? '');
          const first = performance.now() - start;
          const times: number[] = [];
          for (const q of words) {
            let best = Infinity;
            for (let run = 0; run < 3; run++) {
              start = performance.now();
              await search(lang, q);
              best = Math.min(best, performance.now() - start);
            }
            times.push(best);
          }
          return { first, times };
        },
        { url: `/assets/${engine}`, lang, words: list.map((item) => item.q) },
      );
      await page.close();
      const sorted = [...times].sort((x, y) => x - y);
      const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
      console.log(
        `  ${lang.padEnd(8)} first search ${first.toFixed(0).padStart(4)} ms   then: median ${median.toFixed(1).padStart(5)} ms, worst ${(sorted.at(-1) ?? NaN).toFixed(1).padStart(5)} ms   (${times.length} queries)`,
      );
    }
  } finally {
    await browser.close();
    server.close();
  }
}

/** The files the worker must hold: its manifest less the packs it unpacks (see src/pwa/save-plan.ts). */
function saveList(): string[] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '').filter((url) => !url.startsWith('assets/pack/'));
}

/** Of `list`, the files the page's origin does not yet hold in Kompas's caches. */
function missingIn(page: Page, list: string[]): Promise<string[]> {
  return page.evaluate(async (urls) => {
    const have = new Set<string>();
    for (const name of await caches.keys())
      if (name.startsWith('kompas-saved-')) for (const request of await (await caches.open(name)).keys()) have.add(request.url);
    return urls.filter((url) => !have.has(new URL(url, `${location.origin}/`).href));
  }, list);
}

/**
 * A first visit to /uk/ on an unthrottled line that stays open until everything is saved:
 * requests, bytes (brotli, as served), time, and the bytes served by the moment every
 * Ukrainian page (and the shared files) was in the cache.
 */
async function saveBench(path = '/uk/', lang = 'uk') {
  const served: (ServedResponse & { at: number })[] = [];
  const server = await startServer({ root: dist, port: 0, onResponse: (r) => served.push({ ...r, at: Date.now() }) });
  const address = server.address();
  const base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  const list = saveList();
  // A language is available when its files and the shared ones (no language's) are saved.
  const langOf = (url: string) =>
    [...langCodes]
      .sort((a, b) => b.length - a.length)
      .find((code) => [`${code}/`, `assets/content/${code}-`, `assets/search/${code}-`].some((start) => url.startsWith(start)));
  const own = list.filter((url) => [lang, undefined].includes(langOf(url)));
  const bytesUntil = (at: number) => served.filter((r) => r.at <= at).reduce((sum, r) => sum + r.bytes, 0);
  // The responses that make the language available: its files and the shared ones, their packs included.
  const makesOwn = (path: string) => {
    const url = path.replace(/^\//, '');
    return own.includes(url) || url.startsWith(`assets/pack/${lang}-`) || url.startsWith('assets/pack/shared-');
  };
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(base + path);
    let ownAt = 0;
    let doneAt = 0;
    while (Date.now() - start < 180_000) {
      const missing = new Set(await missingIn(page, list));
      if (!ownAt && own.every((url) => !missing.has(url))) ownAt = Date.now();
      if (missing.size === 0) {
        doneAt = Date.now();
        break;
      }
      await page.waitForTimeout(100);
    }
    await page.waitForTimeout(500);
    const counts = new Map<string, number>();
    for (const r of served.filter((response) => response.status === 200)) counts.set(r.path, (counts.get(r.path) ?? 0) + 1);
    const content = served.filter((r) => r.path.startsWith('/assets/content/'));
    console.log(`Saving for offline: first visit to ${path}, page left open, unthrottled:`);
    console.log(`  everything saved after             ${doneAt ? `${((doneAt - start) / 1000).toFixed(1)} s` : 'not within 180 s'}`);
    console.log(`  requests to the server             ${served.length} (budget 40)`);
    console.log(`  bytes over the wire (brotli)       ${kb(served.reduce((sum, r) => sum + r.bytes, 0))} (budget 400 kB)`);
    console.log(`    of which per-page content chunks ${content.length} requests, ${kb(content.reduce((sum, r) => sum + r.bytes, 0))}`);
    // Bytes: everything served up to the last response the language needed (the cache is polled
    // every 100 ms, and on a fast line other languages arrive in between); time: when the cache held it all.
    const ownServedAt = Math.max(...served.filter((r) => r.at <= ownAt && makesOwn(r.path)).map((r) => r.at));
    console.log(
      `  own language (${lang}) available after  ${ownAt ? `${kb(bytesUntil(ownServedAt))}, ${((ownAt - start) / 1000).toFixed(1)} s` : 'never'} (budget 200 kB)`,
    );
    const twice = [...counts].filter(([, n]) => n > 1);
    console.log(`  files downloaded twice             ${twice.length === 0 ? 'none' : twice.map(([p, n]) => `${p} ×${n}`).join(', ')}`);
    console.log();
  } finally {
    await browser.close();
    server.close();
  }
}

await benchSearch();
if (!onlySearch) {
  await saveBench();
  for (const line of await benchServers(dist)) console.log(line);
  await benchReadingPages(dist);
}
