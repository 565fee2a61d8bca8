import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LangCode, languages } from '../../i18n/languages';
import { parsePath, type Route, samePageIn } from '../../site/paths';
import { rememberLanguage } from './choose-language';

/**
 * Links to the same page in every language: switching keeps the reader where they are,
 * the directory's filter included. The filter lives in the address, which only the browser
 * knows (and the directory changes its path in place), so it is read again before a link is used.
 */
export function LanguageSwitcher({ route, current }: { route: Route; current: LangCode }) {
  const { t } = useTranslation();
  const [pathname, setPathname] = useState('');
  const readAddress = () => setPathname(window.location.pathname);
  useEffect(readAddress, []);
  const hrefIn = (lang: LangCode, address: string) => samePageIn(address ? parsePath(address) : route, lang);
  return (
    <nav className="language-switcher" aria-label={t('nav.languages')} onFocus={readAddress} onPointerDown={readAddress}>
      <ul>
        {languages.map((language) => (
          <li key={language.code}>
            <a
              href={hrefIn(language.code, pathname)}
              lang={language.htmlLang}
              hrefLang={language.htmlLang}
              aria-current={language.code === current ? 'page' : undefined}
              onClick={(event) => {
                event.currentTarget.href = hrefIn(language.code, window.location.pathname);
                rememberLanguage(globalThis.localStorage, language.code);
              }}
            >
              {language.nativeName}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
