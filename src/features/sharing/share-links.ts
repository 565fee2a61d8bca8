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
