import type { LangCode } from '../../i18n/languages';
import { paths, type Route } from '../../site/paths';

/** The same page in another language; the directory keeps its filter. */
export function sharedPath(route: Route, lang: LangCode, search: string): string {
  switch (route.kind) {
    case 'page':
      return route.page === 'directory' ? paths.page(lang, 'directory') + filterQuery(search) : paths.page(lang, route.page);
    case 'entry':
      return paths.entry(lang, route.entry);
    case 'tool':
      return paths.tool(lang, route.tool);
    default:
      return paths.page(lang, 'home');
  }
}

function filterQuery(search: string): string {
  const query = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of ['city', 'group']) {
    const value = query.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

export interface ShareTarget {
  id: 'viber' | 'telegram' | 'whatsapp' | 'sms' | 'email';
  href: string;
}

/** Links that hand the title and address to a messenger, SMS or e-mail on the reader's phone. */
export function shareTargets(title: string, url: string): ShareTarget[] {
  const text = `${title}\n${url}`;
  const e = encodeURIComponent;
  return [
    { id: 'viber', href: `viber://forward?text=${e(text)}` },
    { id: 'telegram', href: `https://t.me/share/url?url=${e(url)}&text=${e(title)}` },
    { id: 'whatsapp', href: `https://wa.me/?text=${e(text)}` },
    { id: 'sms', href: `sms:?&body=${e(text)}` },
    { id: 'email', href: `mailto:?subject=${e(title)}&body=${e(text)}` },
  ];
}
