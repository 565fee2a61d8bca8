/**
 * The one bridge between the page and the service worker: registration, the save status
 * (read from the cache itself, again on every load, on `online`, when the page is shown
 * again and every few seconds), asking the worker to go on saving, persistent storage and
 * the update prompt. A page reloads only when the reader pressed "update" in some tab.
 */
import { languageOfPath } from '../app/paths';
import { setPwaState } from './pwa-store';
import { progressOf } from './save-plan';
import type { PageMessage, PlanAnswer, WorkerMessage } from './sw-messages';
import { navigationAnswer } from './sw-routes';

const savedFlag = 'kompas-offline-saved';
const recheckMs = 5000;
const reregisterMs = recheckMs;

let everSaved = false;
let persistAsked = false;
let lastRegister = 0;
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

function planOf(worker: ServiceWorker): Promise<PlanAnswer> {
  let plan = plans.get(worker);
  if (!plan) {
    plan = new Promise<PlanAnswer>((resolve, reject) => {
      const channel = new MessageChannel();
      const timer = setTimeout(() => reject(new Error('The service worker did not answer')), 5000);
      channel.port1.onmessage = (event) => {
        clearTimeout(timer);
        resolve(event.data as PlanAnswer);
      };
      worker.postMessage({ type: 'PLAN' } satisfies PageMessage, [channel.port2]);
    });
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
  lastRegister = Date.now();
  try {
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    watchUpdates(registration);
    // Look for new information on every visit (the first visit has nothing to update).
    if (navigator.serviceWorker.controller) void registration.update().catch(() => undefined);
  } catch {
    setPwaState({ failed: true });
  }
  void refresh(true);
}

function watchUpdates(registration: ServiceWorkerRegistration): void {
  const check = () => setPwaState({ updateAvailable: registration.waiting !== null && registration.active !== null });
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker?.addEventListener('statechange', () => {
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
  // "online" is set together with what the cache holds, never ahead of it: a stale
  // "this page is saved" must not flash up while the cache is being read.
  const online = navigator.onLine;
  const registration = await navigator.serviceWorker.getRegistration('/');
  const worker = registration?.active ?? registration?.waiting ?? registration?.installing ?? null;
  if (!registration || !worker) {
    // Nothing is saved (site data cleared, or the first save failed): save again when online.
    setPwaState({ online, progress: null, pageSaved: false, pageLangSaved: false, damaged: everSaved });
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
  setPwaState({ online, progress, pageSaved, pageLangSaved, damaged: everSaved && !progress.all && worker === active, failed: false });
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
  const container = navigator.serviceWorker;
  container.addEventListener('message', (event) => {
    const message = event.data as WorkerMessage | null;
    if (message?.type === 'RELOAD') window.location.reload();
    if (message?.type === 'PROGRESS' && progressTimer === undefined)
      progressTimer = setTimeout(() => {
        progressTimer = undefined;
        void refresh(false);
      }, 500);
  });
  window.addEventListener('online', () => void refresh(true));
  window.addEventListener('offline', () => void refresh(false));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void refresh(true);
  });
  // Catches what no event announces, such as the browser's storage being cleared.
  setInterval(() => {
    if (document.visibilityState === 'visible') void refresh(false);
  }, recheckMs);
  void register();
}

/** The reader asked for the new version: it takes over, and its worker tells every tab to reload. */
export async function applyUpdate(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration('/');
  if (registration?.waiting) send(registration.waiting, { type: 'SKIP_WAITING' });
}
