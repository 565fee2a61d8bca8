/**
 * The formats of ids, dates and link targets, written once: the content check, the
 * directory, the Markdown parser, the URL scheme and the pages that show dates read them.
 */

/** An id that doubles as a URL segment: page, directory entry, city or group ("novi-sad"). */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A date as content writes it: YYYY-MM-DD. */
export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** An e-mail address as a mailto: link or a directory entry gives it. */
export const emailPattern = /^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i;

/** A web address Kompas links to: https only, with a host that has a dot. */
export const httpsUrlPattern = /^https:\/\/[^\s/]+\.\S+$/i;

/** A phone number in international form: "+", country code, number, digits only. */
export const internationalPhonePattern = /^\+[1-9]\d{6,14}$/;

/** Serbian emergency and road-help short codes: dialled as they are, with no international form. */
export const shortNumbers: readonly string[] = ['192', '193', '194', '1987'];

/** A tel: link target: international form, or one of the short codes. */
export const isAllowedPhone = (value: string): boolean => internationalPhonePattern.test(value) || shortNumbers.includes(value);

/** A source's stated date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY–YYYY, with "≈ " when approximate. */
export const sourceDate = /^(≈ )?(\d{4})(?:-(\d{2})(?:-(\d{2}))?|–(\d{4}))?$/;

export function isSourceDate(value: string): boolean {
  const match = sourceDate.exec(value);
  if (!match) return false;
  const [, , year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  return !day || new Date(`${year}-${month}-${day}T00:00:00Z`).getUTCDate() === Number(day);
}
