import { useTranslation } from 'react-i18next';
import { getLanguage, type LangCode } from '../../i18n/languages';
import { OfflineBadge, PwaStatus, type Voice } from '../../pwa/pwa-status';

/**
 * The offline status as an island: the banner under the header, or the footer badge.
 * Pages that belong to no one language (`langs`) speak every language they list.
 */
export function StatusIsland({ part, langs }: { part: 'banner' | 'badge'; langs?: LangCode[] }) {
  const { i18n } = useTranslation();
  const voices: Voice[] | undefined = langs?.map((code) => ({ lang: getLanguage(code).htmlLang, t: i18n.getFixedT(code) }));
  return part === 'banner' ? <PwaStatus voices={voices} /> : <OfflineBadge voices={voices} />;
}
