/**
 * Helpers for the saving tests: a lossy network, and a watch that checks every offline
 * claim the page shows against what the Cache API really holds, at every status change.
 */
import type { Browser, Page, Route as PlaywrightRoute } from 'playwright-core';
import { languages } from '../../src/i18n/languages';
import { openContext, savedFileList, type Visit } from './browser';

export interface LossyVisit extends Visit {
  aborted: string[];
  /** Changes the share of requests lost from now on. */
  setLoss: (rate: number) => void;
}

/**
 * A fresh context where a share of requests fails at random: everything the service worker
 * fetches (install and save), and the page's own requests but for its boot (the document and
 * the scripts and styles it names: without them no page can save anything at all).
 */
export async function lossyVisit(browser: Browser, baseUrl: string, rate: number): Promise<LossyVisit> {
  const visit = await openContext(browser, baseUrl);
  const lossy: LossyVisit = { ...visit, aborted: [], setLoss: (next) => (loss = next) };
  let loss = rate;
  await visit.context.route('**/*', (route: PlaywrightRoute) => {
    const request = route.request();
    const boot = !request.serviceWorker() && ['document', 'script', 'stylesheet'].includes(request.resourceType());
    if (!boot && Math.random() < loss) {
      lossy.aborted.push(request.url());
      return route.abort('connectionreset');
    }
    return route.fallback();
  });
  return lossy;
}

interface ClaimWatch {
  checks: number;
  violations: string[];
  seen: string[];
}

/**
 * Installs, in every page of the context, a check run at every change of the page: each
 * claim shown ("saving N%", "available offline in …", "all languages saved", "works
 * offline", "this page is saved") must hold for the cache contents read right then.
 * Saving only adds files, so a claim true when checked was true when shown.
 */
export async function watchClaims(visit: Visit): Promise<void> {
  const list = savedFileList();
  const langs = languages.map((l) => ({ code: l.code as string, name: l.nativeName as string }));
  await visit.context.addInitScript(
    ({ list, langs }) => {
      const watch: ClaimWatch = { checks: 0, violations: [], seen: [] };
      (window as unknown as { __claims: ClaimWatch }).__claims = watch;
      const byLength = [...langs].sort((a, b) => b.code.length - a.code.length);
      const groupOf = (url: string) =>
        byLength.find((l) => [`${l.code}/`, `assets/content/${l.code}-`, `assets/search/${l.code}-`].some((start) => url.startsWith(start)))
          ?.code ?? 'shared';
      let last = '';
      const verify = async () => {
        const claims = [...document.querySelectorAll('[data-status]')].map(
          (e) => [e.getAttribute('data-status') ?? '', e.textContent ?? ''] as const,
        );
        const key = JSON.stringify(claims);
        if (key === last) return;
        last = key;
        const have = new Set<string>();
        for (const name of await caches.keys())
          if (name.startsWith('kompas-saved-')) for (const request of await (await caches.open(name)).keys()) have.add(request.url);
        const missing = list.filter((url) => !have.has(new URL(url, `${location.origin}/`).href));
        const incomplete = new Set(missing.map(groupOf));
        const complete = (code: string) => !incomplete.has('shared') && !incomplete.has(code);
        const lang = location.pathname.split('/')[1] ?? '';
        for (const [claim, text] of claims) {
          watch.seen.push(`${claim}: ${text}`);
          const wrong = (why: string) => watch.violations.push(`"${text}" (${claim}) ${why}; missing ${missing.slice(0, 5).join(', ')}…`);
          if (claim === 'all' && missing.length > 0) wrong(`with ${missing.length} files missing`);
          if (claim === 'language')
            for (const l of langs) if (text.includes(l.name) && !complete(l.code)) wrong(`but ${l.code} is incomplete`);
          if (claim === 'works-offline' && !complete(lang)) wrong(`but ${lang} is incomplete`);
          if (claim === 'saving') {
            const percent = Number(/(\d+)\s?%/.exec(text)?.[1] ?? 'NaN');
            const actual = Math.floor((100 * (list.length - missing.length)) / list.length);
            if (!(percent <= actual)) wrong(`but ${actual}% is saved`);
          }
          if (claim === 'page-saved') {
            const page = location.pathname === '/' ? '' : location.pathname.replace(/^\//, '');
            if (!have.has(new URL(page, `${location.origin}/`).href)) wrong('but this page is not in the cache');
          }
        }
        watch.checks++;
      };
      const start = () =>
        new MutationObserver(() => void verify()).observe(document.body, { subtree: true, childList: true, characterData: true });
      if (document.body) start();
      else document.addEventListener('DOMContentLoaded', start);
    },
    { list, langs },
  );
}

export const claimsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __claims: ClaimWatch }).__claims ?? { checks: 0, violations: [], seen: [] });

/** The status lines shown now, as [data-status, text]. */
export const statusLines = (page: Page) =>
  page.$$eval('[data-status]', (nodes) => nodes.map((n) => [n.getAttribute('data-status'), n.textContent ?? ''] as const));
