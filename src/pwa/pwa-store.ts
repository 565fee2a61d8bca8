/**
 * What the page knows about offline use, as a tiny store React reads with
 * useSyncExternalStore. The server snapshot is neutral, so prerendered HTML and
 * the first client render agree; real values arrive after hydration.
 */
export type OfflineReadiness = 'unknown' | 'saving' | 'ready' | 'saved' | 'failed' | 'unsupported';

export interface PwaState {
  /** 'ready': caching just finished on this visit; 'saved': already saved before this visit. */
  readiness: OfflineReadiness;
  online: boolean;
  updateAvailable: boolean;
}

export const initialPwaState: PwaState = { readiness: 'unknown', online: true, updateAvailable: false };

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
