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
  const [Tool, setTool] = useState<ComponentType<{ lang: LangCode }> | null>(null);
  useEffect(() => {
    let current = true;
    void loaders[tool]().then((module) => current && setTool(() => module.default));
    return () => {
      current = false;
    };
  }, [tool]);
  return (
    <article className={`tool tool-${tool}`}>
      <h1>{t(`${tool}.title`)}</h1>
      <p className="tool-intro">{t(`${tool}.intro`)}</p>
      <noscript>
        <p className="status status-update">{t('tools.needsJs')}</p>
      </noscript>
      {Tool ? <Tool lang={lang} /> : <p className="tool-loading">{t('tools.loading')}</p>}
    </article>
  );
}
