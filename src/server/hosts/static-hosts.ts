/** Netlify and Cloudflare Pages: _headers and _redirects, written into dist/ by the build. */
import { cache, headersFor, immutablePrefix, languageFolders, legacyDirectoryRedirect, notFoundRules, serviceWorker } from '../host-rules';

export function headersFile(): string {
  // These hosts merge every matching rule, joining repeated headers with commas: so Cache-Control is set
  // only where it differs from their default for HTML (max-age=0, must-revalidate, the same as no-cache).
  const block = (path: string, headers: Record<string, string>) => [path, ...Object.entries(headers).map(([n, v]) => `  ${n}: ${v}`)];
  return `${[
    '# Generated from src/server/host-rules.ts by the build.',
    ...block('/*', headersFor(true)),
    ...block(`${immutablePrefix}*`, { 'Cache-Control': cache.immutable }),
    ...block('/workbox-*', { 'Cache-Control': cache.immutable }),
    ...block(serviceWorker.path, { ...serviceWorker.headers, 'Cache-Control': cache.revalidate }),
    ...block('/manifest.webmanifest', { 'Content-Type': 'application/manifest+json; charset=utf-8' }),
  ].join('\n')}\n`;
}

export function redirectsFile(legacy: boolean = legacyDirectoryRedirect.enabled): string {
  const lines = ['# Generated from src/server/host-rules.ts by the build.'];
  for (const lang of languageFolders) {
    if (legacy) {
      lines.push(`/${lang}/directory city=:city group=:group /${lang}/directory/:city/:group 301`);
      lines.push(`/${lang}/directory city=:city /${lang}/directory/:city/all 301`);
      lines.push(`/${lang}/directory group=:group /${lang}/directory/all/:group 301`);
    }
  }
  for (const rule of notFoundRules) {
    const clean = rule.page.replace(/\.html$/, '');
    lines.push(`${clean} ${rule.page} 404!`);
    lines.push(`${rule.prefix || '/'}* ${rule.page} 404`);
  }
  return `${lines.join('\n')}\n`;
}
