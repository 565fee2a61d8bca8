/** After the first paint: start saving for offline, then hydrate the islands. */
import { startPwa } from '../pwa/register';
import { renderedRouteAttribute } from '../pwa/sw-routes';
import { type Route, routeLang, routeToPath } from '../site/paths';
import { mountIslands } from './mount-islands';

/** `standIn`: the page's HTML belongs to another route, which render-route.tsx renders whole instead. */
export function boot(route: Route, standIn = false): void {
  // Saving for offline and its status do not wait for any island.
  startPwa();
  const root = document.getElementById('root');
  if (!root) return;
  if (!standIn && root.getAttribute(renderedRouteAttribute) === routeToPath(route)) {
    const mounted = mountIslands(routeLang(route));
    for (const island of mounted) island.catch((error: unknown) => console.error(error));
    // Tests and the bench wait for this: every island has had its turn.
    void Promise.allSettled(mounted).then(() => {
      root.dataset.islands = 'hydrated';
    });
  }
  // Otherwise entry-client.tsx renders the route whole (render-route.tsx).
}
