import { describe, expect, inject, it } from 'vitest';
import { axeViolations, openForAxe, pageKinds } from './axe';
import { openContext, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each([...pageKinds, '/uk/browse-safely'])('%s has no violations', async (path) => {
    // axe is injected as a script, which the page's own CSP would (rightly) refuse.
    const visit = await openContext(browser(), baseUrl, { bypassCSP: true, locale: 'de-DE' });
    const page = await visit.context.newPage();
    await openForAxe(page, path);
    const violations = await axeViolations(page, { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    expect(violations).toEqual([]);
    await visit.context.close();
  });
});
