/**
 * The local server behind `npm start`, the end-to-end tests and the benchmark. It follows
 * the same rules as the generated nginx/Caddy/Netlify configs (src/server/host-rules.ts):
 * clean URLs, translated 404s, the same headers and caching. It never compresses: the build
 * writes .br and .gz next to each file, and the server picks one.
 *
 * Why not sirv: it reads Accept-Encoding by substring (br;q=0 gets brotli), compares
 * If-None-Match exactly, sends 304 without Vary, follows symlinks, and pipes a ReadStream
 * with no error handler (the crash seen when dist/ is rebuilt while serving). See
 * docs/decisions/008-serving.md.
 */
import type { Stats } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import {
  cacheControlFor,
  compressibleExtensions,
  contentTypes,
  defaultContentType,
  hasFileExtension,
  headersFor,
  legacyDirectoryLocation,
  notFoundCleanPaths,
  notFoundRules,
  plainNotFound,
  serviceWorker,
} from './host-rules';
import { type Encoding, etagMatches, pickEncoding } from './negotiate';
import { encodePath, parseRequestPath } from './request-path';

export interface ServedResponse {
  path: string;
  status: number;
  /** Body bytes sent (compressed when compressed). */
  bytes: number;
}

export interface ServerOptions {
  root: string;
  port: number;
  host?: string;
  /** Called for every response: the benchmark counts requests and bytes with it. */
  onResponse?: (response: ServedResponse) => void;
  /** Send the old directory filter links to the path form (host-rules.ts decides by default). */
  legacyDirectoryRedirect?: boolean;
}

interface FoundFile {
  abs: string;
  stats: Stats;
}

const headers = headersFor(false);
const encodingSuffix: Record<Encoding, string> = { br: '.br', gzip: '.gz' };
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Small whole-file cache, checked against the file's inode, size and time on every request. */
class FileCache {
  private entries = new Map<string, { key: string; body: Buffer }>();
  private bytes = 0;
  constructor(private readonly budget = 64 * 1024 * 1024) {}

  async read(file: FoundFile): Promise<Buffer> {
    const key = `${file.stats.ino}:${file.stats.size}:${file.stats.mtimeMs}`;
    const hit = this.entries.get(file.abs);
    if (hit?.key === key) return hit.body;
    const handle = await open(file.abs, 'r');
    let body: Buffer;
    try {
      body = await handle.readFile();
    } finally {
      await handle.close();
    }
    if (this.bytes + body.length > this.budget) {
      this.entries.clear();
      this.bytes = 0;
    }
    if (hit) this.bytes -= hit.body.length;
    this.entries.set(file.abs, { key, body });
    this.bytes += body.length;
    return body;
  }
}

export function startServer(options: ServerOptions): Promise<Server> {
  const server = createServer((req, res) => {
    handle(req, res, options, cache).catch((error: unknown) => failed(res, error));
  });
  const cache = new FileCache();
  server.on('clientError', clientError);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      server.on('error', (error) => console.error('server error:', error));
      resolvePromise(server);
    });
  });
}

/** The real folder behind root and its inode, so a request can tell that a build swapped dist/ under it. */
interface Root {
  path: string;
  ino: number;
}

/** The real folder behind root, waiting out the moment a build swaps dist/ (rename, rename). */
async function realRoot(root: string): Promise<Root | null> {
  for (let attempt = 0; attempt < 40; attempt++) {
    try {
      const path = await realpath(root);
      return { path, ino: (await stat(path)).ino };
    } catch {
      await sleep(25);
    }
  }
  return null;
}

/** True when the folder a request started in is no longer the site (a build renamed it away). */
async function swappedAway(root: Root): Promise<boolean> {
  try {
    return (await stat(root.path)).ino !== root.ino;
  } catch {
    return true;
  }
}

/** Thrown when a file was missing only because a build swapped dist/ mid-request: the request starts again. */
class SwappedAway extends Error {
  code = 'ENOENT';
}

/** A regular file at a site path, whose real location (symlinks resolved) is inside root. */
async function findFile(root: string, sitePath: string): Promise<FoundFile | null> {
  let abs: string;
  try {
    abs = await realpath(join(root, sitePath));
  } catch {
    return null;
  }
  if (!abs.startsWith(root + sep)) return null;
  try {
    const stats = await stat(abs);
    return stats.isFile() ? { abs, stats } : null;
  } catch {
    return null;
  }
}

async function handle(req: IncomingMessage, res: ServerResponse, options: ServerOptions, cache: FileCache): Promise<void> {
  res.on('error', () => {});
  if (options.onResponse) countResponse(req, res, options.onResponse);
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
  const parsed = parseRequestPath(req.url);
  if (parsed.kind === 'bad') return plain(res, 400, 'Bad request\n');
  if (parsed.kind === 'redirect') return redirect(res, parsed.location);
  const { path, query } = parsed;
  const legacy = legacyDirectoryLocation(path, query, options.legacyDirectoryRedirect);
  if (legacy) return redirect(res, legacy);

  // A build may swap dist/ between finding a file and reading it, or make a file look
  // missing for an instant: start again in the new folder, a few times at most.
  for (let attempt = 0; ; attempt++) {
    const root = await realRoot(resolve(options.root));
    if (!root) return plain(res, 503, 'The site is being rebuilt\n');
    try {
      return await serve(req, res, root, path, query, cache);
    } catch (error) {
      if (attempt >= 3 || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await sleep(25);
    }
  }
}

async function serve(req: IncomingMessage, res: ServerResponse, site: Root, path: string, query: URLSearchParams, cache: FileCache) {
  const root = site.path;
  if (notFoundCleanPaths.includes(path)) return notFound(req, res, site, path, cache);
  const candidates = path.endsWith('/') ? [`${path}index.html`] : hasFileExtension(path) ? [path] : [path, `${path}.html`];
  for (const candidate of candidates) {
    const file = await findFile(root, candidate);
    if (file) return send(req, res, root, file, candidate, path, 200, cache);
  }
  if (!path.endsWith('/') && (await findFile(root, `${path}/index.html`))) {
    const search = query.toString();
    return redirect(res, `${encodePath(`${path}/`)}${search ? `?${search}` : ''}`);
  }
  return notFound(req, res, site, path, cache);
}

async function notFound(req: IncomingMessage, res: ServerResponse, site: Root, path: string, cache: FileCache) {
  // Missing, or only missing because dist/ was renamed away while we looked?
  if (await swappedAway(site)) throw new SwappedAway(`${site.path} was swapped during ${path}`);
  const root = site.path;
  if (hasFileExtension(path)) return plain(res, 404, plainNotFound.body);
  const rule = notFoundRules.find((r) => path.startsWith(r.prefix)) ?? notFoundRules[notFoundRules.length - 1];
  const file = rule && (await findFile(root, rule.page));
  if (!rule || !file) return plain(res, 404, plainNotFound.body);
  return send(req, res, root, file, rule.page, path, 404, cache);
}

async function send(
  req: IncomingMessage,
  res: ServerResponse,
  root: string,
  file: FoundFile,
  filePath: string,
  urlPath: string,
  status: number,
  cache: FileCache,
) {
  const ext = extname(filePath).slice(1);
  const compressible = compressibleExtensions.includes(ext);
  const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : null;
  const variant = encoding ? await findFile(root, filePath + encodingSuffix[encoding]) : null;
  const served = variant ?? file;
  const etag = `W/"${served.stats.size.toString(16)}-${Math.floor(served.stats.mtimeMs).toString(16)}"`;
  const head: Record<string, string> = {
    ...headers,
    'Content-Type': contentTypes[ext] ?? defaultContentType,
    'Cache-Control': status === 200 ? cacheControlFor(urlPath) : 'no-cache',
  };
  if (compressible) head.Vary = 'Accept-Encoding';
  if (urlPath === serviceWorker.path) Object.assign(head, serviceWorker.headers);
  if (status === 200) {
    head.ETag = etag;
    if (etagMatches(req.headers['if-none-match'], etag)) {
      delete head['Content-Type'];
      res.writeHead(304, head).end();
      return;
    }
  }
  const body = await cache.read(served);
  if (variant && encoding) head['Content-Encoding'] = encoding;
  head['Content-Length'] = String(body.length);
  res.writeHead(status, head);
  res.end(req.method === 'HEAD' ? undefined : body);
}

function plain(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) {
  res.writeHead(status, {
    ...headers,
    'Content-Type': plainNotFound.type,
    'Cache-Control': 'no-cache',
    'Content-Length': String(Buffer.byteLength(body)),
    ...extra,
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Only ever an in-site path: every caller passes a path built by encodePath, starting with one "/". */
function redirect(res: ServerResponse, location: string) {
  if (!location.startsWith('/') || location.startsWith('//')) return plain(res, 400, 'Bad request\n');
  res.writeHead(301, { ...headers, Location: location, 'Cache-Control': 'no-cache', 'Content-Length': '0' }).end();
}

function failed(res: ServerResponse, error: unknown) {
  console.error('request failed:', error);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  try {
    plain(res, 500, 'Server error\n');
  } catch {
    res.destroy();
  }
}

/** Node answers malformed requests itself (400, 431 for huge headers): with the same security headers. */
function clientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (!socket.writable || (error.code === 'ECONNRESET' && socket.bytesWritten > 0)) {
    socket.destroy();
    return;
  }
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const reason = status === 431 ? 'Request Header Fields Too Large' : status === 408 ? 'Request Timeout' : 'Bad Request';
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  socket.end(
    [
      `HTTP/1.1 ${status} ${reason}`,
      ...lines,
      'Content-Type: text/plain; charset=utf-8',
      'Content-Length: 0',
      'Connection: close',
      '',
      '',
    ].join('\r\n'),
  );
}

function countResponse(req: IncomingMessage, res: ServerResponse, onResponse: (response: ServedResponse) => void) {
  let bytes = 0;
  const end = res.end.bind(res);
  res.end = ((chunk?: unknown, ...rest: never[]) => {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) bytes += Buffer.byteLength(chunk);
    return end(chunk as string, ...rest);
  }) as typeof res.end;
  res.on('finish', () => onResponse({ path: req.url ?? '/', status: res.statusCode, bytes }));
}

export function readBuildInfo(root: string): Promise<boolean> {
  return Promise.all([stat(join(root, 'index.html')), stat(join(root, 'sw.js'))]).then(
    () => true,
    () => false,
  );
}
