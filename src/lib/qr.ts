/**
 * QR codes as vector paths: medium error correction (level M) and a full quiet zone of
 * four modules. Import this module lazily: it pulls in the QR encoder, which the pages
 * a refugee reads must not carry.
 */
import { create } from 'qrcode';

export const quietZone = 4;

export interface QrCode {
  /** Modules per side, quiet zone included. */
  size: number;
  /** SVG path data drawing every dark module, in module units, offset by the quiet zone. */
  path: string;
}

export function qrCode(text: string): QrCode {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const { size, data } = modules;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!data[y * size + x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && data[y * size + x]) x++;
      path += `M${start + quietZone} ${y + quietZone}h${x - start}v1h${start - x}z`;
    }
  }
  return { size: size + 2 * quietZone, path };
}

/** A standalone SVG document of the code, for downloads. */
export function qrSvgDocument(text: string, sizeMm: number): string {
  const qr = qrCode(text);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${sizeMm}mm" height="${sizeMm}mm" viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${qr.path}" fill="#000"/></svg>`;
}
