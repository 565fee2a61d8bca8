import { useEffect, useRef, useState } from 'react';
import { forgetThisDevice } from '../../pwa/forget';

export interface ForgetDeviceTexts {
  button: string;
  question: string;
  confirm: string;
  cancel: string;
  working: string;
  done: string;
  failed: string;
}

type Step = 'idle' | 'confirming' | 'working' | 'done' | 'failed';

/**
 * "Forget this device", after a confirmation. Shown only once JavaScript runs: without
 * it the button could do nothing. Plain props, so it can be mounted as an island.
 */
export function ForgetDevice({ texts, lang }: { texts: ForgetDeviceTexts; lang?: string }) {
  const [mounted, setMounted] = useState(false);
  const [step, setStep] = useState<Step>('idle');
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (step === 'confirming') confirmRef.current?.focus();
  }, [step]);
  if (!mounted) return null;

  const forget = async () => {
    setStep('working');
    const outcome = await forgetThisDevice();
    setStep(outcome.complete ? 'done' : 'failed');
  };
  const message = step === 'working' ? texts.working : step === 'done' ? texts.done : step === 'failed' ? texts.failed : '';
  return (
    <div className="forget-device" lang={lang}>
      {step === 'idle' && (
        <button type="button" className="forget-button" onClick={() => setStep('confirming')}>
          {texts.button}
        </button>
      )}
      {step === 'confirming' && (
        <div className="forget-confirm">
          <p id="forget-question">{texts.question}</p>
          <div className="actions">
            <button type="button" ref={confirmRef} aria-describedby="forget-question" className="forget-yes" onClick={() => void forget()}>
              {texts.confirm}
            </button>
            <button type="button" className="button-secondary" onClick={() => setStep('idle')}>
              {texts.cancel}
            </button>
          </div>
        </div>
      )}
      <p role="status" className="forget-status" data-step={step}>
        {message}
      </p>
    </div>
  );
}
