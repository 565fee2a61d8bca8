import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rendered } from '../src/app/entry-server';
import { fillTemplate } from '../src/build/html-template';

const template = readFileSync('index.html', 'utf8');

const rendered = (over: Partial<Rendered> & { title?: string; description?: string } = {}): Rendered => ({
  path: over.path ?? '/en/emergency',
  html: over.html ?? '<main><h1>Emergency numbers</h1></main>',
  head: { htmlLang: 'en', title: over.title ?? 'Emergency numbers', description: over.description ?? 'Call 192.' },
  after: over.after ?? '<footer class="print-only">QR</footer>',
});

describe('fillTemplate', () => {
  it('puts the language, title, description, SEO tags, route and page into index.html', () => {
    const out = fillTemplate(template, rendered(), '<link rel="canonical" href="https://example.org/en/emergency">');
    expect(out).toContain('<html lang="en"');
    expect(out).toContain('<title>Emergency numbers</title>');
    expect(out).toContain('<meta name="description" content="Call 192."');
    // The page's one script comes last in <head>, after everything the first paint needs, at low priority.
    expect(out).toContain(
      '<link rel="canonical" href="https://example.org/en/emergency"><script fetchpriority="low" type="module" src="/src/app/entry-client.tsx"></script></head>',
    );
    expect(out.match(/<script/g)).toHaveLength(1);
    expect(out).toContain(
      '<div id="root" data-route="/en/emergency"><main><h1>Emergency numbers</h1></main></div><footer class="print-only">QR</footer>',
    );
  });

  it('escapes text put into attributes and the title', () => {
    const out = fillTemplate(template, rendered({ title: 'A <b> & "B"', description: '"quoted" <x>', path: '/en/"x"' }));
    expect(out).toContain('<title>A &lt;b&gt; &amp; &quot;B&quot;</title>');
    expect(out).toContain('content="&quot;quoted&quot; &lt;x&gt;"');
    expect(out).toContain('data-route="/en/&quot;x&quot;"');
  });

  // String.replace expands $&, $`, $' and $$ in a replacement string: page text must arrive as written.
  it.each([['$&'], ['$`'], ["$'"], ['$$'], ['$1']])('keeps "%s" in a title, a description and the page as written', (sequence) => {
    const title = `Price ${sequence} 100`;
    const html = `<main><p>Costs ${sequence} nothing</p></main>`;
    const after = `<footer>${sequence}</footer>`;
    const out = fillTemplate(template, rendered({ title, description: `About ${sequence}`, html, after }));
    const inHead = sequence.replace('&', '&amp;').replace("'", '&#39;');
    expect(out).toContain(`<title>Price ${inHead} 100</title>`);
    expect(out).toContain(`<meta name="description" content="About ${inHead}"`);
    expect(out).toContain(`<div id="root" data-route="/en/emergency">${html}</div>${after}`);
    expect(out.match(/<title>/g)).toHaveLength(1);
    expect(out.match(/<div id="root"/g)).toHaveLength(1);
  });

  it('refuses a template without the root element', () => {
    expect(() => fillTemplate('<html lang="en"><head><title>x</title></head><body></body></html>', rendered())).toThrow(
      'index.html has no <div id="root"></div>',
    );
  });
});
