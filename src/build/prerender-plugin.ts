/**
 * Vite plugin for the client build: renders every route in every language to static
 * HTML with the server bundle built just before (dist-ssr), so text shows before any
 * JavaScript runs. The files join the bundle, so the service worker precaches them.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { Rendered } from '../app/entry-server';
import { langCodes } from '../i18n/languages';
import { allRoutes, type DirectoryFilter, routeFile, routeLang, routeToPath } from '../site/paths';
import { fillTemplate } from './html-template';
import { seoTags } from './seo';
import { siteAddress } from './site-address';
import { tagline } from './site-files';

export function prerenderPlugin({ ssrEntry, root = process.cwd() }: { ssrEntry: string; root?: string }): Plugin {
  return {
    name: 'kompas-prerender',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const template = bundle['index.html'];
      if (template?.type !== 'asset') this.error('index.html is missing from the client build');
      const server = (await import(`${pathToFileURL(resolve(root, ssrEntry)).href}?t=${Date.now()}`)) as {
        render: (path: string) => Promise<Rendered>;
        entryIds: readonly string[];
        directoryFilters: () => Promise<DirectoryFilter[]>;
      };
      const html = String(template.source);
      delete bundle['index.html'];
      const site = siteAddress();
      const taglines = new Map(await Promise.all(langCodes.map(async (lang) => [lang, await tagline(lang)] as const)));
      for (const route of allRoutes(server.entryIds, await server.directoryFilters())) {
        const rendered = await server.render(routeToPath(route));
        const imageAlt = `Kompas: ${taglines.get(routeLang(route) ?? 'en')}`;
        const seo = seoTags(route, { ...rendered.head, imageAlt }, site);
        this.emitFile({ type: 'asset', fileName: routeFile(route), source: fillTemplate(html, rendered, seo) });
      }
    },
  };
}
