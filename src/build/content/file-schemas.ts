/**
 * The files editors write, as valibot schemas: a directory entry (locales/directory/*.yaml),
 * a source (locales/sources/*.yaml), a page's checked date and sources (locales/pages/*.yaml)
 * and a page's front matter. The types of that data are inferred from here.
 * Build time only: nothing that ships to browsers imports this module's values.
 */
import * as v from 'valibot';
import { cityIds, entryKinds, groupIds } from '../../content/directory-schema';
import { editedLangCodes, type LangCode } from '../../i18n/languages';
import { emailPattern, httpsUrlPattern, internationalPhonePattern, isoDatePattern, isSourceDate } from '../../site/patterns';
import type { Problem } from './problems';
import { looksLikePlainPhone, unsafeReason } from './rules';

type Message = string | ((issue: v.BaseIssue<unknown>) => string);

const firstMessage = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).issues?.[0].message ?? '';

/**
 * A map of named fields. A missing field is reported with that field's own message (what it
 * would say about an empty value); every field not in the map is reported, each under its key.
 */
function fields<const E extends v.ObjectEntries>(entries: E, notAMap: string, unknownField: string | ((known: string) => string)) {
  const refusal = typeof unknownField === 'string' ? unknownField : unknownField(Object.keys(entries).join(', '));
  const schema = v.objectWithRest(entries, v.never(refusal), (issue) => {
    const key = issue.path?.[0]?.key;
    const field = typeof key === 'string' && Object.hasOwn(entries, key) ? entries[key] : undefined;
    return field ? firstMessage(field, undefined) : notAMap;
  });
  // The rest schema only refuses; the data's type is the named fields alone.
  return schema as unknown as v.GenericSchema<unknown, v.InferOutput<v.ObjectSchema<E, undefined>>>;
}

/** YAML reads 2024-03-08 as text or a Date, and 2023 as a number: each becomes the text the editor wrote. */
const yamlText = (message: string) =>
  v.pipe(
    v.union([v.string(), v.number(), v.date()], message),
    v.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim())),
  );

const safe = v.check(
  (text: string) => unsafeReason(text) === null,
  (issue) => unsafeReason(String(issue.input)) ?? '',
);

/** Non-empty text with no markup or script URL (an address may hold digits that look like a phone). */
const text = (message: Message = 'must be non-empty text') => v.pipe(v.string(message), v.trim(), v.nonEmpty(message), safe);

/** Text a reader sees, which must not hide a phone number: numbers go in "phones", where they can be tapped. */
const words = (message?: Message) =>
  v.pipe(
    text(message),
    v.check((value) => !looksLikePlainPhone(value), 'contains a phone number: put it in "phones"'),
  );

const day = (message: string) => v.pipe(yamlText(message), v.regex(isoDatePattern, message));

const oneOf = <const T extends string>(allowed: readonly T[]) =>
  v.picklist(allowed, (issue) => `"${String(issue.input)}" is not one of: ${allowed.join(', ')}`);

const listOf = <const T extends string>(allowed: readonly T[]) => {
  const message = `needs a list of: ${allowed.join(', ')}`;
  return v.pipe(v.array(oneOf(allowed), message), v.minLength(1, message));
};

/** Words given once per edited language; Serbian Cyrillic is generated, never written. */
function perLanguage() {
  const translation = words((issue) => (issue.received === 'undefined' ? 'translation missing' : 'must be non-empty text'));
  const entries = Object.fromEntries(editedLangCodes.map((lang) => [lang, translation])) as Record<string, typeof translation>;
  const schema = fields(
    entries,
    `needs a text for each language (${editedLangCodes.join(', ')})`,
    (known) => `is not a language to write here: write ${known} (Serbian Cyrillic is generated from sr)`,
  );
  return schema as v.GenericSchema<unknown, Partial<Record<LangCode, string>>>;
}

/** The languages a service's staff speak, as the directory can show them. */
const spokenLanguages = ['uk', 'ru', 'sr', 'en'] as const;

const phone = v.pipe(
  v.string((issue) => `${issue.received} must be written in quotes, in international form: "+381…"`),
  v.check(
    (phone: string) => internationalPhonePattern.test(phone),
    (issue) => `"${String(issue.input)}" is not in international form (+381…, digits only)`,
  ),
);

/**
 * One service point, locales/directory/{id}.yaml (docs/decisions/004-directory.md).
 * `sources` must name keys of locales/sources/, so the schema is made for the sources read.
 */
export const entryFileSchema = (knownSources: ReadonlySet<string>) =>
  fields(
    {
      name: perLanguage(),
      officialName: v.optional(words()),
      kind: v.picklist(entryKinds, `must be one of: ${entryKinds.join(', ')}`),
      cities: listOf(cityIds),
      serves: listOf(groupIds),
      offers: perLanguage(),
      free: v.optional(v.boolean('must be true or false (leave it out when unknown)')),
      anonymous: v.optional(v.boolean('must be true or false (leave it out when unknown)')),
      languages: v.optional(v.array(oneOf(spokenLanguages), `must be a list of: ${spokenLanguages.join(', ')}`)),
      hours: v.optional(perLanguage()),
      phones: v.optional(v.array(phone, 'must be a list'), []),
      email: v.optional(
        v.pipe(
          words(),
          v.regex(emailPattern, (issue) => `"${issue.input}" is not an e-mail address`),
        ),
      ),
      website: v.optional(v.pipe(words(), v.regex(httpsUrlPattern, 'must be an https:// address'))),
      address: v.optional(text()),
      sources: v.pipe(
        v.array(
          v.pipe(
            v.string('must be a key from locales/sources/'),
            v.check(
              (id) => knownSources.has(id),
              (issue) => `source "${issue.input}" is not in locales/sources/`,
            ),
          ),
          'an entry needs at least one source',
        ),
        v.minLength(1, 'an entry needs at least one source'),
      ),
      checked: day('needs the date these facts were checked, as YYYY-MM-DD'),
      verify: v.optional(perLanguage()),
    },
    'must be a map of directory fields (see docs/decisions/004-directory.md)',
    'is not a directory field (see docs/decisions/004-directory.md)',
  );

/** One source, under its key in locales/sources/*.yaml. */
export const sourceSchema = fields(
  {
    title: text('a source needs a title'),
    url: v.pipe(v.string('a source needs an https:// address'), v.trim(), v.regex(/^https:\/\/\S+$/, 'a source needs an https:// address')),
    /** The date the source itself states, as written there ("nd" when it shows none). */
    date: v.pipe(
      yamlText('a source needs the date it states, or "nd" when it shows none'),
      v.nonEmpty('a source needs the date it states, or "nd" when it shows none'),
      v.check(
        (date) => date === 'nd' || isSourceDate(date),
        (issue) =>
          `"${String(issue.input)}" is not a date Kompas can show in every language: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY–YYYY, with "≈ " before it when approximate`,
      ),
    ),
    /** The language of the source and its title (checked against the title in source-lang.ts). */
    lang: v.string('a source needs "lang": the language of the source and its title, e.g. en, uk, ru, sr-Latn or sr-Cyrl'),
  },
  'a source needs a title, an https:// address (url), the date it states and its language (lang)',
  (known) => `is not a source field (${known})`,
);

/** A page's checked date and sources, locales/pages/{page}.yaml. */
export const pageMetaSchema = fields(
  {
    checked: day('needs the date the facts were checked, as YYYY-MM-DD'),
    sources: v.array(v.string('must be a key from locales/sources/'), 'must be a list of keys from locales/sources/, e.g. [S5, T7]'),
  },
  'must hold "checked" and "sources"',
  (known) => `is not a page field (${known})`,
);

/** The "---" block at the top of a page's Markdown. */
export const frontmatterSchema = fields(
  {
    title: text('"title" is missing or empty'),
    description: text('"description" is missing or empty'),
    /** The version of the English page this translation was made from (npm run content:status). */
    translatedFrom: v.optional(v.string('must be the version in quotes, e.g. translatedFrom: "1a2b3c4d"')),
  },
  'the "---" block must hold "key: value" lines',
  (known) => `is not a page header field (${known})`,
);

export type EntryFile = v.InferOutput<ReturnType<typeof entryFileSchema>>;
export type SourceFile = v.InferOutput<typeof sourceSchema>;
export type PageMeta = v.InferOutput<typeof pageMetaSchema>;
export type Frontmatter = v.InferOutput<typeof frontmatterSchema>;

/**
 * Checks data against a schema; each problem names the file and the field's path
 * (`phones.0`, `name.ru`), under `prefix` when the data sits under a key of its file.
 */
export function validate<S extends v.GenericSchema>(
  schema: S,
  data: unknown,
  file: string,
  problems: Problem[],
  prefix: string[] = [],
): v.InferOutput<S> | undefined {
  const result = v.safeParse(schema, data);
  if (result.success) return result.output;
  for (const issue of result.issues) {
    const path = [...prefix, ...(issue.path ?? []).map((item) => String(item.key))];
    problems.push({ file, key: path.join('.') || '(file)', message: issue.message });
  }
  return undefined;
}
