import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfContent, edit, problemsOf } from './support/content-copy';

describe('content check', () => {
  it('passes on the real content', () => {
    expect(problemsOf(process.cwd())).toEqual([]);
  });

  it('names a page missing in one language', () => {
    const root = copyOfContent();
    unlinkSync(join(root, 'locales/ru/pages/emergency.md'));
    expect(problemsOf(root)).toEqual([
      expect.stringContaining('locales/ru/pages/emergency.md [(file)]: page "emergency" is missing in "ru"'),
    ]);
  });

  it('names an empty title and a page with no text', () => {
    const root = copyOfContent();
    edit(root, 'locales/uk/pages/emergency.md', (t) => t.replace(/^title: .*$/m, 'title: ""').replace(/---\n\n[\s\S]*$/, '---\n'));
    const problems = problemsOf(root);
    expect(problems).toContain('locales/uk/pages/emergency.md [title]: "title" is missing or empty');
    expect(problems).toContain('locales/uk/pages/emergency.md [(body)]: the page has no text');
  });

  it('names a missing and an empty UI string', () => {
    const root = copyOfContent();
    edit(root, 'locales/sr/ui.json', (t) => {
      const json = JSON.parse(t);
      delete json.notFound.home;
      json.offline.saving = ' ';
      return JSON.stringify(json);
    });
    const problems = problemsOf(root);
    expect(problems).toContain('locales/sr/ui.json [notFound.home]: translation missing (present in en/ui.json)');
    expect(problems).toContain('locales/sr/ui.json [offline.saving]: is empty');
  });

  it('names a UI string whose placeholders differ from English', () => {
    const root = copyOfContent();
    edit(root, 'locales/uk/ui.json', (t) => t.replace('{{date}}', '{{datum}}'));
    expect(problemsOf(root)).toEqual([expect.stringMatching(/^locales\/uk\/ui\.json \[content\.checked\]: placeholders differ/)]);
  });

  it('rejects an internal link to a page that does not exist', () => {
    const root = copyOfContent();
    edit(root, 'locales/en/pages/home.md', (t) => `${t}\nSee [the asylum page](page:asylum-guide).\n`);
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/^locales\/en\/pages\/home\.md \[line \d+\]: link "page:asylum-guide" points to a page that does not exist/),
    ]);
  });

  it('rejects a phone link that is not in international form, and a phone number left as plain text', () => {
    const root = copyOfContent();
    edit(root, 'locales/sr/pages/emergency.md', (t) => `${t}\nPozovite [011 3671 431](tel:0113671431) ili 011 2078 600.\n`);
    const problems = problemsOf(root);
    expect(problems).toContainEqual(expect.stringContaining('phone link "tel:0113671431" is not in international form'));
    expect(problems).toContainEqual(expect.stringContaining('"ili 011 2078 600." looks like a phone number'));
    expect(problems.every((p) => p.startsWith('locales/sr/pages/emergency.md [line '))).toBe(true);
  });

  it.each([
    ['raw HTML', '<b>bold</b>', 'raw HTML is not allowed'],
    ['a script tag', '<script>alert(1)</script>', 'raw HTML is not allowed'],
    ['an escaped script', '&lt;script&gt;alert(1)&lt;/script&gt;', 'contains raw HTML'],
    ['a javascript: link', '[click](javascript:alert(1))', 'link "javascript:alert(1)" contains a script URL'],
    ['a data: link', '[x](data:text/html;base64,AAAA)', 'contains a data URL'],
    ['an http link', '[x](http://example.org/)', 'is not allowed: use page:<id>'],
    ['an image', '![x](https://example.org/x.png)', '"image" is not allowed'],
  ])('rejects %s in a page', (_name, markdown, message) => {
    const root = copyOfContent();
    edit(root, 'locales/uk/pages/temporary-protection.md', (t) => `${t}\n${markdown}\n`);
    const problems = problemsOf(root);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.stringContaining(message));
    expect(problems.every((p) => p.startsWith('locales/uk/pages/temporary-protection.md [line '))).toBe(true);
  });

  it('rejects markup and script URLs in UI strings', () => {
    const root = copyOfContent();
    edit(root, 'locales/ru/ui.json', (t) =>
      t
        .replace('"Kompas"', '"<img src=x onerror=alert(1)>"')
        .replace(/"footer": \{\n\s*"about": "[^"]*"/, '"footer": {\n"about": "javascript:alert(1)"'),
    );
    const problems = problemsOf(root);
    expect(problems).toContain('locales/ru/ui.json [meta.siteName]: contains raw HTML');
    expect(problems).toContain('locales/ru/ui.json [footer.about]: contains a script URL');
  });

  it('rejects a notice with an unknown kind, a page without sources and an unknown source', () => {
    const root = copyOfContent();
    edit(root, 'locales/en/pages/emergency.md', (t) => `${t}\n> [!maybe]\n> Unclear.\n`);
    edit(root, 'locales/pages/emergency.yaml', (t) => t.replace(/sources: \[[^\]]*\]/, 'sources: []'));
    edit(root, 'locales/pages/temporary-protection.yaml', (t) => t.replace('[S5,', '[S999,'));
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.stringMatching(/^locales\/en\/pages\/emergency\.md \[line \d+\]: a quote block must start with one of/),
    );
    expect(problems).toContain('locales/pages/emergency.yaml [sources]: a page with facts needs at least one source');
    expect(problems).toContainEqual(
      expect.stringContaining('locales/pages/temporary-protection.yaml [sources]: source "S999" is not in locales/sources/'),
    );
  });

  it('rejects a source defined twice and a source without an https address', () => {
    const root = copyOfContent();
    writeFileSync(
      join(root, 'locales/sources/extra.yaml'),
      'S5:\n  title: Again\n  url: https://example.org/\n  date: nd\nX1:\n  title: Plain\n  url: http://example.org/\n  date: nd\n',
    );
    const problems = problemsOf(root);
    expect(problems).toContain('locales/sources/extra.yaml [S5]: source "S5" is already defined in locales/sources/core.yaml');
    expect(problems).toContain('locales/sources/extra.yaml [X1.url]: a source needs an https:// address');
  });

  it('names a source with an unknown field, a missing title, a date of the wrong type and one that is not a map', () => {
    const root = copyOfContent();
    writeFileSync(
      join(root, 'locales/sources/extra.yaml'),
      'X1:\n  url: https://example.org/\n  date: nd\n  note: seen\nX2:\n  title: Two\n  url: https://example.org/2\n  date: [2024]\nX3: https://example.org/3\n',
    );
    const file = 'locales/sources/extra.yaml';
    const needsLang = 'a source needs "lang": the language of the source and its title, e.g. en, uk, ru, sr-Latn or sr-Cyrl';
    expect(problemsOf(root)).toEqual([
      `${file} [X1.title]: a source needs a title`,
      `${file} [X1.lang]: ${needsLang}`,
      `${file} [X1.note]: is not a source field (title, url, date, lang)`,
      `${file} [X2.date]: a source needs the date it states, or "nd" when it shows none`,
      `${file} [X2.lang]: ${needsLang}`,
      `${file} [X3]: a source needs a title, an https:// address (url), the date it states and its language (lang)`,
    ]);
  });

  it("names a page's checked date and sources file with a missing date, sources that are not a list and an unknown field", () => {
    const root = copyOfContent();
    writeFileSync(join(root, 'locales/pages/emergency.yaml'), 'sources: S34\nreviewer: Ana\n');
    expect(problemsOf(root)).toEqual([
      'locales/pages/emergency.yaml [checked]: needs the date the facts were checked, as YYYY-MM-DD',
      'locales/pages/emergency.yaml [sources]: must be a list of keys from locales/sources/, e.g. [S5, T7]',
      'locales/pages/emergency.yaml [reviewer]: is not a page field (checked, sources)',
      'locales/pages/emergency.yaml [sources]: a page with facts needs at least one source',
    ]);
  });

  it('names a page header with a missing description, a title that is a list and an unknown field', () => {
    const root = copyOfContent();
    edit(root, 'locales/uk/pages/emergency.md', (t) =>
      t
        .replace(/^title: .*$/m, 'title: [a, b]')
        .replace(/^description: .*\n/m, '')
        .replace(/^---\n/, '---\nauthor: Olena\n'),
    );
    expect(problemsOf(root)).toEqual([
      'locales/uk/pages/emergency.md [title]: "title" is missing or empty',
      'locales/uk/pages/emergency.md [description]: "description" is missing or empty',
      'locales/uk/pages/emergency.md [author]: is not a page header field (title, description, translatedFrom)',
    ]);
  });

  it('names a source without a language, a title not in its language, and a date no language can show', () => {
    const root = copyOfContent();
    writeFileSync(
      join(root, 'locales/sources/extra.yaml'),
      [
        'X1:\n  title: No language\n  url: https://example.org/1\n  date: nd',
        'X2:\n  title: An English title\n  lang: uk\n  url: https://example.org/2\n  date: nd',
        'X3:\n  title: Serbian without its script\n  lang: sr\n  url: https://example.org/3\n  date: nd',
        'X4:\n  title: A date in English\n  lang: en\n  url: https://example.org/4\n  date: March 2024',
        'X5:\n  title: Назва українською\n  lang: uk\n  url: https://example.org/5\n  date: "≈ 2024-03"',
      ].join('\n'),
    );
    const problems = problemsOf(root);
    expect(problems).toContain(
      'locales/sources/extra.yaml [X1.lang]: a source needs "lang": the language of the source and its title, e.g. en, uk, ru, sr-Latn or sr-Cyrl',
    );
    expect(problems).toContain(
      "locales/sources/extra.yaml [X2.lang]: the title is not written in uk (Cyrillic script): write the source's own title, in its language",
    );
    expect(problems).toContainEqual(expect.stringMatching(/^locales\/sources\/extra\.yaml \[X3\.lang\]: a source needs "lang"/));
    expect(problems).toContain(
      'locales/sources/extra.yaml [X4.date]: "March 2024" is not a date Kompas can show in every language: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY–YYYY, with "≈ " before it when approximate',
    );
    expect(problems.filter((p) => p.includes('[X5'))).toEqual([]);
  }, 30_000);

  it('rejects a page file that is not a known page', () => {
    const root = copyOfContent();
    writeFileSync(join(root, 'locales/en/pages/camps.md'), '---\ntitle: A\ndescription: B\n---\n\nText.\n');
    expect(problemsOf(root)).toEqual([
      'locales/en/pages/camps.md [(file)]: "camps.md" is not a known page: add it to src/site/paths.ts or remove it',
    ]);
  });
});

describe('latin markers', () => {
  it('rejects a {{latin:…}} marker that is not closed', () => {
    const root = copyOfContent();
    edit(root, 'locales/sr/pages/emergency.md', (t) => `${t}\nPodrška mreže {{latin:Drug Policy Network.\n`);
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/^locales\/sr\/pages\/emergency\.md \[line \d+\]: a \{\{latin:…\}\} marker is not closed/),
    ]);
  });
});

describe('language markers', () => {
  it('rejects a {{sr:…}} marker that is not closed', () => {
    const root = copyOfContent();
    edit(root, 'locales/uk/pages/emergency.md', (t) => `${t}\nКомісаріат ({{sr:Komesarijat za izbeglice i migracije).\n`);
    expect(problemsOf(root)).toEqual([
      expect.stringMatching(/^locales\/uk\/pages\/emergency\.md \[line \d+\]: a \{\{sr:…\}\} \(or \{\{en:…\}\}\) marker is not closed/),
    ]);
  }, 30_000);
});

describe('tool strings', () => {
  it('names a missing string in tools.json, the strings only the poster maker and display load', () => {
    const root = copyOfContent();
    edit(root, 'locales/ru/tools.json', (t) => {
      const json = JSON.parse(t);
      delete json.poster.errors.badSize;
      return JSON.stringify(json);
    });
    expect(problemsOf(root)).toEqual(['locales/ru/tools.json [poster.errors.badSize]: translation missing (present in en/tools.json)']);
  });
});
