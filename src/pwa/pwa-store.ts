/**
 * What the page knows about offline use, as a tiny store React reads with
 * useSyncExternalStore. Every field is read from the cache itself (see register.ts), never
 * assumed. The server snapshot is neutral, so prerendered HTML and the first client render
 * agree; real values arrive after hydration.
 */
import type { SaveProgress } from './save-plan';

export interface PwaState {
  /** Whether a service worker can save Kompas here at all; null until known. */
  supported: boolean | null;
  online: boolean;
  /** What the cache holds against the plan; null until read. */
  progress: SaveProgress | null;
  /** The page on screen is in the cache (it opens offline). */
  pageSaved: boolean;
  /** The language of the page on screen is saved whole (for a page of no language: everything is). */
  pageLangSaved: boolean;
  /** Everything was saved once on this device, and now part of it is missing. */
  damaged: boolean;
  /** The browser refused persistent storage: the saved copy may be removed when space runs low. */
  persistRefused: boolean;
  /**
   * This page saw the copy incomplete (it is saving, or was): only then is "all languages
   * saved" news worth a message. A page opened with everything saved says it quietly, in
   * the footer ("works offline").
   */
  sawSaving: boolean;
  /** Installing failed: nothing is being saved until the next try. */
  failed: boolean;
  updateAvailable: boolean;
}

export const initialPwaState: PwaState = {
  supported: null,
  online: true,
  progress: null,
  pageSaved: false,
  pageLangSaved: false,
  damaged: false,
  persistRefused: false,
  sawSaving: false,
  failed: false,
  updateAvailable: false,
};

let state: PwaState = initialPwaState;
const listeners = new Set<() => void>();

export function setPwaState(patch: Partial<PwaState>): void {
  state = { ...state, ...patch };
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const getSnapshot = () => state;
export const getServerSnapshot = () => initialPwaState;
