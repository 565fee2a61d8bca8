/**
 * Nothing moves while a first visit saves Kompas (issue 8: CLS 0): the status messages come,
 * change and go over the foot of the screen, the islands hydrate, and no laid-out text or box
 * on the page changes place. Every layout shift Chromium reports is listed with its elements.
 */
import { describe, expect, inject, it } from 'vitest';
import { openContext, sharedBrowser, waitForOffline } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

interface Shift {
  value: number;
  sources: string[];
}

describe('layout stability', () => {
  // Lighthouse's phone (412 × 823) and a narrower one, where the messages wrap more.
  for (const viewport of [
    { width: 412, height: 823 },
    { width: 360, height: 740 },
  ])
    for (const path of ['/uk/', '/uk/directory', '/ru/emergency'])
      it(`${path} at ${viewport.width} px: no layout shift from the first paint until everything is saved`, async () => {
        const visit = await openContext(browser(), baseUrl, { viewport });
        // Slow the saved files a little, as on a phone, so every status message is shown on the way.
        await visit.context.route('**/assets/**', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 60));
          await route.fallback();
        });
        await visit.context.addInitScript(() => {
          const shifts: Shift[] = [];
          (window as unknown as { __shifts: Shift[] }).__shifts = shifts;
          const describe = (node: Node | null) =>
            node instanceof Element
              ? `${node.tagName.toLowerCase()}.${[...node.classList].join('.')} "${(node.textContent ?? '').slice(0, 40)}"`
              : String(node);
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as unknown as Array<{
              value: number;
              hadRecentInput: boolean;
              sources: Array<{ node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }>;
            }>)
              if (!entry.hadRecentInput)
                shifts.push({
                  value: entry.value,
                  sources: entry.sources.map(
                    (s) =>
                      `${describe(s.node)} from y=${Math.round(s.previousRect.y)} h=${Math.round(s.previousRect.height)} to y=${Math.round(s.currentRect.y)} h=${Math.round(s.currentRect.height)}`,
                  ),
                });
          }).observe({ type: 'layout-shift', buffered: true });
          // The status box's words and height at every change, to tell which message moved.
          const boxes: string[] = [];
          (window as unknown as { __boxes: string[] }).__boxes = boxes;
          document.addEventListener('DOMContentLoaded', () =>
            new MutationObserver(() => {
              const box = document.querySelector('.pwa-status');
              const line = box ? `${Math.round(box.getBoundingClientRect().height)} px: ${box.textContent}` : '';
              if (line !== boxes.at(-1)) boxes.push(line);
            }).observe(document.body, { subtree: true, childList: true, characterData: true }),
          );
        });
        const page = await visit.context.newPage();
        await page.goto(path);
        await waitForOffline(page);
        await page.waitForSelector('[data-status="all"]');
        const seen = await page.$$eval('[data-status]', (nodes) => nodes.map((n) => n.getAttribute('data-status')));
        expect(seen).toContain('all');
        await page.waitForTimeout(300);
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: Shift[] }).__shifts);
        const boxes = await page.evaluate(() => (window as unknown as { __boxes: string[] }).__boxes);
        expect(shifts, `the status box on the way:\n${boxes.join('\n')}`).toEqual([]);
        await visit.context.close();
      });
});
