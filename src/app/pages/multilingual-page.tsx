import type { TFunction } from 'i18next';
import { emergencyNumbers } from '../../components/emergency-numbers';
import { PhoneIcon } from '../../components/icons';
import { KompasLogo } from '../../components/kompas-logo';
import { LanguageList } from '../../features/language/language-list';
import { ExitSpace, QuickExit, QuickExitBar } from '../../features/quick-exit/quick-exit';
import { type LangCode, languages } from '../../i18n/languages';
import { OfflineBadge, PwaStatus, type Voice } from '../../pwa/pwa-status';
import { type DirectoryFilter, type PageId, paths } from '../../site/paths';

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
  const voices: Voice[] = languages.map((l) => ({ lang: l.htmlLang, t: tFor(l.code) }));
  const exitLabel = languages.map((l) => tFor(l.code)('quickExit.short')).join(' · ');
  return (
    <div className="app">
      <QuickExitBar>
        <QuickExit
          label={exitLabel}
          title={voices.map((voice) => voice.t('quickExit.label')).join(' · ')}
          shiftTwoMore={voices.map((voice) => voice.t('quickExit.shiftTwoMore')).join(' · ')}
          shiftOneMore={voices.map((voice) => voice.t('quickExit.shiftOneMore')).join(' · ')}
        />
      </QuickExitBar>
      <header className="site-header">
        <ExitSpace label={exitLabel} />
        <a className="brand" href={paths.chooser()}>
          <KompasLogo />
          Kompas
        </a>
      </header>
      <PwaStatus voices={voices} />
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
        <OfflineBadge voices={voices} />
      </footer>
    </div>
  );
}
