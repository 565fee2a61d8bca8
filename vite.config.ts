/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appChunkGroup } from './src/build/app-chunk';
import { contentChunkName, contentPlugin } from './src/build/content-plugin';
import { languagePacks } from './src/build/language-packs';
import { prerenderPlugin } from './src/build/prerender-plugin';
import { editorsAddress, siteAddress } from './src/build/site-address';
import { precacheCleanUrls } from './src/pwa/precache-urls';
import { notPrecached } from './src/pwa/sw-routes';

/**
 * In the browser, Preact (with its React compatibility layer) runs the islands: about 7 kB
 * brotli where React DOM is about 60 kB, the whole of a reading page's script budget.
 * Code is written against React's API and prerendered with React (docs/decisions/014-islands.md).
 */
const preactInBrowser = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig(({ isSsrBuild }) => {
  const packs = languagePacks();
  return {
    define: {
      'import.meta.env.KOMPAS_SITE_URL': JSON.stringify(siteAddress()),
      'import.meta.env.KOMPAS_EDITORS_EMAIL': JSON.stringify(editorsAddress()),
    },
    resolve: { alias: isSsrBuild ? [] : preactInBrowser },
    plugins: [
      contentPlugin(),
      react(),
      ...(isSsrBuild
        ? []
        : [
            prerenderPlugin({ ssrEntry: 'dist-ssr/entry-server.js' }),
            packs.plugin,
            VitePWA({
              strategies: 'injectManifest',
              srcDir: 'src/pwa',
              filename: 'sw.ts',
              injectRegister: false,
              registerType: 'prompt',
              includeManifestIcons: false,
              manifest: {
                name: 'Kompas',
                short_name: 'Kompas',
                description:
                  'Information for refugees and displaced people in Serbia · Інформація для біженців у Сербії · Информация для беженцев в Сербии · Informacije za izbeglice u Srbiji',
                start_url: '/',
                scope: '/',
                display: 'standalone',
                background_color: '#ffffff',
                theme_color: '#0b4f6c',
                icons: [
                  { src: '/icons/kompas-192.png', sizes: '192x192', type: 'image/png' },
                  { src: '/icons/kompas-512.png', sizes: '512x512', type: 'image/png' },
                  { src: '/icons/kompas-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
                ],
              },
              injectManifest: {
                globPatterns: ['**/*.{js,css,html,svg}'],
                globIgnores: ['**/node_modules/**', 'sw.js', ...notPrecached],
                manifestTransforms: [packs.transform, precacheCleanUrls],
              },
            }),
          ]),
    ],
    build: {
      target: 'es2020',
      assetsInlineLimit: 0,
      rolldownOptions: {
        output: {
          chunkFileNames: (chunk) => contentChunkName(chunk.facadeModuleId) ?? 'assets/[name]-[hash].js',
          // What static imports reach from the entry (a small script: the islands load after the
          // first paint), then the islands' runtime, and i18next apart: the strings load after the
          // runtime, in a task of their own.
          codeSplitting: {
            groups: [
              appChunkGroup(),
              { name: 'i18next', test: /node_modules[\\/]i18next[\\/]/ },
              { name: 'preact', test: /node_modules[\\/](preact|react-i18next|workbox-window)[\\/]/ },
            ],
          },
        },
      },
    },
    test: {
      projects: [
        {
          test: {
            name: 'unit',
            include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
            environment: 'node',
            // Several tests load and check all content (about 1 s alone); leave room on a busy 2-core machine.
            testTimeout: 30_000,
          },
        },
        {
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.e2e.ts'],
            environment: 'node',
            globalSetup: ['tests/e2e/global-setup.ts'],
            testTimeout: 120_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
