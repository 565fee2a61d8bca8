/**
 * Vite plugin for the client build: renders every route in every language to static
 * HTML with the server bundle built just before (dist-ssr), so text shows before any
 * JavaScript runs. The files join the bundle, so the service worker precaches them.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { Rendered } from '../app/entry-server';
import { allRoutes, routeFile, routeToPath } from '../app/paths';
import { fillTemplate } from './html-template';

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
      };
      const html = String(template.source);
      delete bundle['index.html'];
      for (const route of allRoutes(server.entryIds)) {
        const rendered = await server.render(routeToPath(route));
        this.emitFile({ type: 'asset', fileName: routeFile(route), source: fillTemplate(html, rendered) });
      }
    },
  };
}
