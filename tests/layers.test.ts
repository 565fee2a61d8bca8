import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = process.cwd();
const config = resolve(repo, '.dependency-cruiser.cjs');
const depcruise = resolve(repo, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** Runs the project's layer rules over `src` in `cwd`, as `npm run lint:deps` does. */
function depcruiseIn(cwd: string, ...args: string[]) {
  return spawnSync(process.execPath, [depcruise, 'src', '--config', config, ...args], { cwd, encoding: 'utf8', timeout: 90_000 });
}

/** The violations found, as "rule: from → to". */
function violationsIn(cwd: string): string[] {
  const run = depcruiseIn(cwd, '--output-type', 'json');
  if (!run.stdout) throw new Error(`dependency-cruiser printed nothing: ${run.stderr}`);
  const result = JSON.parse(run.stdout) as { summary: { violations: Violation[]; totalCruised: number } };
  expect(result.summary.totalCruised).toBeGreaterThan(10);
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
}

/** A small src/ tree with one file per forbidden import, and allowed ones beside them. */
const fixture: Record<string, string> = {
  'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'ESNext', moduleResolution: 'bundler', strict: true } }),
  // Allowed: the shell uses a feature, a feature the content types, content the language registry.
  'src/app/app.ts': "import { a } from '../features/a/a';\nexport const app = a;\n",
  'src/app/head.ts': "export const head = 'Kompas';\n",
  'src/features/b/b.ts': "import type { Page } from '../../content/schema';\nexport const b: Page = { title: 'b' };\n",
  'src/content/schema.ts':
    "import { langs } from '../i18n/languages';\nexport interface Page { title: string }\nexport const first = langs[0];\n",
  'src/i18n/languages.ts': "export const langs = ['en'];\n",
  // Forbidden: one feature importing another.
  'src/features/a/a.ts': "import { b } from '../b/b';\nexport const a = b;\n",
  // Forbidden: the site map importing the shell (an upward import, even of a type), beside its allowed import.
  'src/site/paths.ts':
    "import { langs } from '../i18n/languages';\nimport type { head } from '../app/head';\nexport const home = langs[0];\nexport type Head = typeof head;\n",
  // Forbidden: browser code importing a Node module and build-time code.
  'src/lib/files.ts':
    "import { readFileSync } from 'node:fs';\nimport { build } from '../build/plugin';\nexport const read = () => readFileSync(build);\n",
  'src/build/plugin.ts': "export const build = 'dist';\n",
  // Forbidden: two modules importing each other.
  'src/components/one.ts': "import { two } from './two';\nexport const one = () => two;\n",
  'src/components/two.ts': "import { one } from './one';\nexport const two = () => one;\n",
  // Forbidden: two folders importing each other, with no module cycle.
  'src/pwa/status/status.ts': "import { store } from '../store/store';\nexport const status = store;\n",
  'src/pwa/status/register.ts': 'export const register = 2;\n',
  'src/pwa/store/store.ts': 'export const store = 1;\n',
  'src/pwa/store/view.ts': "import { register } from '../status/register';\nexport const view = register;\n",
};

describe('layers (dependency-cruiser)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kompas-layers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes on the real src/', { timeout: 120_000 }, () => {
    expect(violationsIn(repo)).toEqual([]);
  });

  it('fails on each kind of forbidden import, naming the rule, and allows the rest', { timeout: 120_000 }, () => {
    for (const [path, text] of Object.entries(fixture)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    expect(violationsIn(dir)).toEqual(
      [
        'browser-to-build: src/lib/files.ts → src/build/plugin.ts',
        'browser-to-node: src/lib/files.ts → fs',
        'feature-to-feature: src/features/a/a.ts → src/features/b/b.ts',
        'no-cycle: src/components/one.ts → src/components/two.ts',
        'no-folder-cycle: src/pwa/status → src/pwa/store',
        'no-folder-cycle: src/pwa/store → src/pwa/status',
        'site-map-at-the-bottom: src/site/paths.ts → src/app/head.ts',
        'up-to-shell: src/site/paths.ts → src/app/head.ts',
      ].sort(),
    );
    // The command fails, so `npm run lint` (and `npm test`) stops there.
    const run = depcruiseIn(dir);
    expect(run.status, run.stdout).not.toBe(0);
    expect(run.stdout).toContain('feature-to-feature');
  });
});
