/**
 * Reading pages in `npm run bench`: the scripts a page really loads in Chromium until its
 * islands are hydrated (brotli, as they travel), and Lighthouse for /uk/ and /uk/directory.
 * Kept apart from bench.ts so the save figures and these can change independently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../server/static-server';
import { lighthouseFigures, printLighthouse } from './bench-lighthouse';
import { chromePath, chromiumArgs } from './chromium';

const readingPaths = ['/uk/', '/uk/temporary-protection', '/uk/directory', '/en/directory/adra'];

const brotli = (file: string) => brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

async function loadedScripts(dist: string, base: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    console.log('Reading pages: scripts loaded until the islands are hydrated (brotli):');
    for (const path of readingPaths) {
      const scripts = new Set<string>();
      const onRequest = (request: { resourceType: () => string; url: () => string }) => {
        if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
      };
      page.on('request', onRequest);
      await page.goto(base + path);
      await page.waitForSelector('#root[data-islands="hydrated"]', { timeout: 60_000 });
      await page.waitForLoadState('networkidle');
      page.off('request', onRequest);
      const bytes = [...scripts].reduce((sum, script) => sum + brotli(join(dist, script)), 0);
      console.log(`  ${path.padEnd(28)} ${kb(bytes).padStart(9)}   (${scripts.size} files; budget 60 kB)`);
    }
    console.log();
  } finally {
    await browser.close();
  }
}

export async function benchReadingPages(dist: string): Promise<void> {
  const server = await startServer({ root: dist, port: 0 });
  const address = server.address();
  const base = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    await loadedScripts(dist, base);
    const assets = readdirSync(join(dist, 'assets'), { recursive: true }).map(String);
    const warm = assets.filter((file) => /\.(js|css)$/.test(file)).map((file) => `/assets/${file}`);
    printLighthouse(await lighthouseFigures(base, warm));
  } finally {
    server.close();
  }
}
