/**
 * The poster as one SVG document in millimetres: the same drawing is previewed on
 * screen, printed at the exact paper size, downloaded as vector SVG for print shops and
 * rasterised to a 300 dpi PNG. Text is real <text> (selectable, scalable), wrapped here.
 */
import { escapeMarkup } from '../../lib/escape';
import { qrCode } from '../../lib/qr';
import { type PaperSize, paperSizes } from './poster-options';

export interface PosterText {
  htmlLang: string;
  headline: string;
  instruction: string;
}

export interface PosterModel {
  size: PaperSize;
  texts: PosterText[];
  /** What the QR code encodes. */
  url: string;
  ownLine: string;
}

const font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
const brand = '#0b4f6c';

/** Greedy word wrap by an average glyph width (in ems; bold Cyrillic runs wide); long words are split. */
export function wrap(text: string, width: number, fontSize: number, glyph = 0.58): string[] {
  const maxChars = Math.max(8, Math.floor(width / (fontSize * glyph)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while ([...rest].length > maxChars) {
      if (line) lines.push(line);
      line = '';
      lines.push([...rest].slice(0, maxChars).join(''));
      rest = [...rest].slice(maxChars).join('');
    }
    const candidate = line ? `${line} ${rest}` : rest;
    if ([...candidate].length > maxChars) {
      lines.push(line);
      line = rest;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x.toFixed(2)}" y="${(y + i * lineHeight).toFixed(2)}" font-size="${size.toFixed(2)}" ${attrs}>${escapeMarkup(line)}</text>`,
    )
    .join('');
}

export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

export function posterSvg(model: PosterModel): string {
  const { width: W, height: H, qr: qrMax } = paperSizes[model.size];
  const s = W / 210;
  const margin = 12 * s;
  const columns = model.texts.length >= 3 ? 2 : 1;
  const gap = 8 * s;
  const columnWidth = (W - 2 * margin - gap * (columns - 1)) / columns;
  const urlSize = 4.6 * s;
  const ownSize = 4.4 * s;
  const brandSize = 7 * s;
  const ownLines = model.ownLine ? wrap(model.ownLine, W - 2 * margin, ownSize) : [];
  const bottom = urlSize * 2.2 + ownLines.length * ownSize * 1.3 + margin;
  const top = margin + brandSize * 1.6;
  const minQr = Math.min(qrMax, 45 * s);

  // The largest text that still leaves room for the full-size code; below that, the code shrinks.
  const layout = (scale: number) => {
    const headSize = 6.4 * s * scale;
    const bodySize = 3.9 * s * scale;
    const laid = model.texts.map((text) => {
      const head = wrap(text.headline, columnWidth, headSize, 0.66);
      const body = wrap(text.instruction, columnWidth, bodySize);
      return { head, body, headSize, bodySize, height: head.length * headSize * 1.18 + body.length * bodySize * 1.32 + 5 * s * scale };
    });
    let height = 0;
    for (let row = 0; row < laid.length; row += columns) height += Math.max(...laid.slice(row, row + columns).map((b) => b.height));
    return { blocks: laid, textHeight: height };
  };
  let scale = columns === 2 ? 1.1 : 1.3;
  let { blocks, textHeight } = layout(scale);
  while (top + textHeight + qrMax + bottom > H && scale > 0.55) {
    scale *= 0.93;
    ({ blocks, textHeight } = layout(scale));
  }

  const parts: string[] = [];
  parts.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  parts.push(`<rect x="0" y="0" width="${W}" height="${(margin * 0.45).toFixed(2)}" fill="${brand}"/>`);
  parts.push(
    textLines(['Kompas'], margin, margin + brandSize * 0.6, brandSize, 0, `font-family="${font}" font-weight="700" fill="${brand}"`),
  );

  let y = top;
  blocks.forEach((block, i) => {
    const column = i % columns;
    const x = margin + column * (columnWidth + gap);
    const lang = model.texts[i]!.htmlLang;
    const attrs = `font-family="${font}" xml:lang="${lang}"`;
    parts.push(
      textLines(block.head, x, y + block.headSize, block.headSize, block.headSize * 1.18, `${attrs} font-weight="700" fill="#111"`),
    );
    const bodyTop = y + block.head.length * block.headSize * 1.18 + block.bodySize * 1.1;
    parts.push(textLines(block.body, x, bodyTop, block.bodySize, block.bodySize * 1.32, `${attrs} fill="#333"`));
    const rowEnd = column === columns - 1 || i === blocks.length - 1;
    if (rowEnd) y += Math.max(...blocks.slice(i - column, i + 1).map((b) => b.height));
  });

  const qrSize = Math.max(minQr, Math.min(qrMax, H - y - bottom));
  const qr = qrCode(model.url);
  const qrX = (W - qrSize) / 2;
  const qrY = y + (H - y - bottom - qrSize) / 2;
  const unit = qrSize / qr.size;
  parts.push(
    `<g transform="translate(${qrX.toFixed(3)} ${qrY.toFixed(3)}) scale(${unit.toFixed(5)})" shape-rendering="crispEdges"><rect width="${qr.size}" height="${qr.size}" fill="#fff"/><path d="${qr.path}" fill="#000"/></g>`,
  );
  const urlY = qrY + qrSize + urlSize * 1.3;
  parts.push(
    textLines([displayUrl(model.url)], W / 2, urlY, urlSize, 0, `font-family="${font}" font-weight="700" text-anchor="middle" fill="#111"`),
  );
  if (ownLines.length > 0)
    parts.push(
      textLines(
        ownLines,
        W / 2,
        H - margin - (ownLines.length - 1) * ownSize * 1.3,
        ownSize,
        ownSize * 1.3,
        `font-family="${font}" text-anchor="middle" fill="#111"`,
      ),
    );

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}mm" height="${H}mm" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;
}
