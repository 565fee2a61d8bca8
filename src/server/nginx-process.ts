/**
 * Runs the system nginx with the generated config as an ordinary process: its own prefix
 * directory (config, pid, logs, temp files), a loopback port, no daemon. What
 * `npm run start:nginx`, the end-to-end tests and the benchmark use.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxMain, nginxServer } from './hosts/nginx';

export interface RunningNginx {
  baseUrl: string;
  process: ChildProcess;
  prefix: string;
  stop: () => Promise<void>;
}

export function nginxBinary(): string {
  if (process.env.NGINX) return process.env.NGINX;
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) if (existsSync(candidate)) return candidate;
  return 'nginx';
}

/** A port nothing listens on now, from the kernel. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, host, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(port));
    });
  });
}

/** Writes the prefix folder with nginx.conf for serving root on host:port. */
export function writeNginxPrefix(root: string, port: number, host = '127.0.0.1', prefix = mkdtempSync(join(tmpdir(), 'kompas-nginx-'))) {
  mkdirSync(join(prefix, 'tmp'), { recursive: true });
  const server = nginxServer({ production: false, listen: `${host}:${port}`, root: resolve(root) });
  writeFileSync(join(prefix, 'nginx.conf'), nginxMain(prefix, server));
  return prefix;
}

/** `nginx -t` on the generated config: throws with nginx's own message when it is refused. */
export function testNginxConfig(prefix: string): string {
  return execFileSync(nginxBinary(), ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8', stdio: 'pipe' });
}

async function waitForPort(url: string, child: ChildProcess, prefix: string) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  const log = existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '';
  throw new Error(`nginx did not start on ${url}\n${log}`);
}

export async function startNginx({
  root,
  port,
  host = '127.0.0.1',
}: {
  root: string;
  port?: number;
  host?: string;
}): Promise<RunningNginx> {
  const chosen = port ?? (await freePort(host));
  const prefix = writeNginxPrefix(root, chosen, host);
  const child = spawn(nginxBinary(), ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'inherit'] });
  const baseUrl = `http://${host}:${chosen}`;
  await waitForPort(`${baseUrl}/`, child, prefix);
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) {
        rmSync(prefix, { recursive: true, force: true });
        return done();
      }
      child.once('exit', () => {
        rmSync(prefix, { recursive: true, force: true });
        done();
      });
      child.kill('SIGQUIT');
    });
  return { baseUrl, process: child, prefix, stop };
}
