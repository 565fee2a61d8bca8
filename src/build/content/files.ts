/** Where content lives under locales/, and a YAML reader that reports instead of throwing. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Problem } from './problems';

export const localesDir = (root: string) => join(root, 'locales');
export const uiFile = (root: string, lang: string, name = 'ui.json') => join(localesDir(root), lang, name);
export const pageFile = (root: string, lang: string, page: string) => join(localesDir(root), lang, 'pages', `${page}.md`);
export const pageMetaFile = (root: string, page: string) => join(localesDir(root), 'pages', `${page}.yaml`);
export const sourcesDir = (root: string) => join(localesDir(root), 'sources');
export const directoryDir = (root: string) => join(localesDir(root), 'directory');

export const yamlFilesIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .map((name) => join(dir, name))
    : [];

export function readYaml(root: string, file: string, problems: Problem[]): Record<string, unknown> {
  const name = relative(root, file);
  if (!existsSync(file)) {
    problems.push({ file: name, key: '(file)', message: 'file is missing' });
    return {};
  }
  try {
    const value: unknown = parseYaml(readFileSync(file, 'utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    problems.push({ file: name, key: '(file)', message: 'must be a map of keys to values' });
  } catch (error) {
    problems.push({ file: name, key: '(file)', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` });
  }
  return {};
}
