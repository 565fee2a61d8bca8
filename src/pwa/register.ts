/**
 * The one bridge between the page and the service worker: registration, the
 * "saving / saved for offline" state, the online indicator and the update prompt.
 */
import { Workbox } from 'workbox-window';
import { setPwaState } from './pwa-store';

let workbox: Workbox | null = null;
const checkForUpdate = () => void workbox?.update();

export function startPwa(): void {
  const updateOnline = () => setPwaState({ online: navigator.onLine });
  updateOnline();
  window.addEventListener('online', updateOnline);
  window.addEventListener('offline', updateOnline);

  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) {
    setPwaState({ readiness: 'unsupported' });
    return;
  }
  const container = navigator.serviceWorker;
  let controlled = container.controller !== null;
  setPwaState({ readiness: controlled ? 'saved' : 'saving' });

  // A new version took over (the reader asked for it here or in another tab):
  // reload so no page keeps running old code against new files.
  container.addEventListener('controllerchange', () => {
    if (controlled) window.location.reload();
    controlled = true;
  });

  workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('activated', (event) => {
    if (!event.isUpdate) setPwaState({ readiness: 'ready' });
  });
  workbox.addEventListener('waiting', () => setPwaState({ updateAvailable: true }));
  // Installing failed (a file could not be saved): say so instead of "saving" forever.
  workbox.addEventListener('redundant', (event) => {
    if (!event.isUpdate) setPwaState({ readiness: 'failed' });
  });
  workbox
    .register()
    .then(() => {
      // Look for new information on every visit and whenever the network comes back.
      if (controlled) checkForUpdate();
      window.addEventListener('online', checkForUpdate);
    })
    .catch(() => setPwaState({ readiness: 'failed' }));
}

/** After "forget this device": this page no longer looks for updates (that would register the worker again). */
export function stopPwa(): void {
  window.removeEventListener('online', checkForUpdate);
  workbox = null;
  setPwaState({ readiness: 'unsupported', updateAvailable: false });
}

/** Switches to the waiting version; the controllerchange handler then reloads the page. */
export function applyUpdate(): void {
  workbox?.messageSkipWaiting();
}
