import { useTranslation } from 'react-i18next';
import type { LangCode } from '../../i18n/languages';
import type { ToolId } from '../../site/paths';
import { Island } from '../island';
import { ToolLoader } from '../islands/tool-island';

/**
 * A caseworker's tool. The page itself is prerendered and precached like any other; the
 * tool is an island whose code (and the QR encoder) loads only here.
 */
export function ToolPage({ tool, lang }: { tool: ToolId; lang: LangCode }) {
  const { t } = useTranslation('tools');
  return (
    <article className={`tool tool-${tool}`}>
      <h1>{t(`${tool}.title`)}</h1>
      <p className="tool-intro">{t(`${tool}.intro`)}</p>
      <noscript>
        <p className="status status-update">{t('tools.needsJs')}</p>
      </noscript>
      <Island name="tool" props={{ tool, lang }}>
        <ToolLoader tool={tool} lang={lang} />
      </Island>
    </article>
  );
}
