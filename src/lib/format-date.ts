/**
 * Dates in the page's language, through Intl: full dates ("31 жовтня 2025 р."), month-only
 * dates ("березень 2024 р.") and years. A source's date may be approximate ("≈ 2024-03") or a
 * range of years ("2017–2018"); it is stored in one language-neutral form and formatted here,
 * so no date stays in English on a Ukrainian page.
 */

import { getLanguage, type LangCode } from '../i18n/languages';
import { sourceDate } from '../site/patterns';

/** English content writes dates day first ("18 March 2022"), as British English does. */
const dateLocale = (lang: LangCode) => (lang === 'en' ? 'en-GB' : getLanguage(lang).htmlLang);

function format(lang: LangCode, options: Intl.DateTimeFormatOptions, year: number, month = 1, day = 1): string {
  // UTC both ways, so the prerendered page and the browser print the same day.
  return new Intl.DateTimeFormat(dateLocale(lang), { ...options, timeZone: 'UTC' }).format(Date.UTC(year, month - 1, day));
}

/** An ISO date (YYYY-MM-DD) in the page's language. */
export function formatDate(iso: string, lang: LangCode): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  return format(lang, { day: 'numeric', month: 'long', year: 'numeric' }, year, month, day);
}

/** A source's date in the page's language; null for "nd" (the caller says "no date"). */
export function formatSourceDate(value: string, lang: LangCode): string | null {
  const match = sourceDate.exec(value);
  if (!match) return value === 'nd' ? null : value;
  const [, approx, year = '', month, day, until] = match;
  const text = day
    ? formatDate(`${year}-${month}-${day}`, lang)
    : month
      ? format(lang, { month: 'long', year: 'numeric' }, Number(year), Number(month))
      : until
        ? `${year}–${until}`
        : year;
  return approx ? `≈ ${text}` : text;
}
