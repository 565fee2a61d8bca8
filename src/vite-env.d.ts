/// <reference types="vite/client" />
interface ImportMetaEnv {
  /** The deployed address, e.g. https://kompas.example.org (set at build time). */
  readonly KOMPAS_SITE_URL?: string;
}
