/** Runs the system Caddy with the generated Caddyfile on a loopback port, with its own data folder (tests). */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { caddyfile } from './hosts/caddy';
import { freePort } from './nginx-process';

export async function startCaddy({ root, port }: { root: string; port?: number }) {
  const chosen = port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), 'kompas-caddy-'));
  const baseUrl = `http://127.0.0.1:${chosen}`;
  writeFileSync(join(prefix, 'Caddyfile'), caddyfile({ root: resolve(root), address: baseUrl, production: false }));
  const child = spawn(process.env.CADDY ?? 'caddy', ['run', '--adapter', 'caddyfile', '--config', join(prefix, 'Caddyfile')], {
    env: { ...process.env, XDG_DATA_HOME: prefix, XDG_CONFIG_HOME: prefix, HOME: prefix },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await fetch(`${baseUrl}/`);
      break;
    } catch (error) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Caddy did not start on ${baseUrl}: ${error}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  const stop = () =>
    new Promise<void>((done) => {
      const finish = () => {
        rmSync(prefix, { recursive: true, force: true });
        done();
      };
      if (child.exitCode !== null) return finish();
      child.once('exit', finish);
      child.kill('SIGTERM');
    });
  return { baseUrl, stop };
}
