import { describe, expect, it } from 'vitest';
import { cleanOwnLine, parsePosterQuery } from '../src/features/posters/poster-options';
import { copyOfContent, edit, problemsOf } from './support/content-copy';

describe('content limits', () => {
  it('refuses a 5 MB page, naming the file', { timeout: 60_000 }, () => {
    const root = copyOfContent();
    edit(root, 'locales/en/pages/support.md', (t) => `${t}\n${'A long paragraph that goes on. '.repeat(170_000)}\n`);
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.stringMatching(/^locales\/en\/pages\/support\.md \[\(file\)\]: is 5\d{3} kB; a page or entry may be at most 200 kB/),
    );
  });

  it('refuses a bidirectional override in a page and in a directory entry, with file and line', { timeout: 60_000 }, () => {
    const root = copyOfContent();
    edit(root, 'locales/uk/pages/emergency.md', (t) => t.replace(/\n\n/, '\n\nПоліція: \u202e291\u202c\n\n'));
    edit(root, 'locales/directory/duga.yaml', (t) => `${t}\n# \u2067note\u2069\n`);
    const problems = problemsOf(root);
    expect(problems).toContainEqual(
      expect.stringMatching(/^locales\/uk\/pages\/emergency\.md \[line \d+\]: invisible direction character U\+202E at column \d+/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/^locales\/directory\/duga\.yaml \[line \d+\]: invisible direction character U\+2067/),
    );
  });
});

describe("the poster's own line", () => {
  it('removes direction overrides and says so', () => {
    expect(cleanOwnLine('Call \u202e4567 321 011\u202c today')).toEqual({
      line: 'Call 4567 321 011 today',
      problem: { kind: 'directionMarks' },
    });
    for (const mark of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'])
      expect(cleanOwnLine(`a${mark}b`).problem).toEqual({ kind: 'directionMarks' });
    expect(cleanOwnLine('Центр «Дуга», 011 123 4567')).toEqual({ line: 'Центр «Дуга», 011 123 4567', problem: null });
  });

  it('removes them from a shared poster link too', () => {
    const { options, problems } = parsePosterQuery(`?line=${encodeURIComponent('\u2066011\u2069')}`);
    expect(options.ownLine).toBe('011');
    expect(problems).toEqual([{ kind: 'directionMarks' }]);
  });
});
