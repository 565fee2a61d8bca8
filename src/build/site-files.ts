/** The files the build adds beside the pages: host rules, sitemap, robots.txt and preview images. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSourceOf, langCodes } from '../i18n/languages';
import { distHostFiles } from '../server/hosts/index';
import { textTransform } from './content/derive';
import { renderPreview } from './preview-image';
import { previewImage, robotsTxt, sitemapXml } from './seo';
import { siteAddress } from './site-address';

/** The site's headline in a language, as readers see it (Serbian Cyrillic generated). */
export async function tagline(lang: (typeof langCodes)[number]): Promise<string> {
  const ui = JSON.parse(await readFile(join('locales', contentSourceOf(lang), 'ui.json'), 'utf8')) as { meta: { tagline: string } };
  return textTransform(lang)(ui.meta.tagline);
}

export async function writeSiteFiles(dir: string, ssrEntry = 'dist-ssr/entry-server.js'): Promise<void> {
  const site = siteAddress();
  const server = (await import(pathToFileURL(resolve(ssrEntry)).href)) as { entryIds: readonly string[] };
  const files: Record<string, string | Buffer> = {
    ...distHostFiles(),
    'sitemap.xml': sitemapXml(server.entryIds, site),
    'robots.txt': robotsTxt(site),
  };
  for (const lang of langCodes) files[previewImage.path(lang).slice(1)] = renderPreview(await tagline(lang));
  await mkdir(join(dir, 'og'), { recursive: true });
  await Promise.all(Object.entries(files).map(([name, body]) => writeFile(join(dir, name), body)));
}
