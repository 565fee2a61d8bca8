/**
 * npm run build: builds into a temporary folder and swaps it in place of dist/ only when
 * complete. A failed build leaves the previous dist/ untouched and no partial copy behind.
 *   1. the server bundle (dist-ssr/) for prerendering;
 *   2. the client build with prerendered pages and the service worker;
 *   3. host files (_headers, _redirects), sitemap.xml, robots.txt, preview images;
 *   4. .br and .gz next to every compressible file;
 *   5. the swap.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { compressFolder } from '../build/compress';
import { writeSiteFiles } from '../build/site-files';
import { swapFolder } from '../build/swap-folder';

const target = process.env.KOMPAS_DIST ?? 'dist';
const temporary = `${target}.building-${process.pid}`;
const vite = join('node_modules', 'vite', 'bin', 'vite.js');

async function build() {
  execFileSync(process.execPath, [vite, 'build', '--ssr', 'src/app/entry-server.tsx', '--outDir', 'dist-ssr', '--emptyOutDir'], {
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [vite, 'build', '--outDir', temporary, '--emptyOutDir'], { stdio: 'inherit' });
  for (const file of ['index.html', 'sw.js', '404.html'])
    if (!existsSync(join(temporary, file))) throw new Error(`The build made no ${file}`);
  await writeSiteFiles(temporary);
  const count = await compressFolder(temporary);
  console.log(`compressed ${count} files (.br, .gz)`);
  await swapFolder(temporary, target);
  console.log(`${target}/ is ready`);
}

try {
  await build();
} catch (error) {
  await rm(temporary, { recursive: true, force: true });
  console.error(`\nThe build failed; ${target}/ is unchanged.\n${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
}
