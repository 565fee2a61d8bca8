/// <reference lib="webworker" />
/**
 * The service worker. It precaches the app and every prerendered page in every
 * language, answers every navigation from that cache (so a deep link opened cold
 * with no network still works), and switches versions only when the reader asks.
 */
import { addPlugins, cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { navigationAnswer } from './sw-routes';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Every navigation goes through one handler, registered before the precache route:
// known pages come from the precache, unknown paths get the translated not-found page.
registerRoute(
  new NavigationRoute(async ({ request, url }) => {
    const answer = navigationAnswer(url.pathname);
    if (!answer.notFound) {
      const cached = await matchPrecache(answer.file);
      if (cached) return cached;
    }
    try {
      return await fetch(request);
    } catch {
      const shell = answer.shell ? await matchPrecache(answer.shell) : undefined;
      if (shell) return shell;
      const page = await matchPrecache(answer.file);
      if (!page) return Response.error();
      return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
    }
  }),
);

// Workbox fetches revisioned files (pages, icons) with cache: 'reload'. Revalidating
// instead lets the page the reader just loaded come from the HTTP cache (a 304), so
// nothing is downloaded twice on a first visit. Hashed files are unaffected.
addPlugins([
  {
    requestWillFetch: async ({ request }) => (request.cache === 'reload' ? new Request(request, { cache: 'no-cache' }) : request),
  },
]);
cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Take control of open pages as soon as the first version is saved, so the page that
// just saved Kompas works offline at once. Updates wait for the reader (see register.ts).
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
