/**
 * What content may contain. Shared by the Markdown parser and the UI-string check,
 * so a rule is written once.
 */

/** Serbian emergency and road-help short codes: dialled as they are, with no international form. */
export const shortNumbers: readonly string[] = ['192', '193', '194', '1987'];

/** A phone link target in international form: "+", country code, number, digits only. */
export function isInternationalPhone(value: string): boolean {
  return /^\+[1-9]\d{6,14}$/.test(value);
}

export function isAllowedPhone(value: string): boolean {
  return isInternationalPhone(value) || shortNumbers.includes(value);
}

/** Script, markup or a script URL hidden in a string. */
export function unsafeReason(text: string): string | null {
  if (/<\s*\/?\s*[a-z!][^>]*>/i.test(text)) return 'contains raw HTML';
  if (/\b(?:javascript|vbscript)\s*:/i.test(text)) return 'contains a script URL';
  if (/\bdata:[a-z]+\/[a-z]/i.test(text)) return 'contains a data URL';
  if (/\bon[a-z]+\s*=/i.test(text)) return 'contains an HTML event handler';
  return null;
}

/** A phone number written as plain text (it should be a tel: link so a reader can tap it). */
export function looksLikePlainPhone(text: string): boolean {
  return /(?:\+|\b0)\d[\d \-/()]{6,}\d/.test(text);
}

export const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A source's stated date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY–YYYY, with "≈ " when approximate. */
export const sourceDate = /^(≈ )?(\d{4})(?:-(\d{2})(?:-(\d{2}))?|–(\d{4}))?$/;

export function isSourceDate(value: string): boolean {
  const match = sourceDate.exec(value);
  if (!match) return false;
  const [, , year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  return !day || new Date(`${year}-${month}-${day}T00:00:00Z`).getUTCDate() === Number(day);
}
