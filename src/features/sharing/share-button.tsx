import { type ComponentType, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShareIcon } from '../../components/icons';
import type { LangCode } from '../../i18n/languages';
import type { Route } from '../../site/paths';
import type { SharePanelProps } from './share-panel';

/**
 * The share control on every page. It is a button and nothing more until pressed: the
 * panel, with its QR code, loads only then, so reading pages do not carry that code. If
 * the panel cannot load (a bad network), the reader is told so and can try again.
 */
export function ShareButton({ route, lang }: { route: Route; lang: LangCode }) {
  const { t } = useTranslation();
  const [Panel, setPanel] = useState<ComponentType<SharePanelProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const load = () => {
    setFailed(false);
    import('./share-panel').then(
      (module) => {
        setPanel(() => module.default);
        setOpen(true);
      },
      () => setFailed(true),
    );
  };
  const toggle = () => {
    if (open) return setOpen(false);
    if (Panel) return setOpen(true);
    load();
  };
  return (
    <div className="share">
      <button ref={button} type="button" className="share-button" aria-expanded={open} onClick={toggle}>
        <ShareIcon />
        <span>{t('share.button')}</span>
      </button>
      {failed && (
        <p className="status status-info" role="alert" data-status="load-failed">
          {t('load.failed')}{' '}
          <button type="button" onClick={load}>
            {t('load.retry')}
          </button>
        </p>
      )}
      {open && Panel && <Panel route={route} lang={lang} onClose={close} />}
    </div>
  );
}
