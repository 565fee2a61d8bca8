/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentChunkName, contentPlugin } from './src/build/content-plugin';
import { prerenderPlugin } from './src/build/prerender-plugin';
import { precacheCleanUrls } from './src/pwa/precache-urls';

/** The address QR codes and printed links carry: set KOMPAS_SITE_URL when building for production. */
function siteUrl(): string {
  const value = process.env.KOMPAS_SITE_URL ?? 'http://localhost:4173';
  if (!/^https?:\/\/[^/\s]+\/?$/.test(value))
    throw new Error(`KOMPAS_SITE_URL must be an origin such as https://kompas.example.org, not "${value}"`);
  return value.replace(/\/$/, '');
}

/** Where a reader's "tell us what you looked for" e-mail goes: set KOMPAS_EDITORS_EMAIL for production. */
function editorsEmail(): string {
  const value = process.env.KOMPAS_EDITORS_EMAIL ?? '';
  if (value && !/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(value))
    throw new Error(`KOMPAS_EDITORS_EMAIL must be an e-mail address, not "${value}"`);
  return value;
}

export default defineConfig(({ isSsrBuild }) => ({
  define: {
    'import.meta.env.KOMPAS_SITE_URL': JSON.stringify(siteUrl()),
    'import.meta.env.KOMPAS_EDITORS_EMAIL': JSON.stringify(editorsEmail()),
  },
  plugins: [
    contentPlugin(),
    react(),
    ...(isSsrBuild
      ? []
      : [
          prerenderPlugin({ ssrEntry: 'dist-ssr/entry-server.js' }),
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
              // Directory entries are rendered from the directory page and its data when offline
              // (src/pwa/sw-routes.ts): 41 entries × 5 languages of HTML need not be saved twice.
              // Filtered lists (/{lang}/directory/{city}/{group}, /go/directory/…) likewise.
              globIgnores: ['**/node_modules/**', 'sw.js', '*/directory/*.html', '*/directory/*/*.html', 'go/directory/*/*.html'],
              manifestTransforms: [precacheCleanUrls],
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
        codeSplitting: {
          groups: [
            {
              name: 'app',
              test: (id: string) =>
                !/features[\\/]posters|share-panel|[\\/]lib[\\/]qr|qr-image|node_modules[\\/](qrcode|dijkstrajs|pngjs)|virtual:kompas-(page|ui|tools|directory|titles|search)|features[\\/]search[\\/](engine|query|normalize|index-options)|node_modules[\\/](minisearch|@orama)|\.css/.test(
                  id,
                ),
            },
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
}));
