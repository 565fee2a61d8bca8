/**
 * The keyboard ways out, as in GOV.UK's "Exit this page": Shift pressed three times
 * in a row (any other key starts the count again, and so does a pause), or Escape
 * when nothing on the page uses Escape itself (an open dialog, a form field, the
 * office display).
 */
export const shiftPresses = 3;
export const shiftWindowMs = 5000;

export interface KeyLike {
  key: string;
  repeat: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

export type KeyOutcome = { kind: 'exit' } | { kind: 'progress'; remaining: number } | { kind: 'reset' } | { kind: 'none' };

/** `escapeFree`: whether Escape was free when the key went down (see escapeIsFree). */
export function createExitKeys(now: () => number = Date.now) {
  let count = 0;
  let last = 0;
  return (event: KeyLike, escapeFree = true): KeyOutcome => {
    if (event.key === 'Shift') {
      if (event.repeat) return { kind: 'none' };
      const time = now();
      count = time - last > shiftWindowMs ? 1 : count + 1;
      last = time;
      if (count >= shiftPresses) {
        count = 0;
        return { kind: 'exit' };
      }
      return { kind: 'progress', remaining: shiftPresses - count };
    }
    const wasCounting = count > 0;
    count = 0;
    if (event.key === 'Escape' && !event.defaultPrevented && escapeFree) return { kind: 'exit' };
    return wasCounting ? { kind: 'reset' } : { kind: 'none' };
  };
}

/** Escape belongs to the page when a dialog is open or the reader is typing or choosing in a field. */
export function escapeIsFree(event: KeyLike, doc: Document = document): boolean {
  const target = event.target as Element | null;
  if (target?.closest?.('input, select, textarea, [contenteditable=""], [contenteditable="true"]')) return false;
  return !doc.querySelector('dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"], [data-escape-closes]');
}
