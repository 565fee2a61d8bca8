import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, inject, it } from 'vitest';
import { openContext, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const browser = sharedBrowser();

const paths = [
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

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each(paths)('%s has no violations', async (path) => {
    // axe is injected as a script, which the page's own CSP would (rightly) refuse.
    const visit = await openContext(browser(), baseUrl, { bypassCSP: true, locale: 'de-DE' });
    const page = await visit.context.newPage();
    await page.goto(path);
    // Tools render after hydration: check them as a person sees them.
    if (/poster|display/.test(path)) await page.waitForSelector('.poster-maker, .display-setup');
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await visit.context.close();
  });
});
