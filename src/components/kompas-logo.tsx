/** The Kompas mark, inline so the header needs no extra request (same drawing as public/icons/kompas.svg). */
export function KompasLogo() {
  return (
    <svg viewBox="0 0 64 64" width="28" height="28" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#0b4f6c" />
      <circle cx="32" cy="32" r="21" fill="none" stroke="#fff" strokeWidth="4" />
      <path d="M32 14l6 18-6 18-6-18z" fill="#fff" />
      <path d="M32 14l6 18H26z" fill="#ffcc33" />
    </svg>
  );
}
