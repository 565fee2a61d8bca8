/** The service directory: one YAML file per entry in locales/directory/ (docs/decisions/004-directory.md). */
import { basename, relative } from 'node:path';
import { cityIds, entryKinds, groupIds, isCityId, isEntryKind, isGroupId } from '../../content/directory-schema';
import type { DirectoryEntry, Source } from '../../content/schema';
import { editedLangCodes, type LangCode } from '../../i18n/languages';
import { emailPattern, httpsUrlPattern, internationalPhonePattern, isoDatePattern, slugPattern } from '../../site/patterns';
import { directoryDir, readYaml, yamlDate, yamlFilesIn } from './files';
import type { Problem } from './problems';
import { looksLikePlainPhone, unsafeReason } from './rules';
import { resolveSources } from './sources';

type PerLanguage = Partial<Record<LangCode, string>>;

/** An entry as written: language-neutral facts plus words per edited language. */
export interface RawEntry extends Omit<DirectoryEntry, 'name' | 'offers' | 'hours' | 'verify'> {
  name: PerLanguage;
  offers: PerLanguage;
  hours?: PerLanguage;
  verify?: PerLanguage;
  file: string;
}

export function loadDirectory(root: string, sources: Map<string, Source>, problems: Problem[]): RawEntry[] {
  return yamlFilesIn(directoryDir(root)).map((path) => readEntry(root, path, sources, problems));
}

function readEntry(root: string, path: string, sources: Map<string, Source>, problems: Problem[]): RawEntry {
  const file = relative(root, path);
  const id = basename(path, '.yaml');
  const data = readYaml(root, path, problems);
  const report = (key: string, message: string) => problems.push({ file, key, message });
  if (!slugPattern.test(id)) report('(file)', 'the file name is the entry id: lowercase letters, digits and hyphens');

  const text = (key: string, value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || !value.trim()) {
      report(key, 'must be non-empty text');
      return undefined;
    }
    const unsafe = unsafeReason(value);
    if (unsafe) report(key, unsafe);
    if (looksLikePlainPhone(value) && key !== 'address') report(key, 'contains a phone number: put it in "phones"');
    return value.trim();
  };
  const perLanguage = (key: string, required: boolean): PerLanguage | undefined => {
    const value = data[key];
    if (value === undefined && !required) return undefined;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      report(key, `needs a text for each language (${editedLangCodes.join(', ')})`);
      return {};
    }
    const out: PerLanguage = {};
    for (const lang of editedLangCodes) {
      const words = text(`${key}.${lang}`, (value as Record<string, unknown>)[lang]);
      if (words === undefined && (value as Record<string, unknown>)[lang] === undefined) report(`${key}.${lang}`, 'translation missing');
      if (words !== undefined) out[lang] = words;
    }
    for (const lang of Object.keys(value))
      if (!editedLangCodes.includes(lang as LangCode))
        report(`${key}.${lang}`, `"${lang}" is not a language to write (Serbian Cyrillic is generated)`);
    return out;
  };
  const list = <T extends string>(key: string, allowed: readonly T[], check: (v: string) => v is T, required: boolean): T[] => {
    const value = data[key];
    if (value === undefined && !required) return [];
    if (!Array.isArray(value) || value.length === 0) {
      report(key, `needs a list of: ${allowed.join(', ')}`);
      return [];
    }
    return value.map(String).filter((v): v is T => {
      if (check(v)) return true;
      report(key, `"${v}" is not one of: ${allowed.join(', ')}`);
      return false;
    });
  };
  const flag = (key: string): boolean | undefined => {
    const value = data[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'boolean') report(key, 'must be true or false (leave it out when unknown)');
    return value === true;
  };

  const kind = String(data.kind ?? '');
  if (!isEntryKind(kind)) report('kind', `must be one of: ${entryKinds.join(', ')}`);
  if (data.phones !== undefined && !Array.isArray(data.phones)) report('phones', 'must be a list');
  const phones = Array.isArray(data.phones) ? data.phones.map(String) : [];
  for (const phone of phones)
    if (!internationalPhonePattern.test(phone)) report('phones', `"${phone}" is not in international form (+381…, digits only)`);
  const email = text('email', data.email);
  if (email && !emailPattern.test(email)) report('email', `"${email}" is not an e-mail address`);
  const website = text('website', data.website);
  if (website && !httpsUrlPattern.test(website)) report('website', 'must be an https:// address');
  const checked = yamlDate(data.checked);
  if (!isoDatePattern.test(checked)) report('checked', 'needs the date these facts were checked, as YYYY-MM-DD');
  const sourceIds = Array.isArray(data.sources) ? data.sources.map(String) : [];
  if (sourceIds.length === 0) report('sources', 'an entry needs at least one source');
  const languages = Array.isArray(data.languages) ? data.languages.map(String) : undefined;
  for (const lang of languages ?? [])
    if (!['uk', 'ru', 'sr', 'en'].includes(lang)) report('languages', `"${lang}" is not one of: uk, ru, sr, en`);
  const known = new Set([
    'name',
    'officialName',
    'kind',
    'cities',
    'serves',
    'offers',
    'free',
    'anonymous',
    'languages',
    'hours',
    'phones',
    'email',
    'website',
    'address',
    'sources',
    'checked',
    'verify',
  ]);
  for (const key of Object.keys(data)) if (!known.has(key)) report(key, 'is not a directory field (see docs/decisions/004-directory.md)');

  return {
    id,
    file,
    name: perLanguage('name', true) ?? {},
    officialName: text('officialName', data.officialName),
    kind: isEntryKind(kind) ? kind : 'ngo',
    cities: list('cities', cityIds, isCityId, true),
    serves: list('serves', groupIds, isGroupId, true),
    offers: perLanguage('offers', true) ?? {},
    free: flag('free'),
    anonymous: flag('anonymous'),
    languages,
    hours: perLanguage('hours', false),
    phones,
    email,
    website,
    address: text('address', data.address),
    sources: resolveSources(sourceIds, sources, file, 'sources', problems),
    checked,
    verify: perLanguage('verify', false),
  };
}

/** An entry in one edited language (generated languages are transformed from these). */
export function localizeEntry(raw: RawEntry, lang: LangCode): DirectoryEntry {
  const { file: _file, name, offers, hours, verify, ...facts } = raw;
  return { ...facts, name: name[lang] ?? raw.id, offers: offers[lang] ?? '', hours: hours?.[lang], verify: verify?.[lang] };
}
