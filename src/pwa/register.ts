/**
 * The one bridge between the page and the service worker: registration, the save status
 * (read from the cache itself, again on every load, on `online`, when the page is shown
 * again and every few seconds), asking the worker to go on saving, persistent storage and
 * the update prompt. A page reloads only when the reader pressed "update" in some tab.
 * "Forget this device" (forget.ts) stops all of it first: see {@link stopPwa}.
 */

import { languageOfPath } from '../site/paths';
import { setPwaState } from './pwa-store';
import { progressOf } from './save-plan';
import type { PageMessage, PlanAnswer, WorkerMessage } from './sw-messages';
import { navigationAnswer } from './sw-routes';

// Only "1": that this device once held a saved copy, so an emptied cache is reported as such.
const savedFlag = 'kompas.saved';
const recheckMs = 5000;
const reregisterMs = recheckMs;

/** Tabs tell each other that the reader asked to forget this device. */
const forgetChannel = 'kompas-forget';

let everSaved = false;
/** Set by "forget this device": from then on this page neither saves, nor registers, nor claims anything saved. */
let stopped = false;
/** Undoes what startPwa set up (listeners, the recheck timer). */
const teardown: Array<() => void> = [];
let persistAsked = false;
let lastRegister = 0;
/** A registration under way: "forget this device" waits for it, so it can remove what it makes. */
let registering: Promise<unknown> | null = null;
const plans = new WeakMap<ServiceWorker, Promise<PlanAnswer>>();

function readFlag(): boolean {
  try {
    return globalThis.localStorage?.getItem(savedFlag) === '1';
  } catch {
    return false;
  }
}
function writeFlag(): void {
  try {
    globalThis.localStorage?.setItem(savedFlag, '1');
  } catch {
    // Storage blocked: the flag only sharpens a message.
  }
}

const send = (worker: ServiceWorker, message: PageMessage) => worker.postMessage(message);

/** Sends a message that the worker answers on its port. */
function ask<T>(worker: ServiceWorker, message: PageMessage, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => reject(new Error('The service worker did not answer')), timeoutMs);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve(event.data as T);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

function planOf(worker: ServiceWorker): Promise<PlanAnswer> {
  let plan = plans.get(worker);
  if (!plan) {
    plan = ask<PlanAnswer>(worker, { type: 'PLAN' }, 5000);
    plan.catch(() => plans.delete(worker));
    plans.set(worker, plan);
  }
  return plan;
}

async function askPersist(): Promise<void> {
  if (persistAsked || !navigator.storage?.persist) return;
  persistAsked = true;
  const granted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
  setPwaState({ persistRefused: !granted });
}

async function register(): Promise<void> {
  if (stopped) return;
  lastRegister = Date.now();
  try {
    const pending = navigator.serviceWorker.register('/sw.js', { scope: '/' });
    registering = pending;
    const registration = await pending;
    if (stopped) return;
    watchUpdates(registration);
    // Look for new information on every visit (the first visit has nothing to update).
    if (navigator.serviceWorker.controller) void registration.update().catch(() => undefined);
  } catch {
    if (!stopped) setPwaState({ failed: true });
  }
  void refresh(true);
}

function watchUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => setPwaState({ updateAvailable: registration.waiting !== null && registration.active !== null });
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
      // After "forget this device" the stopped install ends as redundant: that is no failure to report.
      if (stopped) return;
      check();
      // A first install that failed leaves nothing saving until the next try.
      if (worker.state === 'redundant' && !registration.active) setPwaState({ failed: true });
      void refresh(false);
    });
  });
  check();
}

let refreshing: Promise<void> | null = null;
let again = false;

/** Reads what the cache holds and says so; asks the worker to save what is missing (`wake`: retry now). */
function refresh(wake: boolean): Promise<void> {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = check(wake)
    .catch(() => undefined)
    .finally(() => {
      refreshing = null;
      if (again) {
        again = false;
        void refresh(false);
      }
    });
  return refreshing;
}

async function check(wake: boolean): Promise<void> {
  if (stopped) return;
  // "online" is set together with what the cache holds, never ahead of it: a stale
  // "this page is saved" must not flash up while the cache is being read.
  const online = navigator.onLine;
  const registration = await navigator.serviceWorker.getRegistration('/');
  const worker = registration?.active ?? registration?.waiting ?? registration?.installing ?? null;
  if (stopped) return;
  if (!registration || !worker) {
    // Nothing is saved (site data cleared, or the first save failed): save again when online.
    setPwaState({ online, progress: null, pageSaved: false, pageLangSaved: false, damaged: everSaved, sawSaving: true });
    if (navigator.onLine && Date.now() - lastRegister > reregisterMs) void register();
    return;
  }
  const plan = await planOf(worker);
  const cache = (await caches.has(plan.cacheName)) ? await caches.open(plan.cacheName) : null;
  const have = new Set((await cache?.keys())?.map((request) => request.url));
  const base = registration.scope;
  const progress = progressOf(plan.files, (url) => have.has(new URL(url, base).href));
  const page = navigationAnswer(window.location.pathname);
  const pageSaved = have.has(new URL(page.shell ?? page.file, base).href);
  if (progress.all && !everSaved) {
    everSaved = true;
    writeFlag();
  }
  const lang = languageOfPath(window.location.pathname);
  const pageLangSaved = lang ? progress.complete.includes(lang) : progress.all;
  const active = registration.active;
  if (stopped) return;
  const patch = { online, progress, pageSaved, pageLangSaved, damaged: everSaved && !progress.all && worker === active, failed: false };
  setPwaState(progress.all ? patch : { ...patch, sawSaving: true });
  if (progress.complete.length > 0) void askPersist();
  if (active && !progress.all && navigator.onLine) send(active, { type: 'SAVE', lang, wake });
}

let progressTimer: ReturnType<typeof setTimeout> | undefined;

export function startPwa(): void {
  setPwaState({ online: navigator.onLine });
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) {
    setPwaState({ supported: false });
    return;
  }
  setPwaState({ supported: true });
  everSaved = readFlag();
  const listen = <E extends Event>(target: EventTarget, type: string, handler: (event: E) => void) => {
    target.addEventListener(type, handler as EventListener);
    teardown.push(() => target.removeEventListener(type, handler as EventListener));
  };
  listen<MessageEvent>(navigator.serviceWorker, 'message', (event) => {
    const message = event.data as WorkerMessage | null;
    if (message?.type === 'RELOAD') window.location.reload();
    if (message?.type === 'PROGRESS' && progressTimer === undefined)
      progressTimer = setTimeout(() => {
        progressTimer = undefined;
        void refresh(false);
      }, 500);
  });
  listen(window, 'online', () => void refresh(true));
  listen(window, 'offline', () => void refresh(false));
  listen(document, 'visibilitychange', () => {
    if (document.visibilityState === 'visible') void refresh(true);
  });
  // Catches what no event announces, such as the browser's storage being cleared.
  const recheck = setInterval(() => {
    if (document.visibilityState === 'visible') void refresh(false);
  }, recheckMs);
  teardown.push(() => clearInterval(recheck));
  // Another tab forgot this device: this one must not save (nor register) again either.
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(forgetChannel);
    channel.onmessage = () => stopHere();
    teardown.push(() => channel.close());
  }
  void register();
}

/** Stops this page's part: no more reading, saving or registering, and no claim that anything is saved. */
function stopHere(): void {
  stopped = true;
  for (const undo of teardown.splice(0)) undo();
  clearTimeout(progressTimer);
  progressTimer = undefined;
  setPwaState({
    supported: false,
    progress: null,
    pageSaved: false,
    pageLangSaved: false,
    damaged: false,
    persistRefused: false,
    failed: false,
    updateAvailable: false,
  });
}

/**
 * Before "forget this device" removes the caches and the worker: this page and every other
 * open tab stop (their rechecks would register the worker again, as after cleared site
 * data), and each worker ends its save loop, so no file is written into a cache once it is
 * deleted. A worker that does not answer within a few seconds is left to the caller's check.
 */
export async function stopPwa(): Promise<void> {
  stopHere();
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(forgetChannel);
    channel.postMessage('stop');
    channel.close();
  }
  if (!('serviceWorker' in navigator)) return;
  await registering?.catch(() => undefined);
  const registrations = await navigator.serviceWorker.getRegistrations().catch(() => []);
  const workers = registrations.flatMap((r) => [r.installing, r.waiting, r.active]).filter((w): w is ServiceWorker => w !== null);
  await Promise.all(workers.map((worker) => ask<boolean>(worker, { type: 'STOP' }, 5000).catch(() => false)));
}

/** The reader asked for the new version: it takes over, and its worker tells every tab to reload. */
export async function applyUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration('/');
  if (registration?.waiting) send(registration.waiting, { type: 'SKIP_WAITING' });
}
