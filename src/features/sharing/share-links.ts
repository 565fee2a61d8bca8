import { paths, type Route, routeIn, routeToPath } from '../../app/paths';
import type { LangCode } from '../../i18n/languages';

/** The same page in another language (a directory filter is kept, in its path form). */
export function sharedPath(route: Route, lang: LangCode): string {
  if (route.kind === 'page' || route.kind === 'entry' || route.kind === 'tool') return routeToPath(routeIn(route, lang));
  return paths.page(lang, 'home');
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
