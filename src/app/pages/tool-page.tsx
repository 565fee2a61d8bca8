import { type ComponentType, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LangCode } from '../../i18n/languages';
import type { ToolId } from '../../site/paths';

const loaders: Record<ToolId, () => Promise<{ default: ComponentType<{ lang: LangCode }> }>> = {
  poster: () => import('../../features/posters/poster-maker'),
  display: () => import('../../features/posters/display-mode'),
};

/**
 * A caseworker's tool. The page itself is prerendered and precached like any other; the
 * tool's code (and the QR encoder) loads only here, after hydration.
 */
export function ToolPage({ tool, lang }: { tool: ToolId; lang: LangCode }) {
  const { t } = useTranslation('tools');
  const { t: ui } = useTranslation();
  const [Tool, setTool] = useState<ComponentType<{ lang: LangCode }> | null>(null);
  // A tool whose code could not load says so and offers to try again (each try is a new attempt).
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new attempt is what "try again" asks for.
  useEffect(() => {
    let current = true;
    setFailed(false);
    loaders[tool]().then(
      (module) => current && setTool(() => module.default),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [tool, attempt]);
  return (
    <article className={`tool tool-${tool}`}>
      <h1>{t(`${tool}.title`)}</h1>
      <p className="tool-intro">{t(`${tool}.intro`)}</p>
      <noscript>
        <p className="status status-update">{t('tools.needsJs')}</p>
      </noscript>
      {Tool ? (
        <Tool lang={lang} />
      ) : failed ? (
        <p className="status status-info" role="alert" data-status="load-failed">
          {ui('load.failed')}{' '}
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            {ui('load.retry')}
          </button>
        </p>
      ) : (
        <p className="tool-loading">{t('tools.loading')}</p>
      )}
    </article>
  );
}
