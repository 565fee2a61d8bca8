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
