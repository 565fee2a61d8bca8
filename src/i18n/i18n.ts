import { createInstance, type i18n, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LangCode } from './languages';

/**
 * One i18next instance per render: the server renders many languages in one process,
 * the browser one page. Resources are passed in already loaded, so init is synchronous
 * and the first render (and hydration) has every string.
 */
/** Namespaces: "translation" (ui.json, every page) and "tools" (tools.json, only the poster maker and display). */
export type Namespace = 'translation' | 'tools';

export function createI18n(lang: LangCode, resources: Partial<Record<LangCode, Partial<Record<Namespace, ResourceKey>>>>): i18n {
  const instance = createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: false,
    // Our codes are lower case ("sr-cyrl"); without this i18next would look for "sr-Cyrl".
    lowerCaseLng: true,
    resources,
    ns: ['translation', 'tools'],
    defaultNS: 'translation',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    missingKeyHandler: (_lngs, _ns, key) => {
      throw new Error(`Missing UI string "${key}" in ${lang}`);
    },
    saveMissing: import.meta.env.DEV,
  });
  return instance;
}
