import type { TFunction } from 'i18next';
import { Fragment, type ReactNode, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
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
  | 'offline.offline'
  | 'offline.saving'
  | 'offline.ready'
  | 'offline.failed'
  | 'offline.updateAvailable'
  | 'offline.update'
  | 'offline.savedFooter';

function useSay(voices?: Voice[]): (key: StatusKey) => ReactNode {
  const { t } = useTranslation();
  if (!voices) return (key) => t(key);
  return (key) =>
    voices.map((voice, i) => (
      <Fragment key={voice.lang}>
        {i > 0 && ' · '}
        <span lang={voice.lang}>{voice.t(key)}</span>
      </Fragment>
    ));
}

/** Announces saving, saved, offline and update states in the reader's language. */
export function PwaStatus({ voices }: { voices?: Voice[] }) {
  const t = useSay(voices);
  const state = usePwaState();
  const messages: { key: string; text: ReactNode; tone: string }[] = [];
  if (!state.online) messages.push({ key: 'offline', text: t('offline.offline'), tone: 'offline' });
  if (state.readiness === 'saving') messages.push({ key: 'saving', text: t('offline.saving'), tone: 'info' });
  if (state.readiness === 'ready') messages.push({ key: 'ready', text: t('offline.ready'), tone: 'success' });
  if (state.readiness === 'failed') messages.push({ key: 'failed', text: t('offline.failed'), tone: 'info' });
  return (
    <div className="pwa-status" role="status" aria-live="polite">
      {messages.map((m) => (
        <p key={m.key} className={`status status-${m.tone}`} data-status={m.key}>
          {m.text}
        </p>
      ))}
      {state.updateAvailable && (
        <p className="status status-update" data-status="update">
          {t('offline.updateAvailable')}{' '}
          <button type="button" onClick={applyUpdate}>
            {t('offline.update')}
          </button>
        </p>
      )}
    </div>
  );
}

/** A quiet footer note once Kompas is saved on the device. */
export function OfflineBadge({ voices }: { voices?: Voice[] }) {
  const t = useSay(voices);
  const { readiness } = usePwaState();
  if (readiness !== 'saved' && readiness !== 'ready') return null;
  return (
    <p className="offline-badge" data-status="saved">
      ✓ {t('offline.savedFooter')}
    </p>
  );
}
