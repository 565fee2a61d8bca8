/**
 * Build time: precache each prerendered page under the URL a reader opens
 * ("/uk/emergency", not "uk/emergency.html"). The worker then revalidates the page the
 * reader has just loaded instead of downloading it a second time on the first visit.
 * Not-found pages keep their file URL: their clean URL answers with status 404.
 */
import { parsePath, routeToPath } from '../site/paths';

interface ManifestEntry {
  url: string;
  revision: string | null;
  size: number;
}

export function cleanPageUrl(url: string): string {
  if (!url.endsWith('.html')) return url;
  const route = parsePath(`/${url}`);
  return route.kind === 'not-found' ? url : routeToPath(route).replace(/^\//, '') || './';
}

export async function precacheCleanUrls(entries: ManifestEntry[]) {
  return { manifest: entries.map((entry) => ({ ...entry, url: cleanPageUrl(entry.url) })), warnings: [] as string[] };
}
