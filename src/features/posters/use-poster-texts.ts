import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PageId } from '../../app/paths';
import { loadTitles, loadUiStrings } from '../../content/catalog';
import { getLanguage, type LangCode } from '../../i18n/languages';
import type { PosterText } from './poster-svg';

/**
 * The headline and instruction in each chosen language, in its own script. Loads those
 * languages' strings (precached, so this works offline) into the page's i18next instance.
 */
export function usePosterTexts(languages: LangCode[], page: PageId): PosterText[] | null {
  const { i18n } = useTranslation();
  const [texts, setTexts] = useState<PosterText[] | null>(null);
  const key = `${languages.join(',')}|${page}`;
  useEffect(() => {
    let current = true;
    Promise.all(languages.map(async (code) => ({ code, ui: await loadUiStrings(code), titles: await loadTitles(code) }))).then((loaded) => {
      if (!current) return;
      setTexts(
        loaded.map(({ code, ui, titles }) => {
          if (!i18n.hasResourceBundle(code, 'translation')) i18n.addResourceBundle(code, 'translation', ui, true, true);
          const t = i18n.getFixedT(code);
          return {
            htmlLang: getLanguage(code).htmlLang,
            headline: page === 'home' ? t('poster.headline') : titles[page],
            instruction: t('poster.instruction'),
          };
        }),
      );
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- key covers languages and page
  }, [key, i18n]);
  return texts;
}
