/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** The deployed address, e.g. https://kompas.example.org (set at build time). */
  readonly KOMPAS_SITE_URL?: string;
  /** Where "tell us what you looked for" writes to (set at build time). */
  readonly KOMPAS_EDITORS_EMAIL?: string;
}
