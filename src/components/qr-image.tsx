import { qrCode } from '../lib/qr';

/** A QR code drawn as SVG, quiet zone included. Load lazily: it imports the QR encoder. */
export function QrImage({ text, label, className }: { text: string; label: string; className?: string }) {
  const qr = qrCode(text);
  return (
    <svg
      className={className}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-qr={text}
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
