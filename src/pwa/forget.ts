/**
 * "Forget this device": removes everything Kompas keeps in this browser — the saved
 * offline copy (every cache and the service worker) and the language choice (local
 * storage) — then checks that nothing is left, so what the reader is told is true.
 */
import { stopPwa } from './register';

export interface ForgetOutcome {
  /** True only when no cache, no service worker and no stored item remains. */
  complete: boolean;
}

async function attempt<T>(work: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await work();
  } catch {
    return fallback;
  }
}

export async function forgetThisDevice(): Promise<ForgetOutcome> {
  // First the save loop ends (here, in other tabs and in the worker), so nothing is written back.
  await attempt(stopPwa, undefined);
  const hasWorkers = 'serviceWorker' in navigator;
  const hasCaches = 'caches' in globalThis;
  if (hasWorkers) {
    const registrations = await attempt(() => navigator.serviceWorker.getRegistrations(), []);
    await Promise.all(registrations.map((registration) => attempt(() => registration.unregister(), false)));
  }
  if (hasCaches) {
    const keys = await attempt(() => caches.keys(), []);
    await Promise.all(keys.map((key) => attempt(() => caches.delete(key), false)));
  }
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage switched off: there is nothing in it either.
  }

  // A check that fails counts as something left: "done" is said only when it is known.
  const workersLeft = hasWorkers ? await attempt(async () => (await navigator.serviceWorker.getRegistrations()).length, 1) : 0;
  const cachesLeft = hasCaches ? await attempt(async () => (await caches.keys()).length, 1) : 0;
  let storageLeft = 0;
  try {
    storageLeft = localStorage.length + sessionStorage.length;
  } catch {
    storageLeft = 0;
  }
  return { complete: workersLeft === 0 && cachesLeft === 0 && storageLeft === 0 };
}
