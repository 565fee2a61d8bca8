import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Expectation } from './expected';

/** Checks that the page shows the expected language, heading and main text. */
export async function expectPage(page: Page, expected: Expectation): Promise<void> {
  // Offline, a page that stands in for another (a directory entry, a filtered list) renders it after load.
  await page.waitForFunction(() => document.getElementById('root')?.dataset.standIn !== 'pending');
  expect(await page.getAttribute('html', 'lang'), expected.path).toBe(expected.htmlLang);
  const heading = (await page.textContent('h1')) ?? '';
  for (const part of expected.heading) expect(heading, expected.path).toContain(part);
  const main = ((await page.textContent('main')) ?? '').replace(/\s+/g, '');
  expect(main, expected.path).toContain(expected.text.replace(/\s+/g, ''));
  // A UI string missing in this language would show as its key, e.g. "notice.verify".
  expect(main, expected.path).not.toMatch(
    /\b(?:meta|nav|content|notice|directory|kinds|cities|groups|offline|date|print|home|sections)\.[a-zA-Z]/,
  );
}
