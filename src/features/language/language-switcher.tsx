import { useTranslation } from 'react-i18next';
import { type Route, routeIn, routeToPath } from '../../app/paths';
import { type LangCode, languages } from '../../i18n/languages';
import { rememberLanguage } from './choose-language';

/** Links to the same page in every language: switching keeps the reader where they are. */
export function LanguageSwitcher({ route, current }: { route: Route; current: LangCode }) {
  const { t } = useTranslation();
  return (
    <nav className="language-switcher" aria-label={t('nav.languages')}>
      <ul>
        {languages.map((language) => {
          const target = routeIn(route, language.code);
          const isCurrent = language.code === current;
          return (
            <li key={language.code}>
              <a
                href={routeToPath(target)}
                lang={language.htmlLang}
                hrefLang={language.htmlLang}
                aria-current={isCurrent ? 'page' : undefined}
                onClick={() => rememberLanguage(globalThis.localStorage, language.code)}
              >
                {language.nativeName}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
