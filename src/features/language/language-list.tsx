import type { TFunction } from 'i18next';
import { type LangCode, languages } from '../../i18n/languages';
import { type DirectoryFilter, type PageId, paths } from '../../site/paths';
import { rememberLanguage } from './choose-language';

/** The chooser: each language in its own name and script, with a line in that language. */
interface Props {
  tFor: (lang: LangCode) => TFunction;
  page?: PageId;
  filter?: DirectoryFilter;
}

export function LanguageList({ tFor, page = 'home', filter }: Props) {
  return (
    <ul className="language-list">
      {languages.map((language) => {
        const t = tFor(language.code);
        return (
          <li key={language.code} lang={language.htmlLang}>
            <a
              href={page === 'directory' ? paths.directory(language.code, filter) : paths.page(language.code, page)}
              hrefLang={language.htmlLang}
              onClick={() => rememberLanguage(globalThis.localStorage, language.code)}
            >
              <span className="language-name">{language.nativeName}</span>
              <span className="language-prompt">{t('chooser.prompt')}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}
