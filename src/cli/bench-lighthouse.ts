/**
 * Lighthouse (mobile: simulated Slow 4G and a 4× slower CPU) for `npm run bench`, on the
 * system Chromium with nothing downloaded. Scores move a little run to run on a busy
 * machine, so each page is measured three times and the median of each figure is shown.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromePath, chromiumArgs } from './chromium';

export const lighthousePaths = ['/uk/', '/uk/directory'];
const runs = 3;

export interface LighthouseFigures {
  path: string;
  performance: number;
  lcp: number;
  fcp: number;
  cls: number;
  tbt: number;
  /** Lighthouse's measure of this machine's speed at the time (a quiet desktop: about 1500+). */
  benchmarkIndex: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function runOnce(url: string): Promise<Omit<LighthouseFigures, 'path'>> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: chromiumArgs });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse gave no result for ${url}`);
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: metric('largest-contentful-paint'),
      fcp: metric('first-contentful-paint'),
      cls: metric('cumulative-layout-shift'),
      tbt: metric('total-blocking-time'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}

/**
 * Median of three Lighthouse runs for each path, against a server at `base`. `warm`: files
 * fetched once first, so the server's on-the-fly brotli (a real server precompresses)
 * does not count as server time.
 */
export async function lighthouseFigures(base: string, warm: string[] = [], paths = lighthousePaths): Promise<LighthouseFigures[]> {
  for (const path of [...paths, ...warm]) await (await fetch(base + path, { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer();
  const figures: LighthouseFigures[] = [];
  for (const path of paths) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await runOnce(base + path));
    figures.push({
      path,
      performance: median(all.map((r) => r.performance)),
      lcp: median(all.map((r) => r.lcp)),
      fcp: median(all.map((r) => r.fcp)),
      cls: median(all.map((r) => r.cls)),
      tbt: median(all.map((r) => r.tbt)),
      benchmarkIndex: median(all.map((r) => r.benchmarkIndex)),
    });
  }
  return figures;
}

export function printLighthouse(figures: LighthouseFigures[]): void {
  console.log(`Lighthouse 12.8 mobile (simulated Slow 4G, CPU ×4), median of ${runs} runs:`);
  for (const f of figures)
    console.log(
      `  ${f.path.padEnd(16)} performance ${String(f.performance).padStart(3)}   LCP ${(f.lcp / 1000).toFixed(2)} s   FCP ${(f.fcp / 1000).toFixed(2)} s   CLS ${f.cls.toFixed(3)}   TBT ${f.tbt.toFixed(0)} ms   (machine benchmark index ${f.benchmarkIndex.toFixed(0)})`,
    );
  console.log();
}
