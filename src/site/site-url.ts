/**
 * The deployed address that printed and shared links carry, set at build time with
 * KOMPAS_SITE_URL (see vite.config.ts). The default is where `npm start` serves.
 */
export const defaultSiteUrl = 'http://localhost:4173';

// Vite replaces import.meta.env.KOMPAS_SITE_URL at build time; plain Node (tsx scripts) has no import.meta.env.
const configured = typeof import.meta.env === 'undefined' ? undefined : import.meta.env.KOMPAS_SITE_URL;

export const siteUrl: string = (configured || defaultSiteUrl).replace(/\/+$/, '');

/** An absolute URL for a path from paths.ts. */
export const absoluteUrl = (path: string) => siteUrl + path;

/** True for addresses a poster or printed QR code could not reach from another device. */
export function isLocalAddress(url: string): boolean {
  let host: string;
  try {
    // URL lowercases the name and writes IP addresses one way (127.1 → 127.0.0.1, [::ffff:127.0.0.1] → [::ffff:7f00:1]).
    host = new URL(url).hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  } catch {
    return true;
  }
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (mapped) {
    const [high, low] = [Number.parseInt(mapped[1] ?? '', 16), Number.parseInt(mapped[2] ?? '', 16)];
    host = [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.local') ||
    host === '::1' ||
    host === '::' ||
    /^127\./.test(host) ||
    /^10\./.test(host) ||
    /^192\.168\./.test(host) ||
    /^172\.(1[6-9]|2\d|3[01])\./.test(host) ||
    /^169\.254\./.test(host) ||
    /^0\./.test(host) ||
    /^f[cd][0-9a-f]{2}:/.test(host) ||
    /^fe[89ab][0-9a-f]:/.test(host)
  );
}

/**
 * Where "tell us what you looked for" writes to (a search that found nothing): set
 * KOMPAS_EDITORS_EMAIL when building. The default is a placeholder that reaches no one.
 */
export const defaultEditorsEmail = 'editors@kompas.example';
const configuredEmail = typeof import.meta.env === 'undefined' ? undefined : import.meta.env.KOMPAS_EDITORS_EMAIL;
export const editorsEmail: string = configuredEmail || defaultEditorsEmail;
