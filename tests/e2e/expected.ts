/**
 * What each route should show, read from locales/ by the build-time loader in Node:
 * the browser's rendering is checked against the source content, not against itself.
 */

import { loadContent } from '../../src/build/content/load';
import type { Block, Inline, UiStrings } from '../../src/content/schema';
import { stripLangMarkers } from '../../src/i18n/lang-markers';
import { getLanguage, type LangCode, languages } from '../../src/i18n/languages';
import { allRoutes, type Route, routeToPath } from '../../src/site/paths';

export const content = loadContent(process.cwd());

/** A UI string from ui.json, or from tools.json for the poster maker and display. */
export function ui(lang: LangCode, key: string): string {
  for (const strings of [content.ui[lang], content.tools[lang]]) {
    let node: string | UiStrings | undefined = strings;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node === 'string') return node;
  }
  throw new Error(`No UI string ${key} in ${lang}`);
}

const inlineText = (nodes: Inline[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'break' ? ' ' : 'children' in n ? inlineText(n.children) : '')).join('');

function firstParagraph(blocks: Block[]): string {
  for (const block of blocks) if (block.type === 'paragraph') return inlineText(block.children);
  return '';
}

export interface Expectation {
  path: string;
  htmlLang: string;
  /** Text the <h1> must contain. */
  heading: string[];
  /** Text that must be in <main>. */
  text: string;
  status: number;
}

/** For not-found routes, an unknown path in that language stands in for the route's own file. */
export function expectationFor(route: Route): Expectation {
  const path = route.kind === 'not-found' ? `${route.lang ? `/${route.lang}` : ''}/no-such-page` : routeToPath(route);
  if (route.kind === 'tool') {
    const title = ui(route.lang, `${route.tool}.title`);
    return { path, htmlLang: getLanguage(route.lang).htmlLang, heading: [title], text: ui(route.lang, `${route.tool}.intro`), status: 200 };
  }
  if (route.kind === 'entry') {
    const entry = content.directory[route.lang]?.find((e) => e.id === route.entry);
    if (!entry) throw new Error(`No directory entry for ${path}`);
    // Language markers ({{sr:…}}) are spans on the page, not text.
    return { path, htmlLang: getLanguage(route.lang).htmlLang, heading: [entry.name], text: stripLangMarkers(entry.offers), status: 200 };
  }
  if (route.kind === 'page') {
    const page = content.pages[route.lang]?.[route.page];
    if (!page) throw new Error(`No content for ${path}`);
    return { path, htmlLang: getLanguage(route.lang).htmlLang, heading: [page.title], text: firstParagraph(page.body), status: 200 };
  }
  if (route.kind === 'not-found' && route.lang)
    return {
      path,
      htmlLang: getLanguage(route.lang).htmlLang,
      heading: [ui(route.lang, 'meta.notFoundTitle')],
      text: ui(route.lang, 'notFound.text'),
      status: 404,
    };
  const key = route.kind === 'chooser' ? 'meta.chooserTitle' : 'meta.notFoundTitle';
  return {
    path,
    htmlLang: 'en',
    heading: languages.map((l) => ui(l.code, key)),
    text: route.kind === 'chooser' ? ui('en', 'chooser.remember') : ui('en', 'notFound.text'),
    status: route.kind === 'chooser' ? 200 : 404,
  };
}

export const entryIds = (content.directory.en ?? []).map((entry) => entry.id);

/** Every route whose URL shows its own page ("/" and /go/… redirect when a language is known). */
export const pageRoutes = allRoutes(entryIds).filter((route) => route.kind !== 'chooser' && route.kind !== 'go');
