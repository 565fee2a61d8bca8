/**
 * The local server while builds swap dist/ again and again (src/build/swap-folder.ts):
 * a page that exists in both the old and the new site is never answered 404 or 5xx.
 * A whole build swaps once; this swaps 150 times, 40 ms apart, so the instant between the
 * two renames is hit many times over (CI once caught 2 × 404 in 20 000 requests of one build).
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { swapFolder } from '../src/build/swap-folder';
import { startServer } from '../src/server/static-server';

const parent = mkdtempSync(join(tmpdir(), 'kompas-swap-'));
const target = join(parent, 'dist');
let server: Server;
let base = '';

function makeSite(dir: string, version: number) {
  for (const name of ['index.html', 'uk/index.html', 'en/emergency.html', '404.html', 'uk/404.html', 'sw.js']) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), `<p>${name} v${version}</p>`);
  }
}

beforeAll(async () => {
  makeSite(target, 0);
  server = await startServer({ root: target, port: 0 });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(parent, { recursive: true, force: true });
});

it('answers every request 200 while dist/ is swapped 150 times', { timeout: 120_000 }, async () => {
  const paths = ['/uk/', '/en/emergency', '/sw.js', '/'];
  const statuses = new Map<number, number>();
  let running = true;
  const client = async (n: number) => {
    for (let i = n; running; i++) {
      let status = 0; // 0: the connection failed
      try {
        const response = await fetch(base + (paths[i % paths.length] ?? '/'));
        await response.arrayBuffer();
        status = response.status;
      } catch {}
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  const clients = Array.from({ length: 8 }, (_, n) => client(n));
  const total = () => [...statuses.values()].reduce((a, b) => a + b, 0);
  let version = 0;
  try {
    // At least 150 swaps and 2000 answers; at most 2000 swaps, should the clients stall.
    while ((version < 150 || total() < 2000) && version < 2000) {
      version++;
      const ready = join(parent, `dist.building-${version}`);
      makeSite(ready, version);
      await swapFolder(ready, target);
      await new Promise((done) => setTimeout(done, 40));
    }
  } finally {
    // Also when a swap throws: clients left running would spin on after the test.
    running = false;
    await Promise.all(clients);
  }
  expect(Object.fromEntries(statuses)).toEqual({ 200: total() });
  expect(await (await fetch(`${base}/uk/`)).text()).toBe(`<p>uk/index.html v${version}</p>`);
  // A missing page is still a 404 after all that.
  expect((await fetch(`${base}/uk/no-such-page`)).status).toBe(404);
  await expect.poll(() => readdirSync(parent)).toEqual(['dist']);
});
