/**
 * Pins the content corrections of issue 10 (checked against ../shared/content-facts.md), so a
 * later edit cannot silently undo them. Each test names the fact it rests on.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/build/content/load';
import type { Block, DirectoryEntry, Inline, PageContent, UiStrings } from '../src/content/schema';
import { type LangCode, langCodes } from '../src/i18n/languages';
import { pageIds } from '../src/site/paths';

const content = loadContent(process.cwd());
const page = (lang: LangCode, id: (typeof pageIds)[number]): PageContent => {
  const found = content.pages[lang]?.[id];
  if (!found) throw new Error(`no ${lang}/${id}`);
  return found;
};
const entry = (lang: LangCode, id: string): DirectoryEntry => {
  const found = content.directory[lang]?.find((e) => e.id === id);
  if (!found) throw new Error(`no ${lang} entry ${id}`);
  return found;
};
const ui = (lang: LangCode, path: string): string => {
  let node: UiStrings | string | undefined = content.ui[lang];
  for (const key of path.split('.')) node = typeof node === 'object' ? node[key] : undefined;
  return typeof node === 'string' ? node : '';
};

function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'break' ? ' ' : 'children' in n ? inlineText(n.children) : '')).join('');
}

/** The page's text, either outside or inside its "check before relying on this" notices. */
function text(blocks: Block[], where: 'outside-verify' | 'inside-verify', inVerify = false): string[] {
  // biome-ignore lint/suspicious/useIterableCallbackReturn: the switch covers every Block type
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return (where === 'inside-verify') === inVerify ? [inlineText(block.children)] : [];
      case 'list':
        return block.items.flatMap((item) => text(item, where, inVerify));
      case 'notice':
        return text(block.children, where, inVerify || block.kind === 'verify');
      case 'entry':
        return [];
    }
  });
}
const sentences = (texts: string[]) => texts.flatMap((t) => t.split(/(?<=[.!?])\s+/));

/** Link targets of an inline tree, in reading order. */
function targets(nodes: Inline[]): string[] {
  return nodes.flatMap((n) =>
    n.type === 'link'
      ? [n.target.kind === 'tel' ? `tel:${n.target.number}` : n.target.kind === 'entry' ? `entry:${n.target.entry}` : n.target.kind]
      : 'children' in n
        ? targets(n.children)
        : [],
  );
}

/** The items of the first ordered list: a page's "What to do first". */
function firstSteps(p: PageContent): { text: string; links: string[] }[] {
  const list = p.body.find((b): b is Extract<Block, { type: 'list' }> => b.type === 'list' && b.ordered);
  if (!list) throw new Error(`"${p.title}" has no first steps`);
  return list.items.map((item) => {
    const inlines = item.flatMap((b) => (b.type === 'paragraph' ? b.children : []));
    return { text: inlineText(inlines), links: targets(inlines) };
  });
}

const offence: Record<LangCode, RegExp> = {
  en: /offence/,
  uk: /правопорушення/,
  ru: /правонарушение/,
  sr: /prekršaj/,
  'sr-cyrl': /прекршај/,
};

describe('sex-work and LGBTI+ pages: first steps (issue 10; S34, T30, S79/S80, T21)', () => {
  for (const lang of langCodes)
    for (const id of ['sex-work', 'lgbti'] as const) {
      it(`${lang}/${id} leads with the ambulance and ends with the police`, () => {
        const steps = firstSteps(page(lang, id));
        expect(steps[0]?.links).toContain('tel:194');
        const police = steps.findIndex((s) => s.links.includes('tel:192'));
        expect(police).toBe(steps.length - 1);
        const sos = steps.findIndex((s) => s.links.includes('tel:+381800222003'));
        expect(sos).toBeGreaterThan(0);
        expect(sos).toBeLessThan(police);
      });

      it(`${lang}/${id} names first only organisations with a sourced way to reach them`, () => {
        const steps = firstSteps(page(lang, id));
        const firstEntry = steps.flatMap((s) => s.links).find((l) => l.startsWith('entry:'));
        const reachable = entry(lang, (firstEntry ?? '').slice('entry:'.length));
        expect(reachable.phones.length > 0 || reachable.website !== undefined, `${firstEntry} has a phone or website`).toBe(true);
      });
    }

  for (const lang of langCodes)
    it(`${lang}/sex-work states the legal risk before it mentions the police`, () => {
      const steps = firstSteps(page(lang, 'sex-work'));
      const police = steps.at(-1)?.text ?? '';
      const risk = police.search(offence[lang]);
      expect(risk).toBeGreaterThanOrEqual(0);
      expect(risk).toBeLessThan(police.indexOf('192'));
      // JAZAS has no contact in any source (T20): it is never the first way in.
      expect(steps.findIndex((s) => s.links.includes('entry:jazas'))).toBeGreaterThan(
        steps.findIndex((s) => s.links.includes('entry:atina')),
      );
    });
});

describe('unsourced claims sit inside the "check before relying on this" notice, or are gone', () => {
  const outside = (lang: LangCode, id: (typeof pageIds)[number]) => sentences(text(page(lang, id).body, 'outside-verify'));

  it('hiv: no University Clinical Centre Niš as a treatment site (A4)', () => {
    for (const lang of langCodes) {
      const all = [...outside(lang, 'hiv'), ...text(page(lang, 'hiv').body, 'inside-verify')].join(' ');
      expect(all, lang).not.toMatch(/centar Niš|центар Ниш|Clinical Centre Niš|центр[іе]? Ніш|центре Ниш/);
    }
  });

  it('daily-needs: Čini dobro’s registration date is inside the notice (S87, M-NV)', () => {
    const registered: Record<LangCode, RegExp> = {
      en: /September 2022/,
      uk: /вересні 2022/,
      ru: /сентябре 2022/,
      sr: /septembru 2022/,
      'sr-cyrl': /септембру 2022/,
    };
    for (const lang of langCodes) {
      expect(outside(lang, 'daily-needs').join(' '), lang).not.toMatch(registered[lang]);
      expect(text(page(lang, 'daily-needs').body, 'inside-verify').join(' '), lang).toMatch(registered[lang]);
    }
  });

  it('daily-needs and support: "ask the trustee about a place in Vranje" is not stated as fact (S20, S22)', () => {
    const place = /place|місце|мест|mest|мест/i;
    const trustee = /trustee|уповноважен|уполномоченн|povereni|повереni|поверени/i;
    for (const lang of langCodes)
      for (const id of ['daily-needs', 'support'] as const) {
        const claims = outside(lang, id).filter((s) => /Vranj|Вран/.test(s) && place.test(s) && trustee.test(s));
        expect(claims, `${lang}/${id}`).toEqual([]);
      }
  });

  it('violence: the social welfare centre as a way into a safe house is only in a notice; Atina’s housing is sourced (S80)', () => {
    const safeHouse = /safe house|кризов|кризисн|sigurn|сигурн/i;
    const centre = /social welfare|соціальної роботи|социальной работы|socijalni rad|социјални рад/i;
    for (const lang of langCodes) {
      expect(
        outside(lang, 'violence').filter((s) => safeHouse.test(s) && centre.test(s)),
        lang,
      ).toEqual([]);
      expect(
        text(page(lang, 'violence').body, 'inside-verify').some((s) => safeHouse.test(s) && centre.test(s)),
        lang,
      ).toBe(true);
    }
  });

  it('violence and the directory: the Central Serbia NGO line is not called a line for women (T32)', () => {
    const women = /(?<!\p{L})(?:women|жінок|женщин|žene|žena|жене|жена)(?!\p{L})/iu;
    for (const lang of langCodes) {
      const line = entry(lang, 'sos-line-central-serbia');
      expect(line.name, lang).not.toMatch(women);
      expect(line.offers, lang).not.toMatch(women);
      expect(line.serves).not.toContain('women');
      const headings = page(lang, 'violence')
        .body.filter((b) => b.type === 'heading')
        .map((b) => (b.type === 'heading' ? inlineText(b.children) : ''));
      expect(
        headings.filter((h) => /Central|Централ|Centraln|централн/i.test(h) && women.test(h)),
        lang,
      ).toEqual([]);
    }
  });
});

describe('facts stated as the sources give them', () => {
  it('temporary protection: the decision came into force on 18 March 2022, adopted on 17 March (1.1: S5, S6, S7)', () => {
    const inForce: Record<LangCode, RegExp> = {
      en: /adopted on 17 March 2022 and came into force on 18 March 2022/,
      uk: /ухвалили 17 березня 2022 року, а набуло чинності воно 18 березня 2022 року/,
      ru: /приняли 17 марта 2022 года, а в силу оно вступило 18 марта 2022 года/,
      sr: /doneta je 17\. marta 2022\. godine, a stupila je na snagu 18\. marta 2022/,
      'sr-cyrl': /донета је 17\. марта 2022\. године, а ступила је на снагу 18\. марта 2022/,
    };
    for (const lang of langCodes) {
      const all = text(page(lang, 'temporary-protection').body, 'outside-verify').join(' ');
      expect(all, lang).toMatch(inForce[lang]);
      expect(all, lang).not.toMatch(/first granted temporary protection on 18 March|вперше надала|впервые предоставила|prvi put odobrila/);
    }
  });

  it('lgbti: Duga tests gay, bisexual and trans men and other MSM (S61: GBTMSM)', () => {
    const trans: Record<LangCode, RegExp> = {
      en: /gay, bisexual and trans men/,
      uk: /бісексуальних і трансгендерних чоловіків/,
      ru: /бисексуальных и трансгендерных мужчин/,
      sr: /biseksualne i trans muškarce/,
      'sr-cyrl': /бисексуалне и транс мушкарце/,
    };
    for (const lang of langCodes) expect(text(page(lang, 'lgbti').body, 'outside-verify').join(' '), lang).toMatch(trans[lang]);
  });

  it('prevent: named after the organisation, not its 2015–17 drop-in project (S57, S72)', () => {
    for (const lang of langCodes) expect(entry(lang, 'prevent').officialName, lang).toBeUndefined();
  });
});

describe('wording', () => {
  const allText = (lang: LangCode) =>
    [
      ...pageIds.flatMap((id) => [
        page(lang, id).title,
        ...text(page(lang, id).body, 'outside-verify'),
        ...text(page(lang, id).body, 'inside-verify'),
      ]),
      ...(content.directory[lang] ?? []).flatMap((e) => [e.name, e.offers, e.verify ?? '']),
      JSON.stringify(content.ui[lang]),
    ].join('\n');

  it('uk: place names are the same in the filters and on the pages', () => {
    expect([ui('uk', 'cities.kragujevac'), ui('uk', 'cities.novi-sad'), ui('uk', 'cities.zajecar')]).toEqual([
      'Крагуєвац',
      'Новий Сад',
      'Заєчар',
    ]);
    expect(allText('uk')).not.toMatch(/Крагуєваць|Нові-Сад|Зайечар/);
    expect(ui('ru', 'cities.zajecar')).toBe('Заечар');
    expect(allText('ru')).not.toMatch(/Зайечар/);
  });

  it('uk: the community kind is «Спільнота», not «Громада» (a municipality)', () => {
    expect(ui('uk', 'kinds.community')).toBe('Спільнота');
  });

  it('ru: «карточка медицинского страхования», and women «столкнувшиеся с насилием», not victims', () => {
    const ru = allText('ru');
    expect(ru).not.toMatch(/медицинская карточка|карта медицинского страхования/);
    expect(ru).toMatch(/карточка медицинского страхования/);
    expect(ru).not.toMatch(/пострадавш/);
    // The home page names topics, not people (issue 9): the topic link calls no one a victim either.
    expect(ui('ru', 'sections.items.violence')).toBe('Насилие: где получить помощь сейчас');
    expect(page('ru', 'violence').title).toBe('Женщины, столкнувшиеся с насилием');
  });

  it('sr: every UI string uses the polite "Vi" form, and "Imejl"', () => {
    const informal =
      /\b(?:Napusti|Izađi|Izaberi|Čitaj|Idi|Pređi|Ažuriraj|Podeli|Kopiraj|Prikaži|Sakrij|Pošalji|Zatvori|Štampaj|Odštampaj|Preuzmi|Pokreni|Probaj|Označi|Skeniraj|Pogledaj|Pitaj|Pozovi)\b/u;
    for (const file of [content.ui.sr, content.tools.sr]) {
      const strings = JSON.stringify(file);
      expect(strings).not.toMatch(informal);
    }
    expect(ui('sr', 'share.email')).toBe('Imejl');
    expect(ui('sr-cyrl', 'share.email')).toBe('Имејл');
  });

  it('sr-cyrl: LGBTIQ is written in Cyrillic, like ЛГБТИ+', () => {
    const cyrillic = allText('sr-cyrl');
    // Gayten-LGBT, Geten's former name, is a brand with a y: it stays Latin.
    expect(cyrillic).not.toMatch(/(?<!Gayten-)LGBT/);
    expect(cyrillic).toMatch(/ЛГБТИК/);
  });
});
