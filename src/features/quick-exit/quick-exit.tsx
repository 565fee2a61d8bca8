import type { MouseEvent } from 'react';

/**
 * Leaves Kompas at once for a blank page, replacing this page in the tab's history
 * so Back does not bring it up again. It goes nowhere on the internet: no third party
 * learns that someone left. Without JavaScript the plain link still leaves.
 */
export const quickExitTarget = 'about:blank';

function leave(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  window.location.replace(quickExitTarget);
}

export function QuickExit({ label, title, lang }: { label: string; title: string; lang?: string }) {
  return (
    <a className="quick-exit" href={quickExitTarget} onClick={leave} title={title} lang={lang} rel="noreferrer">
      <span aria-hidden="true">✕ </span>
      {label}
    </a>
  );
}
