/** Content negotiation the way RFC 9110 says: q-values, case, "*" and weak ETags. */

export type Encoding = 'br' | 'gzip';

/** The best encoding the client accepts, preferring brotli; null for the plain file. */
export function pickEncoding(header: string | string[] | undefined): Encoding | null {
  const accepted = new Map<string, number>();
  for (const part of (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',')) {
    const [name = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q=([0-9.]+)$/.exec(param);
      if (match) q = Number(match[1]);
    }
    if (Number.isNaN(q)) q = 0;
    accepted.set(name, Math.max(accepted.get(name) ?? 0, q));
  }
  const qualityOf = (name: string) =>
    accepted.get(name) ?? (name === 'gzip' ? accepted.get('x-gzip') : undefined) ?? accepted.get('*') ?? 0;
  const br = qualityOf('br');
  const gzip = qualityOf('gzip');
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return null;
}

/** True when If-None-Match names this ETag (weak comparison) or is "*". */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const own = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === own);
}
