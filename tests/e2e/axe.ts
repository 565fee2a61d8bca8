/** axe-core in the page, shared by the accessibility and dark-theme tests. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of each kind: chooser, home, content pages, directory (filtered), entry, tools, /go/, both 404s. */
export const pageKinds = [
  '/',
  '/uk/',
  '/ru/emergency',
  '/sr/temporary-protection',
  '/sr-cyrl/hiv',
  '/en/directory/belgrade/all',
  '/uk/search',
  '/uk/directory/duga',
  '/ru/poster',
  '/en/display',
  '/go/emergency',
  '/uk/missing',
  '/missing',
];

/** Opens a path and waits until the tools, which render after hydration, are there as a person sees them. */
export async function openForAxe(page: Page, path: string): Promise<void> {
  await page.goto(path);
  if (/poster|display/.test(path)) await page.waitForSelector('.poster-maker, .display-setup');
}

/** Runs axe (the page's context must bypass CSP: axe is injected as a script) and lists violations. */
export async function axeViolations(page: Page, runOnly: { type: 'tag' | 'rule'; values: string[] }): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: only });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, runOnly);
}
