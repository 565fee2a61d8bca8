declare module 'virtual:kompas-catalog' {
  type Loader<T> = () => Promise<T>;
  export const pages: Record<string, Record<string, Loader<import('./schema').PageContent>>>;
  export const ui: Record<string, Loader<import('./schema').UiStrings>>;
  export const tools: Record<string, Loader<import('./schema').UiStrings>>;
  export const directory: Record<string, Loader<import('./schema').DirectoryEntry[]>>;
  export const titles: Record<string, Loader<Record<string, string>>>;
  /** A language's search index, serialised by MiniSearch (src/build/search-index.ts). */
  export const search: Record<string, Loader<string>>;
  export const entryIds: string[];
}
