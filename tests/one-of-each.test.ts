import { describe, expect, it } from 'vitest';
import { appChunkGroup } from '../src/build/app-chunk';
import type { Block } from '../src/content/schema';
import { mapTexts, nodesOf } from '../src/content/walk';
import { escapeMarkup } from '../src/lib/escape';
import { emailPattern, httpsUrlPattern, isAllowedPhone, isoDatePattern, slugPattern } from '../src/site/patterns';

describe('the app chunk', () => {
  // entry → shell → (static) shared; shell ⇢ (import()) tool → qr; tool ↔ tool-part (a cycle); shared is also used by tool.
  const graph: Record<string, { isEntry: boolean; importers: string[] }> = {
    entry: { isEntry: true, importers: [] },
    shell: { isEntry: false, importers: ['entry'] },
    shared: { isEntry: false, importers: ['shell', 'tool'] },
    tool: { isEntry: false, importers: ['tool-part'] },
    'tool-part': { isEntry: false, importers: ['tool'] },
    qr: { isEntry: false, importers: ['tool'] },
    'main.css': { isEntry: false, importers: ['entry'] },
  };
  const chunkOf = (id: string) => appChunkGroup().name(id, { getModuleInfo: (m) => graph[m] ?? null });

  it('holds what static imports reach from an entry', () => {
    for (const id of ['entry', 'shell', 'shared']) expect(chunkOf(id), id).toBe('app');
  });

  it('leaves out what only import() reaches, cycles included, and stylesheets', () => {
    for (const id of ['tool', 'tool-part', 'qr', 'main.css', 'unknown']) expect(chunkOf(id), id).toBeNull();
  });

  it('answers the same whatever order the bundler asks in', () => {
    const group = appChunkGroup();
    const ctx = { getModuleInfo: (m: string) => graph[m] ?? null };
    const ids = ['qr', 'tool-part', 'shared', 'tool', 'shell', 'entry'];
    expect(ids.map((id) => group.name(id, ctx))).toEqual(ids.map(chunkOf));
  });
});

describe('the one escaper', () => {
  it('escapes text for HTML and XML, in content and in attributes', () => {
    expect(escapeMarkup(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(escapeMarkup('Київ — Beograd')).toBe('Київ — Beograd');
  });
});

describe('the one content walker', () => {
  const body: Block[] = [
    { type: 'heading', level: 2, id: 'a', children: [{ type: 'text', text: 'one' }] },
    {
      type: 'list',
      ordered: false,
      items: [
        [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', text: 'two' }] }] }],
        [{ type: 'notice', kind: 'tip', children: [{ type: 'entry', entry: 'duga' }] }],
      ],
    },
    {
      type: 'paragraph',
      children: [{ type: 'link', target: { kind: 'tel', number: '192' }, children: [{ type: 'text', text: 'three' }] }],
    },
  ];

  it('visits every node in reading order, at any depth', () => {
    const kinds = [...nodesOf(body)].map((node) => ('text' in node ? node.text : node.type));
    expect(kinds).toEqual(['heading', 'one', 'list', 'paragraph', 'strong', 'two', 'notice', 'entry', 'paragraph', 'link', 'three']);
  });

  it('changes every text and nothing else', () => {
    const upper = mapTexts(body, (text) => text.toUpperCase());
    expect([...nodesOf(upper)].flatMap((node) => (node.type === 'text' ? [node.text] : []))).toEqual(['ONE', 'TWO', 'THREE']);
    expect(JSON.stringify(upper).toLowerCase()).toBe(JSON.stringify(body));
  });
});

describe('the shared patterns', () => {
  it('agree on slugs, dates, e-mail, https addresses and phone links', () => {
    expect(['novi-sad', 'kirs', 'a1'].every((s) => slugPattern.test(s))).toBe(true);
    expect(['Novi-Sad', '-kirs', 'kirs-', 'a--b', 'a_b'].some((s) => slugPattern.test(s))).toBe(false);
    expect(isoDatePattern.test('2026-12-03')).toBe(true);
    expect(isoDatePattern.test('3.12.2026')).toBe(false);
    expect(emailPattern.test('info@example.org')).toBe(true);
    expect(emailPattern.test('info@example')).toBe(false);
    expect(httpsUrlPattern.test('https://www.example.org/a?b=c')).toBe(true);
    expect(['http://example.org', 'https://localhost', 'https://exa mple.org'].some((u) => httpsUrlPattern.test(u))).toBe(false);
    expect(['+381111234567', '192', '1987'].every(isAllowedPhone)).toBe(true);
    expect(['0111234567', '+0111', '195'].some(isAllowedPhone)).toBe(false);
  });
});
