/**
 * Where Exit goes: a blank page, reached with location.replace so the page being left
 * is not in the tab's history. Why blank and not a page of Kompas's own: docs/decisions/010-quick-exit.md.
 */
export const quickExitTarget = 'about:blank';

export function leaveNow(): void {
  // Hide everything at once, even if the browser takes a moment to navigate.
  document.title = '';
  // Stop reading aloud: the voice must not go on about the page that was left.
  globalThis.speechSynthesis?.cancel();
  document.body.hidden = true;
  window.location.replace(quickExitTarget);
}

/** A click that follows a link in this tab: the main button, no key held for a new tab or window. */
export const isPlainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * Exit on click, listened for by the page's first script (src/app/entry-client.tsx) from the
 * moment it runs, before the Exit island has hydrated: until then Exit is a plain link, which
 * would leave the page in the Back list. The only click handler Exit has.
 */
export function exitOnClick(event: MouseEvent): void {
  if (!isPlainClick(event) || !(event.target as Element | null)?.closest?.('a.quick-exit')) return;
  event.preventDefault();
  event.stopPropagation();
  leaveNow();
}
