/**
 * Build time (a Workbox manifest transform): writes one pack per language, holding every
 * prerendered page of that language and its small chunks (UI strings, titles, directory
 * data, search index), and one for the pages of no language. Brotli across
 * similar pages compresses far better than page by page, and one pack is one request and
 * one retry. The worker unpacks a pack into the cache under each page's URL. The pages
 * stay in the manifest, with their revisions, so the worker knows what a pack must hold.
 * Measured in docs/decisions/012-saving-for-offline.md.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { cleanPageUrl } from '../pwa/precache-urls';
import { type Group, groupOf, isPacked, isPage, packPrefix } from '../pwa/save-plan';

interface ManifestEntry {
  url: string;
  revision: string | null;
  size: number;
}

/** A pack: manifest URL of each page or chunk → its text. */
export type Pack = Record<string, string>;

/** The transform, and a plugin that tells it the output folder (a temporary one under `npm run build`). */
export function languagePacks() {
  let outDir = 'dist';
  const plugin: Plugin = {
    name: 'kompas-language-packs',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
  };
  const transform = async (entries: ManifestEntry[]) => {
    const packs = new Map<Group, Pack>();
    for (const entry of entries) {
      const page = entry.url.endsWith('.html') && isPage(entry.url);
      if (!page && !isPacked(entry.url)) continue;
      const group = groupOf(entry.url);
      const pack = packs.get(group) ?? {};
      pack[page ? cleanPageUrl(entry.url) : entry.url] = readFileSync(join(outDir, entry.url), 'utf8');
      packs.set(group, pack);
    }
    mkdirSync(join(outDir, packPrefix), { recursive: true });
    const added: ManifestEntry[] = [];
    for (const [group, pack] of packs) {
      const body = JSON.stringify(pack);
      const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
      const url = `${packPrefix}${group}-${hash}.json`;
      writeFileSync(join(outDir, url), body);
      added.push({ url, revision: null, size: Buffer.byteLength(body) });
    }
    return { manifest: [...entries, ...added], warnings: [] as string[] };
  };
  return { plugin, transform };
}
