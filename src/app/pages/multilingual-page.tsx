import type { TFunction } from 'i18next';
import { KompasLogo } from '../../components/kompas-logo';
import { LanguageList } from '../../features/language/language-list';
import { ExitSpace, QuickExitBar } from '../../features/quick-exit/quick-exit';
import { type LangCode, langCodes, languages } from '../../i18n/languages';
import { type PageId, paths } from '../../site/paths';
import { Island } from '../island';

/**
 * The two pages that belong to no one language: "/" (the chooser) and the not-found
 * page for paths outside any language. Every line appears in each language.
 */
interface Props {
  kind: 'chooser' | 'not-found';
  /** The page each language link opens ("/go/emergency" offers the emergency page). */
  page: PageId;
  tFor: (lang: LangCode) => TFunction;
}

export function MultilingualPage({ kind, page, tFor }: Props) {
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
        {kind === 'not-found' &&
          languages.map((l) => (
            <p key={l.code} lang={l.htmlLang}>
              {tFor(l.code)('notFound.text')}
            </p>
          ))}
        <LanguageList tFor={tFor} page={page} />
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
