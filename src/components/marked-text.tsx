import { fragmentLang, splitLangMarkers } from '../i18n/lang-markers';
import type { LangCode } from '../i18n/languages';

/** Plain text (a directory field) with {{sr:…}} fragments rendered in their own language. */
export function MarkedText({ text, lang }: { text: string; lang: LangCode }) {
  return (
    <>
      {splitLangMarkers(text).map((part, i) => {
        const fragment = part.lang ? fragmentLang(part.lang, lang) : undefined;
        return fragment ? (
          <span key={i} lang={fragment}>
            {part.text}
          </span>
        ) : (
          part.text
        );
      })}
    </>
  );
}
