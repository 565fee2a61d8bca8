/** The deployed address (KOMPAS_SITE_URL), checked once for the whole build. */
import { emailPattern } from '../site/patterns';
import { defaultSiteUrl } from '../site/site-url';

export function siteAddress(value = process.env.KOMPAS_SITE_URL ?? defaultSiteUrl): string {
  if (!/^https?:\/\/[^/\s]+\/?$/.test(value))
    throw new Error(`KOMPAS_SITE_URL must be an origin such as https://kompas.example.org, not "${value}"`);
  return value.replace(/\/$/, '');
}

/** Where a reader's "tell us what you looked for" e-mail goes (KOMPAS_EDITORS_EMAIL); empty means the placeholder. */
export function editorsAddress(value = process.env.KOMPAS_EDITORS_EMAIL ?? ''): string {
  if (value && !emailPattern.test(value)) throw new Error(`KOMPAS_EDITORS_EMAIL must be an e-mail address, not "${value}"`);
  return value;
}
