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

/** A caseworker's tool: its code (and the QR encoder) loads only on its own page. */
export function ToolLoader({ tool, lang }: Props) {
  const { t } = useTranslation('tools');
  const [Tool, setTool] = useState<ComponentType<{ lang: LangCode }> | null>(null);
  useEffect(() => {
    let current = true;
    void loaders[tool]().then((module) => current && setTool(() => module.default));
    return () => {
      current = false;
    };
  }, [tool]);
  return Tool ? <Tool lang={lang} /> : <p className="tool-loading">{t('tools.loading')}</p>;
}

export const island: LazyIsland<Props> = {
  default: ToolLoader,
  prepare: async ({ lang }, i18n) => {
    if (!i18n.hasResourceBundle(lang, 'tools')) i18n.addResourceBundle(lang, 'tools', await loadToolStrings(lang));
    return {};
  },
};
