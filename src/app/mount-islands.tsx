/**
 * Hydrates each island of a prerendered page on its own (see island.tsx): the rest of
 * the page is static HTML and is never rendered again in the browser. UI strings (one
 * small chunk per language) and i18next load once, only for islands that need them.
 * Each island hydrates in a task of its own, so none holds the main thread for long.
 */
import type { i18n } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { loadUiStrings } from '../content/catalog';
import { type LangCode, langCodes } from '../i18n/languages';
import { type IslandName, islands, type LazyIsland } from './islands';

type AnyComponent = ComponentType<Record<string, unknown>>;

/** `lang`: the page's language; null on the pages that speak every language. */
export function mountIslands(lang: LangCode | null): Promise<void>[] {
  let strings: Promise<i18n> | undefined;
  const i18nFor = () => {
    strings ??= (async () => {
      const codes = lang ? [lang] : langCodes;
      const [ui, { createI18n }] = await Promise.all([Promise.all(codes.map(loadUiStrings)), import('../i18n/i18n')]);
      return createI18n(lang ?? 'en', Object.fromEntries(codes.map((code, i) => [code, { translation: ui[i] }])));
    })();
    return strings;
  };
  let queue = Promise.resolve();
  return [...document.querySelectorAll<HTMLElement>('[data-island]')].map((element) => {
    const ready = prepareIsland(element, i18nFor);
    // Islands hydrate in page order, one task each.
    const mounted = queue.then(() => ready).then((hydrate) => nextTask().then(hydrate));
    queue = mounted.catch(() => undefined);
    return mounted;
  });
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Loads what an island needs; the returned function hydrates it. */
async function prepareIsland(element: HTMLElement, i18nFor: () => Promise<i18n>): Promise<() => void> {
  const name = element.dataset.island as IslandName;
  const spec = islands[name];
  if (!spec) throw new Error(`Unknown island "${name}"`);
  let props = JSON.parse(element.dataset.props ?? '{}') as Record<string, unknown>;
  const i18n = spec.strings ? await i18nFor() : null;
  let Component: AnyComponent;
  if ('component' in spec) Component = spec.component as unknown as AnyComponent;
  else {
    const module = (await spec.lazy()) as unknown as LazyIsland<Record<string, unknown>, Record<string, unknown>>;
    if (module.prepare && i18n) props = { ...props, ...(await module.prepare(props, i18n)) };
    Component = module.default as AnyComponent;
  }
  const node: ReactNode = <Component {...props} />;
  return () => {
    hydrateRoot(element, i18n ? <I18nextProvider i18n={i18n}>{node}</I18nextProvider> : node);
  };
}
