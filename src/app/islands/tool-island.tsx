import { type ComponentType, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadToolStrings } from '../../content/catalog';
import type { LangCode } from '../../i18n/languages';
import type { ToolId } from '../../site/paths';
import type { LazyIsland } from './lazy-island';

const loaders: Record<ToolId, () => Promise<{ default: ComponentType<{ lang: LangCode }> }>> = {
  poster: () => import('../../features/posters/poster-maker'),
  display: () => import('../../features/posters/display-mode'),
};

type Props = { tool: ToolId; lang: LangCode };

/**
 * A caseworker's tool: its code (and the QR encoder) loads only on its own page. A tool
 * whose code could not load says so and offers to try again (each try is a new attempt).
 */
export function ToolLoader({ tool, lang }: Props) {
  const { t } = useTranslation('tools');
  const { t: ui } = useTranslation();
  const [Tool, setTool] = useState<ComponentType<{ lang: LangCode }> | null>(null);
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
  if (Tool) return <Tool lang={lang} />;
  if (failed)
    return (
      <p className="status status-info" role="alert" data-status="load-failed">
        {ui('load.failed')}{' '}
        <button type="button" onClick={() => setAttempt((n) => n + 1)}>
          {ui('load.retry')}
        </button>
      </p>
    );
  return <p className="tool-loading">{t('tools.loading')}</p>;
}

export const island: LazyIsland<Props> = {
  default: ToolLoader,
  prepare: async ({ lang }, i18n) => {
    if (!i18n.hasResourceBundle(lang, 'tools')) i18n.addResourceBundle(lang, 'tools', await loadToolStrings(lang));
    return {};
  },
};
