import type { Rendered } from '../app/entry-server';
import { escapeMarkup as escapeHtml } from '../lib/escape';
import { renderedRouteAttribute } from '../pwa/sw-routes';

/** Vite puts the module script and its preloads first in <head>, before the stylesheet. */
const scriptTags = /\s*<(?:script type="module"[^>]*><\/script|link rel="modulepreload"[^>]*)>/g;

/**
 * Puts a prerendered route into the built index.html, with its SEO tags. No inline script
 * is added. The script moves after the stylesheet, with low fetch priority, so nothing
 * competes with the HTML and CSS of the first paint; it is deferred (a module) and only
 * hydrates the islands.
 */
export function fillTemplate(template: string, rendered: Rendered, seo = ''): string {
  const { head, html } = rendered;
  // Low priority: the script waits for the first paint anyway, so its download yields to the stylesheet.
  const scripts = (template.match(scriptTags) ?? []).map((tag) => tag.trim().replace('<script ', '<script fetchpriority="low" ')).join('');
  // Replacer functions, not strings: String.replace would expand $&, $` and $' in page text.
  const replaced = template
    .replace(scriptTags, '')
    .replace(/<html lang="[^"]*"/, () => `<html lang="${escapeHtml(head.htmlLang)}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(head.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"/, () => `<meta name="description" content="${escapeHtml(head.description)}"`)
    .replace('</head>', () => `${seo}${scripts}</head>`)
    .replace(
      '<div id="root"></div>',
      () => `<div id="root" ${renderedRouteAttribute}="${escapeHtml(rendered.path)}">${html}</div>${rendered.after}`,
    );
  if (!replaced.includes(`${html}</div>`)) throw new Error('index.html has no <div id="root"></div>');
  return replaced;
}
