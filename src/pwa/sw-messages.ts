/** Messages between the pages and the service worker (both sides import these types). */
import type { PlanEntry } from './save-plan';

export type PageMessage =
  /** The reader pressed "update": the waiting version takes over, then every tab reloads. */
  | { type: 'SKIP_WAITING' }
  /** Asks for the save plan; the answer ({@link PlanAnswer}) comes on the message's port. */
  | { type: 'PLAN' }
  /** Save what is missing, this language first; `wake` cuts retry waits short (the network is back). */
  | { type: 'SAVE'; lang: string | null; wake: boolean }
  /** "Forget this device": stop saving for good; the answer (true) comes on the port once nothing more is written. */
  | { type: 'STOP' };

export interface PlanAnswer {
  cacheName: string;
  files: PlanEntry[];
}

export type WorkerMessage =
  /** A file was saved: pages re-read the cache. */
  | { type: 'PROGRESS' }
  /** The version the reader asked for has taken over: reload into it. */
  | { type: 'RELOAD' };
