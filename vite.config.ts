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

export default defineConfig(({ isSsrBuild }) => {
  const packs = languagePacks();
  return {
    define: {
      'import.meta.env.KOMPAS_SITE_URL': JSON.stringify(siteAddress()),
      'import.meta.env.KOMPAS_EDITORS_EMAIL': JSON.stringify(editorsAddress()),
    },
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
          codeSplitting: { groups: [appChunkGroup()] },
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
