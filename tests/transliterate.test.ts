import { describe, expect, it } from 'vitest';
import { latinToCyrillic, stripLatinMarkers } from '../src/i18n/transliterate';

describe('latinToCyrillic: alphabet', () => {
  it('maps the whole alphabet in lower case', () => {
    expect(latinToCyrillic('a b c č ć d dž đ e f g h i j k l lj m n nj o p r s š t u v z ž')).toBe(
      'а б ц ч ћ д џ ђ е ф г х и ј к л љ м н њ о п р с ш т у в з ж',
    );
  });

  it('maps the whole alphabet in upper case', () => {
    expect(latinToCyrillic('A B C Č Ć D DŽ Đ E F G H I J K L LJ M N NJ O P R S Š T U V Z Ž')).toBe(
      'А Б Ц Ч Ћ Д Џ Ђ Е Ф Г Х И Ј К Л Љ М Н Њ О П Р С Ш Т У В З Ж',
    );
  });

  it.each([
    ['ljubav', 'љубав'],
    ['Ljubav', 'Љубав'],
    ['LJUBAV', 'ЉУБАВ'],
    ['Lj', 'Љ'],
    ['LJ', 'Љ'],
    ['njegoš', 'његош'],
    ['Njegoš', 'Његош'],
    ['NJEGOŠ', 'ЊЕГОШ'],
    ['Nj', 'Њ'],
    ['džep', 'џеп'],
    ['Džep', 'Џеп'],
    ['DŽEP', 'ЏЕП'],
    ['Dž', 'Џ'],
    ['konj', 'коњ'],
    ['pomaže ljudima', 'помаже људима'],
  ])('digraphs: %s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it('accepts decomposed letters (NFD) by normalising them', () => {
    expect(latinToCyrillic('c\u030Cas')).toBe('час');
    expect(latinToCyrillic('Z\u030Cena')).toBe('Жена');
    expect(latinToCyrillic('dz\u030Cep')).toBe('џеп');
    expect(latinToCyrillic('S\u030Cta')).toBe('Шта');
  });

  it('accepts the Unicode digraph characters', () => {
    expect(latinToCyrillic('ǉubav ǈubav ǋegoš ǆep Ǆ')).toBe('љубав Љубав Његош џеп Џ');
  });
});

describe('latinToCyrillic: prefix exceptions', () => {
  it.each([
    ['nadživeti', 'надживети'],
    ['Nadživeo', 'Надживео'],
    ['NADŽIVETI', 'НАДЖИВЕТИ'],
    ['podžanr', 'поджанр'],
    ['odžaliti', 'оджалити'],
    ['podželudačna', 'поджелудачна'],
    ['injekcija', 'инјекција'],
    ['Injekcije', 'Инјекције'],
    ['injektor', 'инјектор'],
    ['konjunkcija', 'конјункција'],
    ['konjunktivitis', 'конјунктивитис'],
  ])('%s → %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)).toBe(cyrillic);
  });

  it('still forms digraphs elsewhere in and around those words', () => {
    expect(latinToCyrillic('hodža konj njiva')).toBe('хоџа коњ њива');
  });
});

describe('latinToCyrillic: protected text', () => {
  it.each([
    'https://kirs.gov.rs/',
    'http://example.org/put?x=1&y=2#deo',
    'www.rfzo.rs',
    'info@azilsrbija.rs',
    'ime.prezime@gmail.com',
    'kirs.gov.rs',
    'Kirs.gov.rs',
    'help.unhcr.org/serbia',
    'dasezna.lgbt',
    'bgcentar.org.rs',
    '+381 64 828 3171',
    '011 2078-600',
    '192',
  ])('%s stays as it is', (text) => {
    expect(latinToCyrillic(text)).toBe(text);
  });

  it('keeps protected spans inside a sentence', () => {
    expect(latinToCyrillic('Sajt: kirs.gov.rs, pišite na info@kirs.gov.rs ili zovite +381 11 3117-066.')).toBe(
      'Сајт: kirs.gov.rs, пишите на info@kirs.gov.rs или зовите +381 11 3117-066.',
    );
  });

  it('keeps Markdown link targets and notice markers', () => {
    expect(latinToCyrillic('- [**192** Policija](tel:192)')).toBe('- [**192** Полиција](tel:192)');
    expect(latinToCyrillic('Vidi [privremenu zaštitu](page:temporary-protection).')).toBe(
      'Види [привремену заштиту](page:temporary-protection).',
    );
    expect(latinToCyrillic('Sajt: [kirs.gov.rs](https://kirs.gov.rs/)')).toBe('Сајт: [kirs.gov.rs](https://kirs.gov.rs/)');
    expect(latinToCyrillic('> [!important]\n> Ponesite pasoš.')).toBe('> [!important]\n> Понесите пасош.');
  });

  it('keeps the Latin names from the list', () => {
    expect(latinToCyrillic('Kompas eUprava eTurista UNHCR IOM UNAIDS UNODC DPNSEE COBATEST Zoom Viber Telegram WhatsApp Google')).toBe(
      'Kompas eUprava eTurista UNHCR IOM UNAIDS UNODC DPNSEE COBATEST Zoom Viber Telegram WhatsApp Google',
    );
  });

  it('keeps inflected Latin names, and transliterates a hyphenated ending', () => {
    expect(latinToCyrillic('Posle prve posete Kompasa')).toBe('После прве посете Kompasa');
    expect(latinToCyrillic('na portalu eUprave')).toBe('на порталу eUprave');
    expect(latinToCyrillic('sa UNHCR-om')).toBe('са UNHCR-ом');
  });

  it('transliterates Serbian and medical acronyms', () => {
    expect(latinToCyrillic('KIRS MUP RFZO HIV LGBTI+ ART')).toBe('КИРС МУП РФЗО ХИВ ЛГБТИ+ АРТ');
    expect(latinToCyrillic('LGBTI+ osobe')).toBe('ЛГБТИ+ особе');
  });

  it('transliterates a lower-case "kompas" (the common noun)', () => {
    expect(latinToCyrillic('kompas')).toBe('компас');
  });

  it('keeps Roman numerals but not the word "I"', () => {
    expect(latinToCyrillic('II, III, IV i VI razred')).toBe('II, III, IV и VI разред');
    expect(latinToCyrillic('I ja')).toBe('И ја');
  });
});

describe('latinToCyrillic: foreign words', () => {
  it('keeps text in the {{latin:…}} marker verbatim and removes the marker', () => {
    expect(latinToCyrillic('mreže {{latin:Drug Policy Network South East Europe}}.')).toBe('мреже Drug Policy Network South East Europe.');
    expect(latinToCyrillic('{{latin:Geten}} i Geten')).toBe('Geten и Гетен');
  });

  it('leaves words with q, w, x, y or non-Serbian letters alone', () => {
    expect(latinToCyrillic('Q-club')).toBe('Q-club');
    expect(latinToCyrillic('Drug Policy Network')).toBe('Друг Policy Network');
    expect(latinToCyrillic('Wi-Fi, XXI vek, Müller, café, Yandex')).toBe('Wi-Fi, XXI век, Müller, café, Yandex');
  });

  it('transliterates the listed all-capital abbreviations with a foreign letter, like ЛГБТИ+ (LGBTIQ → ЛГБТИК)', () => {
    expect(latinToCyrillic('LGBTIQ osobe, LGBTIQ+ i LGBTI+')).toBe('ЛГБТИК особе, ЛГБТИК+ и ЛГБТИ+');
    expect(latinToCyrillic('SOS linija za LGBTIQ osobe')).toBe('СОС линија за ЛГБТИК особе');
    expect(latinToCyrillic('LGBTIQ-osobe')).toBe('ЛГБТИК-особе');
    // Other abbreviations with q, w, x or y stay Latin; brand names stay Latin too.
    expect(latinToCyrillic('QR kod, WHO, Gayten-LGBT, Q-club')).toBe('QR код, WHO, Gayten-LGBT, Q-club');
  });

  it('converts {{sr:…}} fragments with the text and keeps {{en:…}} fragments, marker and all', () => {
    expect(latinToCyrillic('mreže {{sr:Komesarijat za izbeglice}} i {{en:Drug Policy Network}}')).toBe(
      'мреже Комесаријат за избеглице и {{en:Drug Policy Network}}',
    );
  });

  it('transliterates Serbian organisation names', () => {
    expect(latinToCyrillic('Sloboda prava, Geten, Atina, Labris, Egal')).toBe('Слобода права, Гетен, Атина, Лабрис, Егал');
  });
});

describe('latinToCyrillic: sentences and pass-through', () => {
  it('transliterates a real sentence', () => {
    expect(latinToCyrillic('Poverenik za izbeglice i migracije pomaže ljudima u privatnom smeštaju.')).toBe(
      'Повереник за избеглице и миграције помаже људима у приватном смештају.',
    );
    expect(latinToCyrillic('Komesarijat za izbeglice i migracije (KIRS) — 17. marta 2022. godine.')).toBe(
      'Комесаријат за избеглице и миграције (КИРС) — 17. марта 2022. године.',
    );
  });

  it('keeps punctuation and whitespace', () => {
    expect(latinToCyrillic('  Šta?!\n\t„Đak“ — (ćao); ')).toBe('  Шта?!\n\t„Ђак“ — (ћао); ');
  });

  it('passes Cyrillic text through unchanged (idempotent)', () => {
    const cyrillic = 'Повереник за избеглице и миграције помаже људима у приватном смештају. ЉУБАВ Његош џеп';
    expect(latinToCyrillic(cyrillic)).toBe(cyrillic);
    const once = latinToCyrillic('Ljudi u Srbiji koriste Kompas i kirs.gov.rs.');
    expect(once).toBe('Људи у Србији користе Kompas и kirs.gov.rs.');
    expect(latinToCyrillic(once)).toBe(once);
  });

  it('returns an empty string for an empty string', () => {
    expect(latinToCyrillic('')).toBe('');
  });
});

describe('stripLatinMarkers', () => {
  it('removes the markers without transliterating', () => {
    expect(stripLatinMarkers('mreže {{latin:Drug Policy Network South East Europe}} i {{latin:Q-club}}')).toBe(
      'mreže Drug Policy Network South East Europe i Q-club',
    );
  });

  it('leaves text without markers unchanged', () => {
    expect(stripLatinMarkers('Kompas radi bez interneta. {{ne}}')).toBe('Kompas radi bez interneta. {{ne}}');
  });
});
