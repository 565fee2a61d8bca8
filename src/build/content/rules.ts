/**
 * What content may contain. Shared by the Markdown parser and the UI-string check,
 * so a rule is written once.
 */

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
