/**
 * The local server under hostile requests: each asserts the status, that the server still
 * answers afterwards, and that any Location stays on the site. Runs on a small copy of a
 * site made here (no build needed), with a symlink that leads out of it.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../src/server/host-rules';
import { startServer } from '../src/server/static-server';

let server: Server;
let port = 0;
let base = '';
const outside = mkdtempSync(join(tmpdir(), 'kompas-outside-'));
const root = mkdtempSync(join(tmpdir(), 'kompas-site-'));

function site(files: Record<string, string>) {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), text);
    if (/\.(html|js)$/.test(name)) {
      writeFileSync(join(root, `${name}.br`), brotliCompressSync(text));
      writeFileSync(join(root, `${name}.gz`), gzipSync(text));
    }
  }
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request: the path goes on the wire exactly as written. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Bytes straight to the socket, for requests no HTTP client would send. */
function wire(text: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
  });
}

async function alive() {
  const answer = await raw('/uk/');
  expect(answer.status).toBe(200);
  expect(answer.body).toContain('uk home');
}

function expectOnSite(answer: Answer) {
  const location = answer.headers.location;
  if (location === undefined) return;
  expect(typeof location).toBe('string');
  const target = new URL(String(location), base);
  expect(target.origin).toBe(base);
  expect(String(location)).toMatch(/^\/(?![/\\])/);
  expect(String(location)).toMatch(/^[\x21-\x7e]+$/);
}

beforeAll(async () => {
  site({
    'index.html': '<p>chooser</p>',
    '404.html': '<p>root not found</p>',
    'uk/index.html': '<p>uk home</p>',
    'uk/404.html': '<p>uk not found</p>',
    'uk/emergency.html': '<p>uk emergency</p>',
    'en/index.html': '<p>en home</p>',
    'en/404.html': '<p>en not found</p>',
    'assets/app-abc123.js': 'console.log("app")',
    'sw.js': 'self.x = 1',
  });
  writeFileSync(join(outside, 'secret.txt'), 'SECRET');
  writeFileSync(join(outside, 'secret.html'), 'SECRET');
  symlinkSync(outside, join(root, 'uk', 'linked'));
  symlinkSync(join(outside, 'secret.html'), join(root, 'uk', 'leak.html'));
  server = await startServer({ root, port: 0 });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('the local server under hostile requests', () => {
  const cases: [string, number, string?][] = [
    // The requests that crashed the old server: a Location built from decoded bytes.
    ['/uk/%D1%83%2F..', 301, '/uk/'],
    ['/uk/%0d%0aSet-Cookie:%20x=1%2F..', 400],
    ['/uk/%0d%0a%2F..', 400],
    ['/uk/%7F%2F..', 400],
    // Open redirects: the path must never become "//host" or "/\host".
    ['/%2Fevil.example%2F..%2Fuk', 301, '/uk'],
    ['/%2F%2Fevil.example', 301, '/evil.example'],
    ['/%5Cevil.example%2F..%2Fuk', 400],
    ['/%5C%5Cevil.example', 400],
    ['//evil.example/', 301, '/evil.example/'],
    ['/uk/./emergency', 301, '/uk/emergency'],
    // Traversal in every spelling.
    ['/../../../../etc/passwd', 301, '/etc/passwd'],
    ['/%2e%2e/%2e%2e/etc/passwd', 301, '/etc/passwd'],
    ['/%252e%252e/%252e%252e/etc/passwd', 404],
    ['/..%5c..%5cetc%5cpasswd', 400],
    ['/uk/emergency%00.html', 400],
    ['/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd', 400],
    ['/%e0%80%ae%e0%80%ae/etc/passwd', 400],
    ['/%', 400],
    ['/%zz', 400],
    // Symlinks out of the site.
    ['/uk/linked/secret.txt', 404],
    ['/uk/linked/secret', 404],
    ['/uk/leak', 404],
    ['/uk/leak.html', 404],
  ];
  for (const [path, status, location] of cases) {
    it(`${path} → ${status}${location ? ` ${location}` : ''}`, async () => {
      const answer = await raw(path);
      expect(answer.status).toBe(status);
      expect(answer.body).not.toContain('SECRET');
      expect(answer.body).not.toContain('root:');
      expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy);
      if (location) expect(answer.headers.location).toBe(location);
      else expect(answer.headers.location).toBeUndefined();
      expectOnSite(answer);
      await alive();
    });
  }

  it('answers a 100 kB URL with 431 and the security headers (Node refuses it before the handler)', async () => {
    const answer = await wire(`GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain(`Content-Security-Policy: ${contentSecurityPolicy}`);
    await alive();
  });

  it('answers a malformed request line with 400 and the security headers', async () => {
    const answer = await wire('GET /\x01 HTTP/9\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('X-Content-Type-Options: nosniff');
    await alive();
  });

  it('refuses a long path inside the header limit with 400', async () => {
    const answer = await raw(`/${'%41'.repeat(3000)}`);
    expect(answer.status).toBe(400);
    await alive();
  });

  it('allows GET and HEAD only', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
      const answer = await raw('/uk/', {}, method);
      expect([method, answer.status, answer.headers.allow]).toEqual([method, 405, 'GET, HEAD']);
    }
    const head = await raw('/uk/emergency', {}, 'HEAD');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', String('<p>uk emergency</p>'.length)]);
    await alive();
  });

  it('reads Accept-Encoding q-values and case, and never compresses itself', async () => {
    const encodingFor = async (accept: string) =>
      (await raw('/assets/app-abc123.js', { 'accept-encoding': accept })).headers['content-encoding'];
    expect(await encodingFor('br')).toBe('br');
    expect(await encodingFor('BR')).toBe('br');
    expect(await encodingFor('gzip, deflate, br')).toBe('br');
    expect(await encodingFor('br;q=0, gzip')).toBe('gzip');
    expect(await encodingFor('br;q=0.5, gzip;q=0.8')).toBe('gzip');
    expect(await encodingFor('gzip;q=0, br;q=0')).toBeUndefined();
    expect(await encodingFor('*')).toBe('br');
    expect(await encodingFor('*;q=0')).toBeUndefined();
    expect(await encodingFor('identity')).toBeUndefined();
    expect(await encodingFor('')).toBeUndefined();
    const plain = await raw('/assets/app-abc123.js');
    expect(plain.body).toBe('console.log("app")');
    expect(plain.headers.vary).toBe('Accept-Encoding');
  });

  it('answers weak, listed and "*" If-None-Match with 304 carrying Vary and the security headers', async () => {
    const first = await raw('/uk/emergency', { 'accept-encoding': 'gzip' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^W\/"/);
    const strong = etag.replace(/^W\//, '');
    for (const header of [etag, strong, `"nope", ${etag}`, `"a","b" , ${strong}`, '*']) {
      const again = await raw('/uk/emergency', { 'accept-encoding': 'gzip', 'if-none-match': header });
      expect([header, again.status, again.headers.vary, again.headers['content-security-policy']]).toEqual([
        header,
        304,
        'Accept-Encoding',
        contentSecurityPolicy,
      ]);
    }
    const other = await raw('/uk/emergency', { 'accept-encoding': 'gzip', 'if-none-match': '"nope", W/"also-not"' });
    expect(other.status).toBe(200);
  });

  it('serves clean URLs, language 404s and plain 404s for missing files', async () => {
    expect((await raw('/uk/emergency')).body).toBe('<p>uk emergency</p>');
    const uk = await raw('/uk/nothing');
    expect([uk.status, uk.body]).toEqual([404, '<p>uk not found</p>']);
    const root404 = await raw('/nothing/here');
    expect([root404.status, root404.body]).toEqual([404, '<p>root not found</p>']);
    expect((await raw('/uk/404')).status).toBe(404);
    expect((await raw('/uk/404.html')).status).toBe(200);
    const script = await raw('/assets/missing.js');
    expect([script.status, script.headers['content-type']]).toEqual([404, 'text/plain; charset=utf-8']);
    const dir = await raw('/uk?x=1');
    expect([dir.status, dir.headers.location]).toEqual([301, '/uk/?x=1']);
  });

  it('sends old directory filter links to the path form when turned on, with only slugs in the Location', async () => {
    const legacy = await startServer({ root, port: 0, legacyDirectoryRedirect: true });
    const address = legacy.address();
    const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const go = async (path: string) => (await fetch(url + path, { redirect: 'manual' })).headers.get('location');
    expect(await go('/uk/directory?city=belgrade&group=lgbti')).toBe('/uk/directory/belgrade/lgbti');
    expect(await go('/en/directory?group=lgbti')).toBe('/en/directory/all/lgbti');
    expect(await go('/sr/directory?city=nis')).toBe('/sr/directory/nis/all');
    expect(await go('/sr/directory?city=%2F%2Fevil.example')).toBe('/sr/directory/all/all');
    await new Promise<void>((resolve) => legacy.close(() => resolve()));
  });
});
