import type { Rendered } from '../app/entry-server';
import { escapeMarkup as escapeHtml } from '../lib/escape';
import { renderedRouteAttribute } from '../pwa/sw-routes';

/** Puts a prerendered route into the built index.html. No inline script is added. */
export function fillTemplate(template: string, rendered: Rendered, preloads: string[], seo = ''): string {
  const { head, html } = rendered;
  const links = preloads.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`).join('');
  // Replacer functions, not strings: String.replace would expand $&, $` and $' in page text.
  const replaced = template
    .replace(/<html lang="[^"]*"/, () => `<html lang="${escapeHtml(head.htmlLang)}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(head.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"/, () => `<meta name="description" content="${escapeHtml(head.description)}"`)
    .replace('</head>', () => `${seo}${links}</head>`)
    .replace(
      '<div id="root"></div>',
      () => `<div id="root" ${renderedRouteAttribute}="${escapeHtml(rendered.path)}">${html}</div>${rendered.after}`,
    );
  if (!replaced.includes(`${html}</div>`)) throw new Error('index.html has no <div id="root"></div>');
  return replaced;
}
