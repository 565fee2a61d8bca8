import { describe, expect, it } from 'vitest';
import { loadContent, pagesWithoutFacts } from '../src/build/content/load';
import { parseMarkdownPage } from '../src/build/content/parse-markdown';
import { langCodes } from '../src/i18n/languages';
import { pageIds } from '../src/site/paths';

describe('content loader', () => {
  const content = loadContent(process.cwd());

  it('loads every page in every language with its checked date and sources', () => {
    for (const lang of langCodes)
      for (const page of pageIds) {
        const loaded = content.pages[lang]?.[page];
        expect(loaded?.title, `${lang}/${page}`).toBeTruthy();
        expect(loaded?.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(loaded?.body.length).toBeGreaterThan(0);
        if (!pagesWithoutFacts.has(page)) expect(loaded?.sources.length).toBeGreaterThan(0);
        for (const source of loaded?.sources ?? []) expect(source.url).toMatch(/^https:\/\//);
      }
  });

  it('turns Markdown into the content tree', () => {
    const { page, problems } = parseMarkdownPage(
      [
        '---',
        'title: T',
        'description: D',
        '---',
        '',
        '## Call **now**',
        '',
        '- [192 Police](tel:192)',
        '- See [temporary protection](page:temporary-protection#who-can-get-it)',
        '',
        '> [!verify]',
        '> Write to [info@example.org](mailto:info@example.org) or see [UNHCR](https://help.unhcr.org/serbia/).',
      ].join('\n'),
      'x.md',
    );
    expect(problems).toEqual([]);
    expect(page.frontmatter).toEqual({ title: 'T', description: 'D' });
    expect(page.body).toEqual([
      {
        type: 'heading',
        level: 2,
        id: 'call-now',
        children: [
          { type: 'text', text: 'Call ' },
          { type: 'strong', children: [{ type: 'text', text: 'now' }] },
        ],
      },
      {
        type: 'list',
        ordered: false,
        items: [
          [
            {
              type: 'paragraph',
              children: [{ type: 'link', target: { kind: 'tel', number: '192' }, children: [{ type: 'text', text: '192 Police' }] }],
            },
          ],
          [
            {
              type: 'paragraph',
              children: [
                { type: 'text', text: 'See ' },
                {
                  type: 'link',
                  target: { kind: 'page', page: 'temporary-protection', hash: 'who-can-get-it' },
                  children: [{ type: 'text', text: 'temporary protection' }],
                },
              ],
            },
          ],
        ],
      },
      {
        type: 'notice',
        kind: 'verify',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Write to ' },
              {
                type: 'link',
                target: { kind: 'mailto', address: 'info@example.org' },
                children: [{ type: 'text', text: 'info@example.org' }],
              },
              { type: 'text', text: ' or see ' },
              {
                type: 'link',
                target: { kind: 'external', url: 'https://help.unhcr.org/serbia/' },
                children: [{ type: 'text', text: 'UNHCR' }],
              },
              { type: 'text', text: '.' },
            ],
          },
        ],
      },
    ]);
  });

  it('makes heading ids from Cyrillic text too', () => {
    const { page } = parseMarkdownPage('---\ntitle: T\ndescription: D\n---\n\n## Хто може отримати\n', 'x.md');
    expect(page.body[0]).toMatchObject({ type: 'heading', id: 'хто-може-отримати' });
  });
});
