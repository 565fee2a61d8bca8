/**
 * The 1200×630 link-preview image per language: the Kompas mark and the site's headline,
 * drawn from an SVG template and rasterised with resvg. The font comes from an npm package
 * (DejaVu Sans covers Latin and Cyrillic), so the result is the same on every machine.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { previewImage } from './seo';

const require = createRequire(import.meta.url);
const fontDir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = [join(fontDir, 'DejaVuSans.ttf'), join(fontDir, 'DejaVuSans-Bold.ttf')];

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Breaks a headline into lines of at most `width` characters, at spaces. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function previewSvg(headline: string): string {
  const { width, height } = previewImage;
  const lines = wrap(headline, 26).slice(0, 4);
  const text = lines
    .map((line, i) => `<text x="96" y="${400 + i * 68 - (lines.length - 1) * 34}" font-size="56">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<rect width="${width}" height="${height}" fill="#0b4f6c"/>
<g transform="translate(96 72) scale(2.5)"><rect width="64" height="64" rx="14" fill="#ffffff"/><circle cx="32" cy="32" r="21" fill="none" stroke="#0b4f6c" stroke-width="4"/><path d="M32 14l6 18-6 18-6-18z" fill="#0b4f6c"/><path d="M32 14l6 18H26z" fill="#ffcc33"/></g>
<text x="296" y="180" font-family="DejaVu Sans" font-weight="bold" font-size="88" fill="#ffffff">Kompas</text>
<g font-family="DejaVu Sans" font-weight="bold" fill="#ffffff">${text}</g>
<rect x="96" y="560" width="160" height="10" fill="#ffcc33"/>
</svg>`;
}

export function renderPreview(headline: string): Buffer {
  const resvg = new Resvg(previewSvg(headline), {
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    fitTo: { mode: 'width', value: previewImage.width },
  });
  return resvg.render().asPng();
}
