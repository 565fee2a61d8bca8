/**
 * Rebuilding while serving: the build swaps the finished site in at once, so 16 clients
 * loading pages during a whole build see no 5xx and no missing page, and the server lives on.
 * A failed build leaves the served site as it was.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, unlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/static-server';

const parent = mkdtempSync(join(tmpdir(), 'kompas-rebuild-'));
const site = join(parent, 'dist');
let server: Server;
let base = '';

function build(env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/build.ts'], {
      env: { ...process.env, KOMPAS_DIST: site, ...env },
      stdio: 'ignore',
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const snapshot = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .sort()
    .map((name) => `${name}:${statSync(join(dir, name)).mtimeMs}`);

beforeAll(async () => {
  cpSync('dist', site, { recursive: true });
  server = await startServer({ root: site, port: 0 });
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(parent, { recursive: true, force: true });
});

describe('a copy of dist/ with symlinks out of it', () => {
  it('serves nothing a symlink points to outside the site', async () => {
    symlinkSync('/etc/passwd', join(site, 'uk', 'leak.html'));
    symlinkSync('/etc', join(site, 'assets', 'etc'));
    try {
      for (const [path, status] of [
        ['/uk/leak', 404],
        ['/uk/leak.html', 404],
        ['/assets/etc/passwd', 404],
        ['/assets/etc/hostname', 404],
      ] as const) {
        const response = await fetch(base + path);
        const body = await response.text();
        expect([path, response.status, body.includes('root:')]).toEqual([path, status, false]);
      }
      expect((await fetch(`${base}/uk/`)).status).toBe(200);
    } finally {
      unlinkSync(join(site, 'uk', 'leak.html'));
      unlinkSync(join(site, 'assets', 'etc'));
    }
  });
});

describe('rebuilding while serving', () => {
  it('16 clients loading pages during a build get no 5xx and no 404, and the server survives', { timeout: 600_000 }, async () => {
    const paths = ['/uk/', '/en/emergency', '/sw.js', '/ru/directory', '/sr-cyrl/temporary-protection', '/manifest.webmanifest'];
    const statuses = new Map<number, number>();
    let running = true;
    let requests = 0;
    const client = async (n: number) => {
      for (let i = n; running && requests < 200_000; i++) {
        const path = paths[i % paths.length] ?? '/';
        try {
          const response = await fetch(base + path, { headers: { 'accept-encoding': 'br, gzip' } });
          await response.arrayBuffer();
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        } catch {
          statuses.set(0, (statuses.get(0) ?? 0) + 1);
        }
        requests++;
      }
    };
    const clients = Array.from({ length: 16 }, (_, n) => client(n));
    const before = readdirSync(join(site, 'assets')).length;
    const code = await build();
    running = false;
    await Promise.all(clients);
    expect(code).toBe(0);
    expect(readdirSync(join(site, 'assets')).length).toBe(before);
    expect(requests).toBeGreaterThan(100);
    expect(Object.fromEntries(statuses)).toEqual({ 200: requests });
    expect((await fetch(`${base}/uk/`)).status).toBe(200);
    expect(readdirSync(parent).sort()).toEqual(['dist']);
  });

  it('a failed build leaves the served site untouched and nothing half-built beside it', { timeout: 300_000 }, async () => {
    const before = snapshot(site);
    const code = await build({ KOMPAS_SITE_URL: 'not an address' });
    expect(code).not.toBe(0);
    expect(snapshot(site)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect((await fetch(`${base}/en/`)).status).toBe(200);
  });
});
