/**
 * A request's path, decoded and normalised once. Everything after this works on the
 * result only, so no later step can see an encoded "..", a backslash or a control
 * character, and a redirect can only name a path on this site.
 */
import { posix } from 'node:path';

export type RequestPath =
  | { kind: 'path'; path: string; query: URLSearchParams }
  /** The request named an in-site path in another spelling ("/uk/./x", "//uk", "/a/../uk"): send it to the plain one. */
  | { kind: 'redirect'; location: string }
  | { kind: 'bad' };

/** Longer than any real path: refused before decoding. */
const maxLength = 2048;

/** Encodes a decoded, normalised path for a Location header: only ASCII, never "//" at the start. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

export function parseRequestPath(rawUrl: string | undefined): RequestPath {
  const raw = rawUrl ?? '/';
  if (!raw.startsWith('/') || raw.length > maxLength) return { kind: 'bad' };
  const queryAt = raw.indexOf('?');
  const rawPath = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1));
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad' }; // malformed escapes and overlong UTF-8 ("%c0%ae")
  }
  // NUL, control characters and backslashes have no place in a Kompas path.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return { kind: 'bad' };
  // "/a/b/.." names the folder /a/: keep its trailing slash.
  const folder = /\/\.\.?$/.test(decoded) ? '/' : '';
  const normalised = `${posix.normalize(decoded)}${folder}`.replace(/\/{2,}/g, '/');
  const path = normalised.startsWith('/') ? normalised : `/${normalised}`;
  if (path !== decoded) {
    const search = query.toString();
    return { kind: 'redirect', location: `${encodePath(path)}${search ? `?${search}` : ''}` };
  }
  return { kind: 'path', path, query };
}
