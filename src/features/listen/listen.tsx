import { useCallback, useEffect, useRef, useState } from 'react';
import { sectionsOf, voiceFor } from './voices';

export interface ListenTexts {
  listen: string;
  pause: string;
  resume: string;
  stop: string;
  next: string;
  /** "Section {{current}} of {{total}}" */
  progress: string;
}

export interface ListenProps {
  /** The page's BCP 47 language (html lang): the voice must speak it. */
  lang: string;
  /** CSS selector of what to read. */
  root: string;
  texts: ListenTexts;
}

type State = 'idle' | 'speaking' | 'paused';

const synth = (): SpeechSynthesis | undefined => (typeof window === 'undefined' ? undefined : window.speechSynthesis);

/** The device's voice for a language, found even when the voice list arrives late. */
function useVoice(lang: string): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice>();
  useEffect(() => {
    const speech = synth();
    if (!speech) return;
    const look = () => setVoice(voiceFor(speech.getVoices(), lang));
    look();
    speech.addEventListener('voiceschanged', look);
    // Some browsers fill the list late and never say so.
    const timers = [250, 1000, 3000].map((ms) => window.setTimeout(look, ms));
    return () => {
      speech.removeEventListener('voiceschanged', look);
      for (const timer of timers) window.clearTimeout(timer);
    };
  }, [lang]);
  return voice;
}

/**
 * "Listen": reads the page aloud with the browser's own speech synthesis, one section
 * (h2) at a time, with pause, next section and stop. Rendered only when the device has
 * a voice for the page's language, so never a button that cannot work. Plain props:
 * it can be mounted as an island.
 */
export function Listen({ lang, root, texts }: ListenProps) {
  const voice = useVoice(lang);
  const [state, setState] = useState<State>('idle');
  const [section, setSection] = useState({ current: 0, total: 0 });
  const run = useRef(0);
  const sections = useRef<string[][]>([]);

  const stop = useCallback(() => {
    run.current += 1;
    synth()?.cancel();
    setState('idle');
  }, []);

  useEffect(() => {
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      stop();
    };
  }, [stop]);

  const speakSection = (index: number, token: number) => {
    const speech = synth();
    const pieces = sections.current[index];
    if (!speech || !voice || !pieces || token !== run.current) {
      if (token === run.current) setState('idle');
      return;
    }
    setSection({ current: index + 1, total: sections.current.length });
    pieces.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (i === pieces.length - 1) utterance.addEventListener('end', () => token === run.current && speakSection(index + 1, token));
      speech.speak(utterance);
    });
  };

  const start = (from = 0) => {
    const element = document.querySelector(root);
    if (!element) return;
    sections.current = sectionsOf(element);
    run.current += 1;
    synth()?.cancel();
    setState('speaking');
    speakSection(from, run.current);
  };

  if (!voice) return null;
  const pauseOrResume = () => {
    const speech = synth();
    if (state === 'speaking') {
      speech?.pause();
      setState('paused');
    } else {
      speech?.resume();
      setState('speaking');
    }
  };
  return (
    <div className="listen" data-listen-skip="">
      {state === 'idle' ? (
        <button type="button" className="listen-start" onClick={() => start()}>
          <span aria-hidden="true">▶ </span>
          {texts.listen}
        </button>
      ) : (
        <>
          <button type="button" className="listen-pause" onClick={pauseOrResume}>
            {state === 'speaking' ? texts.pause : texts.resume}
          </button>
          {section.current < section.total && (
            <button type="button" className="listen-next" onClick={() => start(section.current)}>
              {texts.next}
            </button>
          )}
          <button type="button" className="listen-stop" onClick={stop}>
            {texts.stop}
          </button>
        </>
      )}
      <p className="listen-progress" role="status">
        {state === 'idle' ? '' : texts.progress.replace('{{current}}', String(section.current)).replace('{{total}}', String(section.total))}
      </p>
    </div>
  );
}
