/**
 * "Listen" with a stand-in for the browser's speech synthesis: headless Chromium has
 * no voices, and a test must decide which voices the "device" has.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openContext, sharedBrowser } from './browser';
import { ui } from './expected';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

interface StubOptions {
  voices: { lang: string; localService: boolean }[];
  /** The voice list arrives this late, announced by "voiceschanged". */
  lateMs?: number;
  /** Each utterance ends at once (true), or only when the test calls __finish(). */
  autoEnd: boolean;
}

interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
}

function installStub(options: StubOptions) {
  const log = { spoken: [] as Spoken[], paused: false, cancelled: 0 };
  const pending: EventTarget[] = [];
  const voices = options.voices.map((v, i) => ({ ...v, name: `Voice ${i}`, voiceURI: `voice-${i}`, default: i === 0 }));
  let available = options.lateMs === undefined;
  class Utterance extends EventTarget {
    text: string;
    lang = '';
    voice: { lang: string } | null = null;
    constructor(text: string) {
      super();
      this.text = text;
    }
  }
  const synth = new (class extends EventTarget {
    getVoices = () => (available ? voices : []);
    speak = (utterance: Utterance) => {
      log.spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.lang });
      if (options.autoEnd) setTimeout(() => utterance.dispatchEvent(new Event('end')), 1);
      else pending.push(utterance);
    };
    pause = () => {
      log.paused = true;
    };
    resume = () => {
      log.paused = false;
    };
    cancel = () => {
      log.cancelled += 1;
      pending.length = 0;
    };
  })();
  if (options.lateMs !== undefined)
    setTimeout(() => {
      available = true;
      synth.dispatchEvent(new Event('voiceschanged'));
    }, options.lateMs);
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.assign(window, {
    __speech: log,
    __finish: () => {
      for (const utterance of pending.splice(0)) utterance.dispatchEvent(new Event('end'));
    },
  });
}

async function openWithVoices(path: string, options: StubOptions): Promise<{ page: Page; close: () => Promise<void> }> {
  const visit = await openContext(browser(), baseUrl, { serviceWorkers: 'block' });
  const page = await visit.context.newPage();
  await page.addInitScript(installStub, options);
  await page.goto(path);
  return { page, close: () => visit.context.close() };
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken);

describe('read aloud', () => {
  it('speaks the whole page in Ukrainian with the device’s Ukrainian voice', async () => {
    const { page, close } = await openWithVoices('/uk/hiv', {
      voices: [
        { lang: 'en-US', localService: true },
        { lang: 'uk-UA', localService: true },
      ],
      autoEnd: true,
    });
    await page.click('.listen-start');
    await page.waitForFunction(
      () => document.querySelector('.listen-start') !== null && document.querySelector('.listen-progress')?.textContent === '',
    );
    const said = await spoken(page);
    const heading = (await page.textContent('h1'))?.trim();
    const firstParagraph = (await page.textContent('article > p'))?.replace(/\s+/g, ' ').trim();
    expect(said[0]?.text).toBe(heading);
    expect(said.map((s) => s.text)).toContain(firstParagraph);
    expect(new Set(said.map((s) => `${s.lang}/${s.voice}`))).toEqual(new Set(['uk-UA/uk-UA']));
    // Every section's heading was read, in order.
    const headings = await page.$$eval('article > h2', (h2s) => h2s.map((h) => h.textContent?.trim() ?? ''));
    const texts = said.map((s) => s.text);
    expect(headings.length).toBeGreaterThan(1);
    expect(headings.map((h) => texts.indexOf(h))).toEqual([...headings.map((h) => texts.indexOf(h))].sort((a, b) => a - b));
    expect(headings.every((h) => texts.includes(h))).toBe(true);
    // Nothing from the controls or the source list is read.
    expect(texts.join(' ')).not.toContain(ui('uk', 'listen.start'));
    expect(texts.join(' ')).not.toContain(ui('uk', 'content.sources'));
    await close();
  });

  it('reads one section at a time, and pauses, continues and stops', async () => {
    const { page, close } = await openWithVoices('/uk/violence', { voices: [{ lang: 'uk-UA', localService: true }], autoEnd: false });
    await page.click('.listen-start');
    const sections = await page.$$eval('article > h2', (h2s) => h2s.length + 1);
    await page.waitForFunction(
      (text) => document.querySelector('.listen-progress')?.textContent === text,
      ui('uk', 'listen.progress').replace('{{current}}', '1').replace('{{total}}', String(sections)),
    );
    const firstSection = await spoken(page);
    const secondHeading = (await page.textContent('article > h2'))?.trim();
    expect(firstSection.map((s) => s.text)).not.toContain(secondHeading);
    await page.click('.listen-pause');
    expect(await page.evaluate(() => (window as unknown as { __speech: { paused: boolean } }).__speech.paused)).toBe(true);
    expect(await page.textContent('.listen-pause')).toBe(ui('uk', 'listen.resume'));
    await page.click('.listen-pause');
    await page.evaluate(() => (window as unknown as { __finish: () => void }).__finish());
    await page.waitForFunction((heading) => {
      const log = (window as unknown as { __speech: { spoken: Spoken[] } }).__speech.spoken;
      return log.some((s) => s.text === heading);
    }, secondHeading);
    await page.click('.listen-stop');
    await page.waitForSelector('.listen-start');
    expect(await page.evaluate(() => (window as unknown as { __speech: { cancelled: number } }).__speech.cancelled)).toBeGreaterThan(0);
    await close();
  });

  it('appears when the voice list arrives late', async () => {
    const { page, close } = await openWithVoices('/ru/drugs', {
      voices: [{ lang: 'ru-RU', localService: true }],
      lateMs: 1500,
      autoEnd: true,
    });
    await page.waitForSelector('.listen-start', { timeout: 10_000 });
    expect(await page.textContent('.listen-start')).toContain(ui('ru', 'listen.start'));
    await close();
  });

  it('is not there when the device has no voice for the page’s language, or only one on the network', async () => {
    const voices = [
      { lang: 'en-US', localService: true },
      { lang: 'uk-UA', localService: false },
    ];
    const { page, close } = await openWithVoices('/uk/hiv', { voices, autoEnd: true });
    await page.waitForSelector('.quick-exit[data-ready]');
    // Longer than the last look at the voice list (3 s).
    await page.waitForTimeout(3500);
    expect(await page.$('.listen')).toBeNull();
    // The same device offers it on the English page: the stand-in works, the language decides.
    await page.goto('/en/hiv');
    await page.waitForSelector('.listen-start');
    await close();
  });
});
