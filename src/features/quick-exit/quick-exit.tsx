import { type ReactNode, useEffect, useState } from 'react';
import { createExitKeys, escapeIsFree } from './exit-keys';
import { isPlainClick, leaveNow, quickExitTarget } from './leave';
import { shouldReplaceHistory } from './sensitive';

export interface QuickExitProps {
  /** The button's text ("Exit"). */
  label: string;
  /** Its longer name ("Leave this page quickly"). */
  title: string;
  /** Announced after the first and second Shift: "press Shift 2 more times to leave". */
  shiftTwoMore: string;
  shiftOneMore: string;
  lang?: string;
}

/**
 * Links to and from sensitive pages replace the current history entry (see sensitive.ts).
 * Without JavaScript they are ordinary links; docs/decisions/010-quick-exit.md says what that means.
 */
function replaceSensitiveNavigation(event: MouseEvent) {
  if (event.defaultPrevented || !isPlainClick(event)) return;
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
  const url = new URL(link.href, window.location.href);
  if (url.origin !== window.location.origin) return;
  // In-page links too: on a sensitive page, "#section" would otherwise add another entry of it.
  if (!shouldReplaceHistory(window.location.pathname, url.pathname)) return;
  event.preventDefault();
  window.location.replace(url.href);
}

/**
 * A search sent from or to a sensitive page (search itself is one) replaces the current
 * entry too: the form's GET is done by hand, as the browser would, with replace().
 */
function replaceSensitiveSearch(event: SubmitEvent) {
  const form = event.target;
  if (event.defaultPrevented || !(form instanceof HTMLFormElement) || form.method.toLowerCase() !== 'get') return;
  const url = new URL(form.action, window.location.href);
  if (url.origin !== window.location.origin || !shouldReplaceHistory(window.location.pathname, url.pathname)) return;
  event.preventDefault();
  const query = new URLSearchParams();
  for (const [name, value] of new FormData(form, event.submitter)) if (typeof value === 'string') query.append(name, value);
  url.search = query.toString();
  window.location.replace(url.href);
}

/**
 * The red Exit button on every page: a click, Shift three times or Escape leaves at once.
 * Self-contained (plain props, no context) so it can be mounted as an island.
 */
export function QuickExit({ label, title, shiftTwoMore, shiftOneMore, lang }: QuickExitProps) {
  const [announcement, setAnnouncement] = useState('');
  // Set once the keys and links are watched (after hydration): tests wait for it.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const keys = createExitKeys();
    const onKey = (event: KeyboardEvent) => {
      // Whether Escape is free is read now, before a dialog that closes on it is gone;
      // the rest is decided after every other handler has run, so one that used the key (and said so) wins.
      const escapeFree = escapeIsFree(event);
      window.setTimeout(() => {
        const outcome = keys(event, escapeFree);
        if (outcome.kind === 'exit') leaveNow();
        else if (outcome.kind === 'progress') setAnnouncement(outcome.remaining === 2 ? shiftTwoMore : shiftOneMore);
        else if (outcome.kind === 'reset') setAnnouncement('');
      });
    };
    window.addEventListener('keydown', onKey, { capture: true });
    setReady(true);
    document.addEventListener('click', replaceSensitiveNavigation);
    document.addEventListener('submit', replaceSensitiveSearch);
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      document.removeEventListener('click', replaceSensitiveNavigation);
      document.removeEventListener('submit', replaceSensitiveSearch);
    };
  }, [shiftTwoMore, shiftOneMore]);
  return (
    <>
      <a className="quick-exit" href={quickExitTarget} title={title} lang={lang} rel="noreferrer" data-ready={ready ? '' : undefined}>
        <span aria-hidden="true">✕ </span>
        {label}
      </a>
      <span className="visually-hidden" role="status" lang={lang}>
        {announcement}
      </span>
    </>
  );
}

/**
 * Keeps Exit on screen: a sticky strip of no height at the top of the page, from which
 * the button hangs over the header's corner. Only the button stays, not the whole header,
 * so at large text sizes the page keeps its room.
 */
export function QuickExitBar({ children }: { children: ReactNode }) {
  return <div className="quick-exit-bar">{children}</div>;
}

/**
 * An invisible copy of the button inside the header, holding its place: the brand
 * sits beside it, or below it when both do not fit on one line.
 */
export function ExitSpace({ label }: { label: string }) {
  return (
    <span className="quick-exit exit-space" aria-hidden="true">
      <span>✕ </span>
      {label}
    </span>
  );
}
