/**
 * A small static server for the built app: what `npm start` runs, and what the
 * end-to-end tests and the benchmark drive. It behaves like the production hosts
 * described in the README: clean URLs, translated 404 pages with status 404,
 * security headers (a strict CSP, no referrer), long caching for hashed files,
 * and brotli/gzip compression.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { languageOfPath, paths } from '../site/paths';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

function cacheControl(path: string): string {
  if (path.startsWith('/assets/') || /\/workbox-[\w-]+\.js$/.test(path)) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

const compressible = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** The not-found page's clean URL (/uk/404) answers 404; its file (/uk/404.html) stays fetchable for the precache. */
const isNotFoundPage = (file: string) => file.endsWith(`${sep}404.html`);

export interface ServedResponse {
  path: string;
  status: number;
  /** Body bytes sent over the wire (after compression). */
  bytes: number;
}

export interface ServerOptions {
  root: string;
  port: number;
  host?: string;
  /** Called for every response: the benchmark counts requests and bytes with it. */
  onResponse?: (response: ServedResponse) => void;
}

export function startServer({ root, port, host = '127.0.0.1', onResponse }: ServerOptions): Promise<Server> {
  const base = resolve(root);
  const compressed = new Map<string, Buffer>();

  const fileFor = (urlPath: string): string | null => {
    const candidate = normalize(join(base, urlPath));
    if (candidate !== base && !candidate.startsWith(base + sep)) return null;
    return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
  };

  function send(req: IncomingMessage, res: ServerResponse, file: string, urlPath: string, status = 200) {
    const ext = extname(file);
    const stat = statSync(file);
    const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    if (status === 200 && req.headers['if-none-match'] === etag) {
      res.writeHead(304, { ...securityHeaders, ETag: etag, 'Cache-Control': cacheControl(urlPath) }).end();
      return;
    }
    const headers: Record<string, string> = {
      ETag: etag,
      ...securityHeaders,
      'Content-Type': types[ext] ?? 'application/octet-stream',
      'Cache-Control': status === 200 ? cacheControl(urlPath) : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    if (urlPath === '/sw.js') headers['Service-Worker-Allowed'] = '/';
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = !compressible.has(ext) ? null : /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    if (encoding) {
      const key = `${encoding}:${file}:${etag}`;
      let body = compressed.get(key);
      if (!body) {
        const raw = readFileSync(file);
        body =
          encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(raw, { level: 9 });
        compressed.set(key, body);
      }
      res.writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, { ...headers, 'Content-Length': String(stat.size) });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (onResponse) {
      let bytes = 0;
      const write = res.write.bind(res);
      const end = res.end.bind(res);
      const count = (chunk: unknown) => {
        if (typeof chunk === 'string' || chunk instanceof Uint8Array) bytes += Buffer.byteLength(chunk);
      };
      res.write = ((chunk: unknown, ...rest: never[]) => {
        count(chunk);
        return write(chunk as string, ...rest);
      }) as typeof res.write;
      res.end = ((chunk?: unknown, ...rest: never[]) => {
        count(chunk);
        return end(chunk as string, ...rest);
      }) as typeof res.end;
      res.on('finish', () => onResponse({ path: url.pathname + url.search, status: res.statusCode, bytes }));
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/__invalid__';
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD' }).end();
      return;
    }
    const direct = path.endsWith('/') ? fileFor(`${path}index.html`) : fileFor(path);
    if (direct) return send(req, res, direct, path);
    if (!path.endsWith('/') && !extname(path)) {
      const html = fileFor(`${path}.html`);
      if (html) return send(req, res, html, path, isNotFoundPage(html) ? 404 : 200);
      if (fileFor(`${path}/index.html`)) {
        res.writeHead(301, { ...securityHeaders, Location: `${path}/${url.search}` }).end();
        return;
      }
    }
    // Unknown: a page-like path gets the translated not-found page; a missing file a plain 404.
    if (extname(path) && extname(path) !== '.html') {
      res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end('Not found');
      return;
    }
    const notFound = fileFor(`${paths.notFound(languageOfPath(path))}.html`) ?? fileFor('/404.html');
    if (notFound) return send(req, res, notFound, path, 404);
    res.writeHead(404).end('Not found');
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

export function readBuildInfo(root: string): boolean {
  return existsSync(join(root, 'index.html')) && existsSync(join(root, 'sw.js'));
}
