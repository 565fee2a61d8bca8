import { describe, expect, inject, it } from 'vitest';
import { routeToPath } from '../../src/site/paths';
import { openContext, sharedBrowser, waitForOffline } from './browser';
import { pageRoutes } from './expected';

const browser = sharedBrowser();

describe.each(inject('servers'))('privacy and safety ($name)', ({ baseUrl }) => {
  it('a full visit sends no request to another origin, sets no cookie and breaks no security policy', async () => {
    const visit = await openContext(browser(), baseUrl);
    const page = await visit.context.newPage();
    await page.goto('/');
    await waitForOffline(page);
    for (const route of pageRoutes) await page.goto(routeToPath(route));
    const origin = new URL(baseUrl).origin;
    expect(visit.requests.length).toBeGreaterThan(pageRoutes.length);
    expect(visit.requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(await visit.context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // The chosen language, and "1" once a copy was saved (so an emptied cache is told honestly):
    // nothing about what was read. "Forget this device" clears both (quick-exit.e2e.ts).
    const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
    expect(stored['kompas.lang']).toMatch(/^[a-z-]+$/);
    expect(Object.keys(stored).filter((key) => key !== 'kompas.lang' && !(key === 'kompas.saved' && stored[key] === '1'))).toEqual([]);
    // CSP violations, hydration mismatches and script errors all land here.
    expect(visit.errors).toEqual([]);
    await visit.context.close();
  });

  it('the exit button leaves at once, even before the islands have hydrated, and Back does not return to the page', async () => {
    // No service worker, so every request reaches the network. The islands' code is held back,
    // as on a slow line: Exit must not wait for it.
    const visit = await openContext(browser(), baseUrl, { serviceWorkers: 'block' });
    await visit.context.route('**/assets/islands-*', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      await route.fallback().catch(() => undefined);
    });
    const page = await visit.context.newPage();
    await page.goto('/en/');
    await page.goto('/en/temporary-protection');
    expect(await page.$('.quick-exit[data-ready]')).toBeNull();
    await page.click('.quick-exit-bar .quick-exit');
    await page.waitForURL('about:blank');
    await page.goBack();
    expect(page.url()).toBe(`${baseUrl}/en/`);
    await visit.context.close();
  });

  it('serves the pages with a strict content security policy and no referrer', async () => {
    const response = await fetch(`${baseUrl}/en/emergency`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
  });
});
