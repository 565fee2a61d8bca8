import { useTranslation } from 'react-i18next';
import type { DirectoryEntry } from '../content/schema';
import { fragmentLang } from '../i18n/lang-markers';
import type { LangCode } from '../i18n/languages';
import { formatDate } from '../lib/format-date';
import { formatPhone } from '../lib/phone';
import { paths } from '../site/paths';
import { MailIcon, MapIcon, PhoneIcon, WebIcon } from './icons';
import { MarkedText } from './marked-text';

/** A directory entry. Phones call, e-mail opens mail, the address opens the phone's maps app. */
export function EntryCard({ entry, lang, full = false }: { entry: DirectoryEntry; lang: LangCode; full?: boolean }) {
  const { t } = useTranslation();
  const Heading = full ? 'h1' : 'h3';
  const tags = [
    entry.free ? t('directory.free') : null,
    entry.anonymous ? t('directory.anonymous') : null,
    entry.languages?.length
      ? `${t('directory.languages')}: ${entry.languages.map((l) => t(`directory.languageNames.${l}` as 'directory.languageNames.en')).join(', ')}`
      : null,
  ].filter((tag): tag is string => tag !== null);
  return (
    <article className={full ? 'entry entry-full' : 'entry entry-card'} id={full ? undefined : `entry-${entry.id}`}>
      <Heading className="entry-name">{full ? entry.name : <a href={paths.entry(lang, entry.id)}>{entry.name}</a>}</Heading>
      {entry.officialName && entry.officialName !== entry.name && (
        <p className="official-name" lang={fragmentLang('sr', lang)}>
          {entry.officialName}
        </p>
      )}
      <p className="entry-meta">
        {t(`kinds.${entry.kind}`)} · {entry.cities.map((c) => t(`cities.${c}`)).join(', ')}
      </p>
      <p className="entry-offers">
        <MarkedText text={entry.offers} lang={lang} />
      </p>
      {tags.length > 0 && (
        <ul className="entry-tags">
          {tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      {(entry.phones.length > 0 || entry.email || entry.website || entry.address) && (
        <ul className="entry-contacts">
          {entry.phones.map((phone) => (
            <li key={phone}>
              <a className="link-tel" href={`tel:${phone}`}>
                <PhoneIcon /> {formatPhone(phone)}
              </a>
            </li>
          ))}
          {entry.email && (
            <li>
              <a className="link-mailto" href={`mailto:${entry.email}`}>
                <MailIcon /> {entry.email}
              </a>
            </li>
          )}
          {entry.website && (
            <li>
              <a className="link-external" href={entry.website} target="_blank" rel="noopener noreferrer">
                <WebIcon /> {entry.website.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}
                <span className="visually-hidden"> {t('content.externalLink')}</span>
              </a>
            </li>
          )}
          {entry.address && (
            <li>
              <a className="link-map" href={`geo:0,0?q=${encodeURIComponent(entry.address)}`}>
                <MapIcon /> <span lang={fragmentLang('sr', lang)}>{entry.address}</span>
                <span className="visually-hidden"> {t('directory.openMap')}</span>
              </a>
            </li>
          )}
        </ul>
      )}
      {entry.hours && (
        <p className="entry-hours">
          <strong>{t('directory.hours')}:</strong> <MarkedText text={entry.hours} lang={lang} />
        </p>
      )}
      {entry.verify && (
        <aside className="notice notice-verify" aria-label={t('notice.verify')}>
          <p className="notice-label">{t('notice.verify')}</p>
          <p>
            <MarkedText text={entry.verify} lang={lang} />
          </p>
        </aside>
      )}
      {/* The sources and checked date are shown once, on the entry's own page, not under every card. */}
      {full && (
        <>
          <p className="entry-source">
            {t('directory.source')}:{' '}
            {entry.sources.map((source, i) => (
              <span key={source.id}>
                {i > 0 && '; '}
                <a href={source.url} hrefLang={source.lang} target="_blank" rel="noopener noreferrer">
                  <cite lang={source.lang}>{source.title}</cite>
                </a>
              </span>
            ))}
          </p>
          <p className="entry-source">{t('content.checked', { date: formatDate(entry.checked, lang) })}</p>
        </>
      )}
    </article>
  );
}
