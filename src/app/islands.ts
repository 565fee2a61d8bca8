/**
 * The islands: every interactive part of a reading page, by name. Everything else on a
 * page is static HTML. Adding one is one line here, then <Island name=… props={…} /> where
 * it appears (src/app/island.tsx). An eager island's code ships with the page's one script;
 * a lazy one loads its own chunk, and may prepare data before hydrating (see LazyIsland).
 * `strings`: the island reads UI strings through i18next (react-i18next's useTranslation).
 */
import type { ComponentType } from 'react';
import { LanguageSwitcher } from '../features/language/language-switcher';
import { QuickExit } from '../features/quick-exit/quick-exit';
import { SearchField } from '../features/search/search-field';
import { ShareButton } from '../features/sharing/share-button';
import type { LazyIsland } from './islands/lazy-island';
import { StatusIsland } from './islands/status-island';

export type { LazyIsland };

export const islands = {
  'quick-exit': { component: QuickExit, strings: false },
  'language-switcher': { component: LanguageSwitcher, strings: true },
  status: { component: StatusIsland, strings: true },
  share: { component: ShareButton, strings: true },
  // Read aloud and "forget this device" render nothing on the server (they need the browser's
  // voices, or JavaScript at all): their code loads after the first paint, in chunks of their own.
  listen: { lazy: () => import('../features/listen/listen').then((m) => ({ default: m.Listen })), strings: false },
  'forget-device': {
    lazy: () => import('../features/quick-exit/forget-device').then((m) => ({ default: m.ForgetDevice })),
    strings: false,
  },
  'search-field': { component: SearchField, strings: true },
  'search-results': { lazy: () => import('../features/search/search-results').then((m) => ({ default: m.SearchResults })), strings: true },
  tool: { lazy: () => import('./islands/tool-island').then((m) => m.island), strings: true },
} as const;

export type IslandName = keyof typeof islands;

type Spec<N extends IslandName> = (typeof islands)[N];
// biome-ignore lint/suspicious/noExplicitAny: any extra props the island prepares for itself
type LazyProps<L> = L extends () => Promise<LazyIsland<infer P, any>> ? P : never;

export type IslandProps<N extends IslandName> =
  Spec<N> extends { component: infer C }
    ? C extends ComponentType<infer P>
      ? P
      : never
    : Spec<N> extends { lazy: infer L }
      ? LazyProps<L>
      : never;
