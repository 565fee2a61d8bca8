import { describe, expect, it } from 'vitest';
import { parseMarkdownPage } from '../src/build/content/parse-markdown';

const page = (...lines: string[]) => ['---', 'title: T', 'description: D', '---', '', ...lines].join('\n');
const keysOf = (source: string) => parseMarkdownPage(source, 'x.md').problems.map((p) => p.key);

describe('parseMarkdownPage: the line of each problem', () => {
  it('names the line of each occurrence of the same mistake, not the first one twice', () => {
    const source = page('Call [us](tel:0113671431) today.', '', 'Other text.', '', 'Call [us](tel:0113671431) today.');
    expect(keysOf(source)).toEqual(['line 6', 'line 10']);
  });

  it('tells apart the same mistake on two lines of one paragraph, in a list and in a notice', () => {
    const source = page(
      'See [a](http://example.org/)', // 6
      'and [a](http://example.org/)', // 7
      '',
      '- See [a](http://example.org/)', // 9
      '- See [a](http://example.org/)', // 10
      '',
      '> [!tip]', // 12
      '> See [a](http://example.org/)', // 13
      '>', // 14
      '> See [a](http://example.org/)', // 15
    );
    expect(keysOf(source)).toEqual(['line 6', 'line 7', 'line 9', 'line 10', 'line 13', 'line 15']);
  });

  it('names the line of a repeated block mistake and of text that looks like a phone number', () => {
    const source = page('# Title', '', '# Title', '', 'Call 011 2078 600.', '', 'Call 011 2078 600.');
    expect(keysOf(source)).toEqual(['line 6', 'line 8', 'line 10', 'line 12']);
  });
});

describe('parseMarkdownPage: HTML entities', () => {
  const textOf = (markdown: string) => {
    const { page: parsed, problems } = parseMarkdownPage(page(markdown), 'x.md');
    expect(problems).toEqual([]);
    const block = parsed.body[0];
    return block?.type === 'paragraph' ? block.children.map((n) => (n.type === 'text' ? n.text : '')).join('') : '';
  };

  it('decodes every named entity, as a browser would', () => {
    expect(textOf('Wait &mdash; then&nbsp;go &laquo;now&raquo; &euro;5 &hellip; &copy; &ndash; &shy;')).toBe(
      'Wait \u2014 then\u00a0go \u00abnow\u00bb \u20ac5 \u2026 \u00a9 \u2013 \u00ad',
    );
  });

  it('decodes numeric entities and the five HTML ones', () => {
    expect(textOf('&#8212; &#x2014; &quot;a&quot; &#39;b&#39; &amp;')).toBe('\u2014 \u2014 "a" \'b\' &');
  });

  it('decodes once, next to a numeric entity too: an escaped entity stays as written', () => {
    expect(textOf('&amp;mdash; and \\&mdash; stay; &#8212; &mdash; &amp;copy;')).toBe('&mdash; and &mdash; stay; \u2014 \u2014 &copy;');
  });

  it('leaves an ampersand that starts no entity as it is (CommonMark needs the semicolon)', () => {
    expect(textOf('Tom & Jerry &copy 2024 &notanentity;')).toBe('Tom & Jerry &copy 2024 &notanentity;');
  });
});
