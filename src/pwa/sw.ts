/// <reference lib="webworker" />
/**
 * The service worker. Installing saves only what the open pages need (so one lost packet
 * cannot fail it); then a save loop fetches the rest file by file (pages in one pack per
 * language), the reader's language first, retrying with backoff, and never fetching what
 * the cache already holds. Every navigation is answered from the cache, so a deep link
 * opened cold with no network works. A new version takes over only when the reader asks.
 * "Forget this device" stops it for good (STOP), and it then writes nothing more.
 * Design and numbers: docs/decisions/012-saving-for-offline.md.
 */
import { isLangCode, type LangCode } from '../i18n/languages';
import {
  cachePrefix,
  type Group,
  groupOf,
  groupOrder,
  isPack,
  isPacked,
  isPage,
  type PlanEntry,
  packedType,
  savedFiles,
  versionOf,
} from './save-plan';
import type { PageMessage, PlanAnswer, WorkerMessage } from './sw-messages';
import { navigationAnswer } from './sw-routes';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: PlanEntry[] };

const manifest = self.__WB_MANIFEST;
const files = savedFiles(manifest);
const cacheName = cachePrefix + versionOf(manifest);
const revisionHeader = 'X-Kompas-Revision';
const absolute = (url: string) => new URL(url, self.registration.scope).href;
const planned = new Map(files.map((entry) => [absolute(entry.url), entry]));

/** Set by STOP ("forget this device"): no more fetching to save, no more writing to any cache. */
let stopped = false;
const stoppedError = () => new Error('Saving stopped: this device is being forgotten');

// ---- Waiting, and being woken early when the page says the network is back.

let sleepers: Array<() => void> = [];
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      sleepers = sleepers.filter((s) => s !== done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    sleepers.push(done);
  });
}
const wakeUp = () => {
  for (const done of [...sleepers]) done();
};

/** Runs a task until it succeeds, backing off from 0.25 s to 8 s; gives up (null) at the deadline. */
async function withRetries<T>(task: () => Promise<T>, deadline: number): Promise<T | null> {
  for (let attempt = 0; ; attempt++) {
    if (stopped) return null;
    try {
      return await task();
    } catch {
      if (stopped || Date.now() >= deadline) return null;
      await sleep(Math.min(250 * 2 ** attempt, 8000) * (0.75 + Math.random() * 0.5));
    }
  }
}

// ---- Fetching and storing one file.

/** Headers a stored copy keeps: the server's (its security policy included), minus transfer details. */
function storedHeaders(from: Headers, entry: PlanEntry, contentType?: string): Headers {
  const headers = new Headers(from);
  for (const name of ['content-encoding', 'content-length', 'etag', 'last-modified']) headers.delete(name);
  if (contentType) headers.set('content-type', contentType);
  headers.set(revisionHeader, entry.revision ?? '');
  return headers;
}

/** Fetches a file whole: a response cut off mid-body throws, so it is retried, never stored. */
async function fetchWhole(url: string): Promise<{ body: ArrayBuffer; response: Response }> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok || response.redirected) throw new Error(`${url}: ${response.status}`);
  return { body: await response.arrayBuffer(), response };
}

async function saveFile(cache: Cache, entry: PlanEntry): Promise<void> {
  const { body, response } = await fetchWhole(absolute(entry.url));
  if (stopped) throw stoppedError();
  await cache.put(absolute(entry.url), new Response(body, { status: 200, headers: storedHeaders(response.headers, entry) }));
}

/** Fetches a pack and stores each page or chunk it holds that the cache still lacks. */
async function savePack(cache: Cache, pack: PlanEntry, packed: PlanEntry[]): Promise<void> {
  const { body, response } = await fetchWhole(absolute(pack.url));
  const texts = JSON.parse(new TextDecoder().decode(body)) as Record<string, string>;
  const missing = packed.filter((file) => typeof texts[file.url] !== 'string');
  if (missing.length > 0) throw new Error(`${pack.url} lacks ${missing.map((p) => p.url).join(', ')}`);
  for (const file of packed) {
    if (stopped) throw stoppedError();
    const headers = storedHeaders(response.headers, file, packedType(file.url));
    await cache.put(absolute(file.url), new Response(texts[file.url], { status: 200, headers }));
  }
}

// ---- The save loop.

async function cachedUrls(cache: Cache): Promise<Set<string>> {
  return new Set((await cache.keys()).map((request) => request.url));
}

/** What one group still needs, as tasks: each asset alone, the missing pages and chunks in the group's pack. */
function tasksFor(cache: Cache, group: ReturnType<typeof groupOf>, have: Set<string>): Array<() => Promise<void>> {
  const missing = files.filter((entry) => groupOf(entry.url) === group && !have.has(absolute(entry.url)));
  const packed = missing.filter((entry) => isPacked(entry.url));
  const pack = manifest.find((entry) => isPack(entry.url) && groupOf(entry.url) === group);
  const tasks = missing.filter((entry) => !pack || !isPacked(entry.url)).map((entry) => () => saveFile(cache, entry));
  if (pack && packed.length > 0) tasks.push(() => savePack(cache, pack, packed));
  return tasks;
}

async function runAll(tasks: Array<() => Promise<void>>, deadline: number, parallel = 8): Promise<boolean> {
  let next = 0;
  let ok = true;
  const worker = async () => {
    while (!stopped && next < tasks.length) {
      const task = tasks[next++]!;
      if ((await withRetries(task, deadline)) === null) ok = false;
      else void tell({ type: 'PROGRESS' });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, tasks.length) }, worker));
  return ok;
}

let running: Promise<boolean> | null = null;

/** Saves everything still missing, the given language first. One run at a time; a run ends at its deadline. */
function saveEverything(first: LangCode | null, deadline: number): Promise<boolean> {
  if (running) return running;
  if (stopped) return Promise.resolve(false);
  running = (async () => {
    const cache = await caches.open(cacheName);
    const have = await cachedUrls(cache);
    // First what makes the reader's language work offline (its pack and the shared files), with
    // the whole line to itself; then the other languages, in one queue.
    const [own, ...rest] = groupOrder(first);
    const firstPart = first ? [own, rest.shift()] : [own];
    const tasksOf = (groups: (Group | undefined)[]) => groups.flatMap((group) => (group ? tasksFor(cache, group, have) : []));
    const firstOk = await runAll(tasksOf(firstPart), deadline);
    void tell({ type: 'PROGRESS' });
    const restOk = stopped ? false : await runAll(tasksOf(rest), deadline);
    void tell({ type: 'PROGRESS' });
    return firstOk && restOk;
  })().finally(() => {
    running = null;
  });
  return running;
}

async function tell(message: WorkerMessage): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) client.postMessage(message);
}

// ---- Install: only what the open pages need; an update saves everything before it may take over.

/** Files an open page needs: the page itself, and the planned files its HTML refers to. */
async function pageNeeds(cache: Cache, pathname: string, deadline: number): Promise<PlanEntry[]> {
  const answer = navigationAnswer(pathname);
  const page = planned.get(absolute(answer.shell ?? answer.file));
  if (!page) return [];
  const saved = await withRetries(() => saveFile(cache, page), deadline);
  if (saved === null) throw new Error(`Could not save ${page.url}`);
  const html = await (await cache.match(absolute(page.url)))?.text();
  const refs = [...(html ?? '').matchAll(/(?:src|href)="(\/[^"#?]+)"/g)].map((m) => planned.get(absolute(m[1] ?? '')));
  return refs.filter((entry): entry is PlanEntry => entry !== undefined && !isPage(entry.url));
}

/** Copies from an earlier version's cache every file that did not change, so it is not downloaded again. */
async function adoptEarlierCopies(cache: Cache): Promise<void> {
  const have = await cachedUrls(cache);
  for (const name of await caches.keys()) {
    if (name === cacheName || !name.startsWith(cachePrefix)) continue;
    const earlier = await caches.open(name);
    for (const request of await earlier.keys()) {
      const entry = planned.get(request.url);
      if (!entry || have.has(request.url)) continue;
      const response = await earlier.match(request);
      if (response && response.headers.get(revisionHeader) === (entry.revision ?? '')) {
        await cache.put(request.url, response);
        have.add(request.url);
      }
    }
  }
}

async function install(): Promise<void> {
  if (stopped) throw stoppedError();
  const cache = await caches.open(cacheName);
  await adoptEarlierCopies(cache);
  const deadline = Date.now() + 60_000;
  if (self.registration.active) {
    if (!(await saveEverything(null, deadline))) throw new Error('The update could not be saved completely');
    return;
  }
  const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const paths = open.length > 0 ? open.map((client) => new URL(client.url).pathname) : ['/'];
  const needs = new Map<string, PlanEntry>();
  for (const path of paths) for (const entry of await pageNeeds(cache, path, deadline)) needs.set(entry.url, entry);
  const have = await cachedUrls(cache);
  const tasks = [...needs.values()].filter((e) => !have.has(absolute(e.url))).map((e) => () => saveFile(cache, e));
  if (!(await runAll(tasks, deadline))) throw new Error('The files this page needs could not be saved');
}

let readerAskedForUpdate = false;

let installing: Promise<void> | null = null;

self.addEventListener('install', (event) => {
  installing = install();
  event.waitUntil(installing);
});

self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys())
        if (name !== cacheName && (name.startsWith(cachePrefix) || name.startsWith('workbox-'))) await caches.delete(name);
      // The first version controls the page that saved it at once; an update only when the reader asked.
      await self.clients.claim();
      if (readerAskedForUpdate) await tell({ type: 'RELOAD' });
    })(),
  ),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  const message = event.data as PageMessage | null;
  if (message?.type === 'SKIP_WAITING') {
    readerAskedForUpdate = true;
    void self.skipWaiting();
  } else if (message?.type === 'PLAN') {
    event.ports[0]?.postMessage({ cacheName, files } satisfies PlanAnswer);
  } else if (message?.type === 'STOP') {
    stopped = true;
    wakeUp();
    const settled = (work: Promise<unknown> | null) => work?.catch(() => undefined);
    event.waitUntil(Promise.all([settled(running), settled(installing)]).then(() => event.ports[0]?.postMessage(true)));
  } else if (message?.type === 'SAVE' && !stopped) {
    if (message.wake) wakeUp();
    const lang = message.lang && isLangCode(message.lang) ? message.lang : null;
    // Chrome ends an event after five minutes; the page asks again while it is open.
    event.waitUntil(saveEverything(lang, Date.now() + 4 * 60_000));
  }
});

// ---- Answering requests.

/** A saved copy. Never opens the cache, which would create it again after "forget this device" deleted it. */
const savedCopy = (url: string) => caches.match(absolute(url), { cacheName });

/**
 * How long a navigation waits for the network when a saved page could answer instead (an
 * unknown URL, a directory entry): a stalled line ("lie-fi", a captive portal) must not keep
 * the reader from what is saved.
 */
const navigationPatience = 4000;

/** The network's answer, or an error when it has none within `ms` (the fetch itself runs on, unheeded). */
function fetchWithin(request: Request, ms: number): Promise<Response> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The network did not answer in time')), ms);
    fetch(request)
      .then(resolve, reject)
      .finally(() => clearTimeout(timer));
  });
}

async function answerNavigation(request: Request, url: URL): Promise<Response> {
  const answer = navigationAnswer(url.pathname);
  if (!answer.notFound) {
    const cached = await savedCopy(answer.file);
    if (cached) return cached;
  }
  // What answers when the network cannot: a directory entry's shell, or the saved not-found page.
  const standIn = answer.shell ?? (answer.notFound ? answer.file : null);
  const fallback = standIn ? await savedCopy(standIn) : undefined;
  try {
    return fallback ? await fetchWithin(request, navigationPatience) : await fetch(request);
  } catch {
    if (!fallback) return Response.error();
    if (answer.shell) return fallback;
    return new Response(fallback.body, { status: 404, statusText: 'Not Found', headers: fallback.headers });
  }
}

/** A planned file: from the cache, else the network; a hashed file fetched anyway is kept, so it is never fetched twice. */
async function answerFile(request: Request, entry: PlanEntry): Promise<Response> {
  const cached = await savedCopy(entry.url);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && entry.revision === null && !isPack(entry.url) && !stopped) {
    const copy = response.clone();
    void (async () => {
      const body = await copy.arrayBuffer();
      if (stopped || !(await caches.has(cacheName))) return;
      const cache = await caches.open(cacheName);
      await cache.put(absolute(entry.url), new Response(body, { status: 200, headers: storedHeaders(copy.headers, entry) }));
    })().catch(() => undefined);
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') return event.respondWith(answerNavigation(request, url));
  const entry = planned.get(url.origin + url.pathname);
  if (entry) event.respondWith(answerFile(request, entry));
});
