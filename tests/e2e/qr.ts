/** Independent QR decoding for the tests: PNG (pngjs) → jsQR; PDF → pdftoppm (poppler) → PNG. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export function decodePng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const result = jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height);
  // jsQR can "find" an empty code in a dense page of text: that is no code.
  return result?.data ? result.data : null;
}

/**
 * Rasterises every page of a PDF and returns the QR codes found, one per page at most.
 * Like a phone camera at different distances, it tries a few resolutions: jsQR misses a
 * sharp code at some scales.
 */
export function decodePdf(pdf: Buffer, resolutions: number[] = [150, 96, 72]): { codes: string[]; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-pdf-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    const found = new Map<string, string>();
    let pages = 0;
    for (const dpi of resolutions) {
      execFileSync('pdftoppm', ['-r', String(dpi), '-png', join(dir, 'doc.pdf'), join(dir, `r${dpi}`)]);
      const images = readdirSync(dir)
        .filter((f) => f.startsWith(`r${dpi}-`) && f.endsWith('.png'))
        .sort();
      pages = images.length;
      for (const image of images) {
        const pageNumber = image.slice(`r${dpi}-`.length);
        if (found.has(pageNumber)) continue;
        const code = decodePng(readFileSync(join(dir, image)));
        if (code !== null) found.set(pageNumber, code);
      }
      if (found.size === pages) break;
    }
    return { codes: [...found.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, code]) => code), pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-pdf-'));
  try {
    writeFileSync(join(dir, 'doc.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
