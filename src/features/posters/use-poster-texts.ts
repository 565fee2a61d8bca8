import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadTitles, loadToolStrings } from '../../content/catalog';
import { getLanguage, type LangCode } from '../../i18n/languages';
import type { PageId } from '../../site/paths';
import type { PosterText } from './poster-svg';

/**
 * The headline and instruction in each chosen language, in its own script. Loads those
 * languages' strings (precached, so this works offline) into the page's i18next instance.
 */
export function usePosterTexts(languages: LangCode[], page: PageId): PosterText[] | null {
  const { i18n } = useTranslation();
  const [texts, setTexts] = useState<PosterText[] | null>(null);
  const key = `${languages.join(',')}|${page}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for languages and page, which are new arrays on every render
  useEffect(() => {
    let current = true;
    Promise.all(languages.map(async (code) => ({ code, strings: await loadToolStrings(code), titles: await loadTitles(code) }))).then(
      (loaded) => {
        if (!current) return;
        setTexts(
          loaded.map(({ code, strings, titles }) => {
            if (!i18n.hasResourceBundle(code, 'tools')) i18n.addResourceBundle(code, 'tools', strings, true, true);
            const t = i18n.getFixedT(code, 'tools');
            return {
              htmlLang: getLanguage(code).htmlLang,
              headline: page === 'home' ? t('poster.headline') : titles[page],
              instruction: t('poster.instruction'),
            };
          }),
        );
      },
    );
    return () => {
      current = false;
    };
  }, [key, i18n]);
  return texts;
}
