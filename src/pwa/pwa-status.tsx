import type { TFunction } from 'i18next';
import { Fragment, type ReactNode, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../i18n/languages';
import { getServerSnapshot, getSnapshot, subscribe } from './pwa-store';
import { applyUpdate } from './register';

function usePwaState() {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}

/** A language the status speaks; the pages that belong to no one language speak all of them. */
export interface Voice {
  lang: string;
  t: TFunction;
}

type StatusKey =
  | 'offline.saving'
  | 'offline.savingAll'
  | 'offline.language'
  | 'offline.all'
  | 'offline.pageSaved'
  | 'offline.pageMissing'
  | 'offline.damaged'
  | 'offline.damagedOffline'
  | 'offline.mayBeRemoved'
  | 'offline.failed'
  | 'offline.updateAvailable'
  | 'offline.update'
  | 'offline.savedFooter'
  | 'offline.hide';

type Say = (key: StatusKey, options?: Record<string, string | number>) => ReactNode;

function useSay(voices?: Voice[]): Say {
  const { t } = useTranslation();
  if (!voices) return (key, options) => t(key, options);
  return (key, options) =>
    voices.map((voice, i) => (
      <Fragment key={voice.lang}>
        {i > 0 && ' · '}
        <span lang={voice.lang}>{voice.t(key, options)}</span>
      </Fragment>
    ));
}

const nativeNames = (codes: readonly string[]) =>
  languages
    .filter((language) => codes.includes(language.code))
    .map((language) => language.nativeName)
    .join(', ');

/**
 * Says what is true of the copy saved on this device, as read from the cache (register.ts):
 * how far saving has come, which languages open offline, whether this page does, and
 * whether a new version waits.
 */
export function PwaStatus({ voices }: { voices?: Voice[] }) {
  const t = useSay(voices);
  const { t: plain, i18n } = useTranslation();
  const state = usePwaState();
  // The reader may hide the messages shown now; a new or changed message shows again.
  const [hidden, setHidden] = useState<string | null>(null);
  const { progress } = state;
  const messages: { key: string; text: ReactNode; tone: string }[] = [];
  if (!state.online && state.supported)
    messages.push(
      state.pageSaved
        ? { key: 'page-saved', text: t('offline.pageSaved'), tone: 'offline' }
        : { key: 'page-missing', text: t('offline.pageMissing'), tone: 'offline' },
    );
  if (state.damaged) messages.push({ key: 'damaged', text: t(state.online ? 'offline.damaged' : 'offline.damagedOffline'), tone: 'info' });
  if (state.failed && !progress) messages.push({ key: 'failed', text: t('offline.failed'), tone: 'info' });
  if (progress?.all) {
    if (state.sawSaving) messages.push({ key: 'all', text: t('offline.all'), tone: 'success' });
  } else if (progress && progress.complete.length > 0) {
    // The page's own language when it is available (the others follow in "all languages"),
    // so the message keeps its length while the rest are saved.
    const own = voices ? undefined : progress.complete.find((code) => code === i18n.language);
    const named = own ? [own] : progress.complete;
    messages.push({ key: 'language', text: t('offline.language', { languages: nativeNames(named) }), tone: 'success' });
  }
  if (progress && !progress.all && state.online) {
    const percent = Math.floor((100 * progress.saved) / Math.max(progress.total, 1));
    // Once a language is available, the shorter words keep both messages within the box.
    const words = progress.complete.length > 0 ? 'offline.savingAll' : 'offline.saving';
    messages.push({ key: 'saving', text: t(words, { percent }), tone: 'info' });
  }
  const shown = messages.map((m) => `${m.key}:${typeof m.text === 'string' ? m.text : ''}`).join('|');
  const visible = hidden === shown ? [] : messages;
  const hideLabel = voices ? voices.map((voice) => voice.t('offline.hide')).join(' · ') : plain('offline.hide');
  // One box of reserved height (main.css) holds every message shown, each its own claim
  // (data-status): news changes the words in the box, never its place or size. New words are
  // a new paragraph, so no word already on screen moves to another line. An update waiting
  // is offered above it, in a paragraph of its own that keeps the reader's focus.
  return (
    <div className="pwa-status" role="status" aria-live="polite">
      {state.updateAvailable && (
        <p className="status status-update" data-status="update">
          {t('offline.updateAvailable')}{' '}
          <button type="button" onClick={() => void applyUpdate()}>
            {t('offline.update')}
          </button>
        </p>
      )}
      {visible.length > 0 && (
        <p key={shown} className={`status status-${visible[0]?.tone}`}>
          {visible.map((m, i) => (
            <Fragment key={m.key}>
              {i > 0 && ' '}
              <span data-status={m.key}>{m.text}</span>
            </Fragment>
          ))}
        </p>
      )}
      {visible.length > 0 && (
        <button type="button" className="status-hide" aria-label={hideLabel} title={hideLabel} onClick={() => setHidden(shown)}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}

/**
 * A quiet footer note, shown only while this page's language is saved whole on the device,
 * with its lasting caveat when the browser refused persistent storage. (A caveat is not news:
 * it stays here, not in the messages above, which only grow with news.)
 */
export function OfflineBadge({ voices }: { voices?: Voice[] }) {
  const t = useSay(voices);
  const { pageLangSaved, persistRefused, progress } = usePwaState();
  const mayBeRemoved = persistRefused && progress !== null && progress.complete.length > 0;
  return (
    <>
      {pageLangSaved && (
        <p className="offline-badge" data-status="works-offline">
          ✓ {t('offline.savedFooter')}
        </p>
      )}
      {mayBeRemoved && <p data-status="may-be-removed">{t('offline.mayBeRemoved')}</p>}
    </>
  );
}
