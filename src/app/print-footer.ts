/**
 * The footer a printed page carries: a QR code of the page's own URL and the URL written
 * out. Made at build time (no QR code in the reader's JavaScript) and placed outside the
 * hydrated root; it is shown only in print.
 */
import QRCode from 'qrcode';
import { escapeMarkup } from '../lib/escape';

export async function printFooter(url: string, caption: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return (
    `<footer class="print-footer" aria-hidden="true">` +
    `<div class="print-qr">${svg.replace('<svg ', '<svg role="img" ')}</div>` +
    `<div class="print-caption"><p>${escapeMarkup(caption)}</p><p class="print-url">${escapeMarkup(url)}</p></div>` +
    `</footer>`
  );
}
