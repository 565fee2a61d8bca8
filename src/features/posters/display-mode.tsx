import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrImage } from '../../components/qr-image';
import type { LangCode } from '../../i18n/languages';
import { absoluteUrl } from '../../site/site-url';
import { parsePosterQuery, posterTargetPath } from './poster-options';
import { displayUrl } from './poster-svg';
import { usePosterTexts } from './use-poster-texts';
import './posters.css';

const cycleMs = 6000;

function usePrefersReducedMotion(): boolean {
  const [reduced, setReduced] = useState(() => window.matchMedia('(prefers-reduced-motion: reduce)').matches);
  useEffect(() => {
    const query = window.matchMedia('(prefers-reduced-motion: reduce)');
    const onChange = () => setReduced(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return reduced;
}

/** Keeps the screen on while the display runs, where the browser allows it (Wake Lock API). */
function useWakeLock(active: boolean): 'on' | 'unavailable' | null {
  const [state, setState] = useState<'on' | 'unavailable' | null>(null);
  useEffect(() => {
    if (!active) return;
    let lock: WakeLockSentinel | null = null;
    const request = async () => {
      try {
        lock = await navigator.wakeLock.request('screen');
        setState('on');
      } catch {
        setState('unavailable');
      }
    };
    if ('wakeLock' in navigator) void request();
    else setState('unavailable');
    const onVisible = () => {
      if (document.visibilityState === 'visible' && 'wakeLock' in navigator) void request();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      void lock?.release();
    };
  }, [active]);
  return state;
}

/** Office display: a large QR code, the text cycling through the languages, one exit. */
export default function DisplayMode({ lang: _lang }: { lang: LangCode }) {
  const { t } = useTranslation('tools');
  const { options } = useMemo(() => parsePosterQuery(window.location.search), []);
  const texts = usePosterTexts(options.languages, options.page);
  const url = absoluteUrl(posterTargetPath(options));
  const [running, setRunning] = useState(false);
  const [index, setIndex] = useState(0);
  const reducedMotion = usePrefersReducedMotion();
  const awake = useWakeLock(running);

  useEffect(() => {
    if (!running || reducedMotion || !texts || texts.length < 2) return;
    const timer = window.setInterval(() => setIndex((i) => (i + 1) % texts.length), cycleMs);
    return () => window.clearInterval(timer);
  }, [running, reducedMotion, texts]);

  useEffect(() => {
    if (!running) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setRunning(false);
      leaveFullscreen();
    };
    const onFullscreen = () => !document.fullscreenElement && setRunning(false);
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [running]);

  const start = () => {
    setIndex(0);
    setRunning(true);
    void document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const stop = () => {
    setRunning(false);
    leaveFullscreen();
  };

  if (!running)
    return (
      <div className="display-setup">
        <p className="poster-target" data-url={url}>
          {displayUrl(url)}
        </p>
        <button type="button" className="display-start" onClick={start} disabled={!texts}>
          {t('display.start')}
        </button>
      </div>
    );

  const shown = texts ? (reducedMotion ? texts : [texts[index % texts.length]!]) : [];
  return (
    <div className="display-screen" data-escape-closes="" data-reduced-motion={reducedMotion ? 'true' : 'false'}>
      <button type="button" className="display-exit" onClick={stop}>
        ✕ {t('display.exit')}
      </button>
      <QrImage className="display-qr" text={url} label={displayUrl(url)} />
      <div className="display-text" aria-live="polite">
        {shown.map((text) => (
          <div key={text.htmlLang} lang={text.htmlLang} className="display-language" data-lang={text.htmlLang}>
            <p className="display-headline">{text.headline}</p>
            <p className="display-instruction">{text.instruction}</p>
          </div>
        ))}
        <p className="display-url">{displayUrl(url)}</p>
        <p className="display-awake" data-awake={awake ?? 'pending'}>
          {awake === 'on' ? t('display.awake') : awake === 'unavailable' ? t('display.awakeUnavailable') : ''}
        </p>
      </div>
    </div>
  );
}

function leaveFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}
