/**
 * The server figure of `npm run bench`: requests per second and p99 latency for one page
 * and the largest script, at 1, 16 and 64 concurrent loopback clients, for the local
 * server and nginx side by side. Each run is bounded in time (and in requests).
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { load } from './load';
import { freePort, startNginx } from './nginx-process';

const concurrency = [1, 16, 64];

async function waitFor(url: string) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    try {
      await fetch(url);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/** The local server in its own process, as `npm run serve` runs it, so the load generator does not share its thread. */
async function startLocal(root: string) {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/serve.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', KOMPAS_DIST: root },
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`);
  return { baseUrl, stop: async () => void child.kill() };
}

export function largestScript(root: string): string {
  const dir = join(root, 'assets');
  const scripts = readdirSync(dir).filter((f) => f.endsWith('.js'));
  scripts.sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size);
  return `/assets/${scripts[0]}`;
}

export async function benchServers(root: string, { seconds = 5 }: { seconds?: number } = {}): Promise<string[]> {
  const paths = ['/uk/temporary-protection', largestScript(root)];
  const servers = [
    { name: 'local', ...(await startLocal(root)) },
    { name: 'nginx', ...(await startNginx({ root })) },
  ];
  const lines = [
    `Servers on loopback (Accept-Encoding: br, gzip; ${seconds} s per figure): requests/s, p99`,
    `  ${'path'.padEnd(34)} ${'clients'.padStart(7)} ${servers.map((s) => `${s.name.padStart(22)}`).join('')}`,
  ];
  try {
    for (const path of paths)
      for (const clients of concurrency) {
        const cells: string[] = [];
        for (const server of servers) {
          const r = await load({ url: server.baseUrl + path, clients, seconds, headers: { 'accept-encoding': 'br, gzip' } });
          const errors = r.errors ? ` ${r.errors} err` : '';
          cells.push(`${Math.round(r.perSecond)}/s ${r.p99Ms.toFixed(1)} ms${errors}`.padStart(22));
        }
        lines.push(`  ${path.padEnd(34)} ${String(clients).padStart(7)} ${cells.join('')}`);
      }
  } finally {
    for (const server of servers) await server.stop();
  }
  return lines;
}
