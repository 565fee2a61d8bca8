import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledSelect, languageOptions } from '../../components/labelled-select';
import { QrImage } from '../../components/qr-image';
import { loadDirectory, loadTitles, loadUiStrings } from '../../content/catalog';
import type { LangCode } from '../../i18n/languages';
import { parsePath, type Route, samePageIn } from '../../site/paths';
import { absoluteUrl } from '../../site/site-url';
import { shareTargets } from './share-links';
import './share-panel.css';

export interface SharePanelProps {
  route: Route;
  lang: LangCode;
  onClose: () => void;
}

/** The title of the shared page in the language of the link. */
async function titleIn(route: SharePanelProps['route'], lang: LangCode): Promise<string> {
  if (route.kind === 'entry') return (await loadDirectory(lang)).find((e) => e.id === route.entry)?.name ?? 'Kompas';
  if (route.kind === 'page' && route.page !== 'home') return (await loadTitles(lang))[route.page];
  const ui = await loadUiStrings(lang);
  const meta = ui.meta as Record<string, string> | undefined;
  return `Kompas — ${meta?.tagline ?? ''}`;
}

export default function SharePanel({ route, lang, onClose }: SharePanelProps) {
  const { t } = useTranslation();
  const [linkLang, setLinkLang] = useState<LangCode>(lang);
  const [title, setTitle] = useState('');
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const [showQr, setShowQr] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The directory changes its filter path in place, so the address, not the first route, says where the reader is.
  const here = route.kind === 'page' && route.page === 'directory' ? parsePath(window.location.pathname) : route;
  const url = absoluteUrl(samePageIn(here, linkLang));
  const canShare = typeof navigator.share === 'function';

  useEffect(() => {
    let current = true;
    void titleIn(route, linkLang).then((text) => current && setTitle(text));
    setCopied(null);
    return () => {
      current = false;
    };
  }, [route, linkLang]);

  // Escape closes the panel (a disclosure, like the office display) rather than leaving Kompas:
  // data-escape-closes tells the quick exit that the key is taken while the panel is open.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      input.current?.select();
      setCopied(document.execCommand?.('copy') ? 'yes' : 'failed');
    }
  };

  return (
    <section className="share-panel" aria-label={t('share.title')} data-url={url} data-title={title} data-escape-closes="">
      <h2>{t('share.title')}</h2>
      <LabelledSelect
        label={t('share.language')}
        name="share-lang"
        value={linkLang}
        options={languageOptions()}
        onChange={(code) => setLinkLang(code as LangCode)}
      />
      <p className="share-title">{title}</p>
      <input
        ref={input}
        className="share-url text-input"
        readOnly
        value={url}
        aria-label={t('share.copy')}
        onFocus={(e) => e.target.select()}
      />
      <div className="share-actions actions">
        {canShare && (
          <button
            type="button"
            data-share="native"
            onClick={() => void navigator.share({ title, text: title, url }).catch(() => undefined)}
          >
            {t('share.native')}
          </button>
        )}
        <button type="button" data-share="copy" onClick={() => void copy()}>
          {t('share.copy')}
        </button>
        <button type="button" data-share="qr" aria-expanded={showQr} onClick={() => setShowQr(!showQr)}>
          {showQr ? t('share.hideQr') : t('share.showQr')}
        </button>
      </div>
      <p role="status" className="share-copied">
        {copied === 'yes' ? t('share.copied') : copied === 'failed' ? t('share.copyFailed') : ''}
      </p>
      {showQr && (
        <figure className="share-qr">
          <QrImage text={url} label={url} />
          <figcaption>{t('share.qrHelp')}</figcaption>
        </figure>
      )}
      <p className="share-via">{t('share.via')}:</p>
      <ul className="share-targets">
        {shareTargets(title, url).map((target) => (
          <li key={target.id}>
            <a
              href={target.href}
              data-share={target.id}
              {...(target.href.startsWith('https:') ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
            >
              {t(`share.${target.id}`)}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" className="share-close" onClick={onClose}>
        {t('share.close')}
      </button>
    </section>
  );
}
