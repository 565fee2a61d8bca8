/**
 * The local server, nginx and Caddy (each running its generated config) answer alike: same status,
 * headers and body for pages, assets, sw.js, the manifest, the SEO files and every kind of 404.
 */
import { readdirSync, statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startCaddy } from '../../src/server/caddy-process';
import { contentSecurityPolicy } from '../../src/server/host-rules';

const servers = inject('servers');
/** Caddy runs here only: the generated Caddyfile answers like the other two. */
let caddy: Awaited<ReturnType<typeof startCaddy>> | undefined;
beforeAll(async () => {
  caddy = await startCaddy({ root: 'dist' });
});
afterAll(async () => {
  await caddy?.stop();
});
const largestScript = readdirSync('dist/assets')
  .filter((f) => f.endsWith('.js'))
  .sort((a, b) => statSync(`dist/assets/${b}`).size - statSync(`dist/assets/${a}`).size)[0];

const paths = [
  '/',
  '/uk/',
  '/uk',
  '/sr-cyrl/emergency',
  '/en/temporary-protection.html',
  '/ru/directory',
  `/assets/${largestScript}`,
  '/sw.js',
  '/manifest.webmanifest',
  '/icons/kompas-192.png',
  '/og/uk.png',
  '/sitemap.xml',
  '/robots.txt',
  '/uk/no-such-page',
  '/uk/404',
  '/uk/404.html',
  '/no/such/place',
  '/assets/missing.js',
  '/uk/missing.css',
];
const compared = [
  'content-type',
  'cache-control',
  'content-encoding',
  'vary',
  'location',
  'content-security-policy',
  'referrer-policy',
  'x-content-type-options',
  'permissions-policy',
  'cross-origin-opener-policy',
  'service-worker-allowed',
  'strict-transport-security',
];

async function answer(baseUrl: string, path: string, encoding: string) {
  const response = await fetch(baseUrl + path, { redirect: 'manual', headers: { 'accept-encoding': encoding } });
  const body = Buffer.from(await response.arrayBuffer());
  const headers = Object.fromEntries(compared.map((name) => [name, response.headers.get(name)]));
  return { status: response.status, headers, body: body.toString('base64'), etag: response.headers.get('etag') };
}

describe('the local server, nginx and Caddy', () => {
  it('runs the local server and nginx for every reader-facing test', () => {
    expect(servers.map((s) => s.name)).toEqual(['node', 'nginx']);
  });

  for (const encoding of ['gzip', 'identity']) {
    it(`answer every kind of request with the same status, headers and body, as Caddy does (Accept-Encoding: ${encoding})`, async () => {
      const [node, nginx] = servers;
      if (!node || !nginx || !caddy) throw new Error('three servers expected');
      const differences: string[] = [];
      for (const [path, other] of paths.flatMap((p) => [nginx.baseUrl, caddy?.baseUrl ?? ''].map((url) => [p, url] as const))) {
        const a = await answer(node.baseUrl, path, encoding);
        const b = await answer(other, path, encoding);
        const at = `${other} ${path}`;
        if (a.status !== b.status) differences.push(`${at}: status ${a.status} / ${b.status}`);
        for (const name of compared) {
          // A redirect's body (its type, what it varies by) is the server's own note; browsers never show it.
          if ((name === 'content-type' || name === 'vary') && a.status === 301) continue;
          if (a.headers[name] !== b.headers[name]) differences.push(`${at}: ${name} ${a.headers[name]} / ${b.headers[name]}`);
        }
        if (a.status !== 301 && a.body !== b.body) differences.push(`${at}: bodies differ`);
        if (a.status === 200 && !(a.etag && b.etag)) differences.push(`${at}: no ETag`);
      }
      expect(differences).toEqual([]);
    });
  }

  it('send the one Content-Security-Policy with pages, scripts and errors, and no HSTS over plain http', async () => {
    for (const { baseUrl } of servers)
      for (const path of ['/en/', `/assets/${largestScript}`, '/nowhere', '/assets/missing.js']) {
        const response = await fetch(baseUrl + path);
        expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
        expect(response.headers.get('strict-transport-security')).toBeNull();
      }
  });

  it('revalidate with If-None-Match: 304 with Vary and the security headers', async () => {
    for (const { baseUrl } of servers) {
      const first = await fetch(`${baseUrl}/uk/emergency`, { headers: { 'accept-encoding': 'gzip' } });
      const etag = first.headers.get('etag') ?? '';
      const again = await fetch(`${baseUrl}/uk/emergency`, { headers: { 'accept-encoding': 'gzip', 'if-none-match': `"other", ${etag}` } });
      expect([baseUrl, again.status, again.headers.get('vary'), again.headers.get('content-security-policy')]).toEqual([
        baseUrl,
        304,
        'Accept-Encoding',
        contentSecurityPolicy,
      ]);
    }
  });
});
