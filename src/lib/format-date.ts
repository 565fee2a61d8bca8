import type { TFunction } from 'i18next';

/**
 * Formats an ISO date with month names from the UI strings, not Intl, so the
 * prerendered HTML and the hydrated page always agree, whatever the browser's ICU data.
 */
export function formatDate(iso: string, t: TFunction): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  const monthName = t(`date.months.${month}` as 'date.months.1');
  return t('date.format', { day, month: monthName, year });
}
