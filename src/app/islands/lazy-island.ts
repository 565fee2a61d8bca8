import type { i18n } from 'i18next';
import type { ComponentType } from 'react';

/**
 * A lazy island's module (src/app/islands.ts): its component, and what it loads before
 * hydrating. Apart from the registry, so the islands in this folder never import it back.
 */
export interface LazyIsland<P, Extra = object> {
  default: ComponentType<P & Extra>;
  prepare?: (props: P, i18n: i18n) => Promise<Extra>;
}
