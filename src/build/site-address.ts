/** The deployed address (KOMPAS_SITE_URL), checked once for the whole build. */
import { defaultSiteUrl } from '../site/site-url';

export function siteAddress(value = process.env.KOMPAS_SITE_URL ?? defaultSiteUrl): string {
  if (!/^https?:\/\/[^/\s]+\/?$/.test(value))
    throw new Error(`KOMPAS_SITE_URL must be an origin such as https://kompas.example.org, not "${value}"`);
  return value.replace(/\/$/, '');
}
