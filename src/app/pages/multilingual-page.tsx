import type { TFunction } from 'i18next';
import { emergencyNumbers } from '../../components/emergency-numbers';
import { PhoneIcon } from '../../components/icons';
import { KompasLogo } from '../../components/kompas-logo';
import { LanguageList } from '../../features/language/language-list';
import { ExitSpace, QuickExitBar } from '../../features/quick-exit/quick-exit';
import { type LangCode, langCodes, languages } from '../../i18n/languages';
import { type DirectoryFilter, type PageId, paths } from '../../site/paths';
import { Island } from '../island';

/**
 * The two pages that belong to no one language: "/" (the chooser) and the not-found
 * page for paths outside any language. Every line appears in each language.
 */
interface Props {
  kind: 'chooser' | 'not-found';
  /** The page each language link opens ("/go/emergency" offers the emergency page). */
  page: PageId;
  /** A directory filter carried by a language-neutral link (/go/directory/belgrade/lgbti). */
  filter?: DirectoryFilter;
  tFor: (lang: LangCode) => TFunction;
}

/** The emergency numbers before anything else, each named in every language (the same word once). */
function MultilingualEmergency({ tFor }: { tFor: (lang: LangCode) => TFunction }) {
  const named = (key: string) => {
    const seen = new Set<string>();
    return languages.flatMap((l) => {
      const word = tFor(l.code)(key as 'emergency.police');
      if (seen.has(word)) return [];
      seen.add(word);
      return [{ lang: l.htmlLang, word }];
    });
  };
  return (
    <section
      className="urgent"
      aria-label={named('emergency.title')
        .map((n) => n.word)
        .join(' · ')}
    >
      <ul className="emergency-numbers emergency-multilingual">
        {emergencyNumbers.map(({ number, key }) => (
          <li key={number}>
            <a className="emergency-call" href={`tel:${number}`}>
              <PhoneIcon />
              <strong>{number}</strong>
              <span>
                {named(`emergency.${key}`).map((n, i) => (
                  <span key={n.lang} lang={n.lang}>
                    {i > 0 && ' · '}
                    {n.word}
                  </span>
                ))}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MultilingualPage({ kind, page, filter, tFor }: Props) {
  const langs = [...langCodes];
  const exitLabel = languages.map((l) => tFor(l.code)('quickExit.short')).join(' · ');
  const all = (key: 'quickExit.label' | 'quickExit.shiftTwoMore' | 'quickExit.shiftOneMore') =>
    languages.map((l) => tFor(l.code)(key)).join(' · ');
  return (
    <div className="app">
      <QuickExitBar>
        <Island
          name="quick-exit"
          props={{
            label: exitLabel,
            title: all('quickExit.label'),
            shiftTwoMore: all('quickExit.shiftTwoMore'),
            shiftOneMore: all('quickExit.shiftOneMore'),
          }}
        />
      </QuickExitBar>
      <header className="site-header">
        <ExitSpace label={exitLabel} />
        <a className="brand" href={paths.chooser()}>
          <KompasLogo />
          Kompas
        </a>
      </header>
      <Island name="status" props={{ part: 'banner', langs }} />
      <main id="main" tabIndex={-1} className={kind}>
        <h1>
          {languages.map((l, i) => (
            <span key={l.code} lang={l.htmlLang} className="multi-title">
              {i > 0 && <span aria-hidden="true"> · </span>}
              {tFor(l.code)(kind === 'chooser' ? 'meta.chooserTitle' : 'meta.notFoundTitle')}
            </span>
          ))}
        </h1>
        <MultilingualEmergency tFor={tFor} />
        {kind === 'not-found' &&
          languages.map((l) => (
            <p key={l.code} lang={l.htmlLang}>
              {tFor(l.code)('notFound.text')}
            </p>
          ))}
        <LanguageList tFor={tFor} page={page} filter={filter} />
        {kind === 'chooser' &&
          languages.map((l) => (
            <p key={l.code} lang={l.htmlLang} className="small">
              {tFor(l.code)('chooser.remember')}
            </p>
          ))}
      </main>
      <footer className="site-footer">
        <Island name="status" props={{ part: 'badge', langs }} />
      </footer>
    </div>
  );
}
