/**
 * Which of the device's voices can read a page. Only voices that run on the device
 * (localService): a network voice would send the page's text to another company,
 * which Kompas promises never to do.
 */
export interface VoiceLike {
  lang: string;
  localService: boolean;
  default?: boolean;
}

const parts = (tag: string) => tag.replace(/_/g, '-').toLowerCase().split('-');

export function voiceFor<V extends VoiceLike>(voices: readonly V[], pageLang: string): V | undefined {
  const [primary, script] = parts(pageLang);
  const local = voices.filter((voice) => voice.localService && parts(voice.lang)[0] === primary);
  // A Serbian voice marked for the page's script reads it best; any Serbian voice reads both.
  return local.find((voice) => script && parts(voice.lang).includes(script)) ?? local.find((voice) => voice.default) ?? local[0];
}

/** What a screen reader would say: without print-only addresses and decorative marks. */
function spokenText(block: Element): string {
  const copy = block.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.print-only, [aria-hidden="true"]')) hidden.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A page's text, one section per h2, each section a list of short pieces (long utterances get cut off). */
export function sectionsOf(root: Element): string[][] {
  const sections: string[][] = [[]];
  const blocks = root.querySelectorAll('h1, h2, h3, p, li, dt, dd');
  for (const block of blocks) {
    if (block.closest('[data-listen-skip], nav, button, .print-only, .page-sources')) continue;
    // Read a list item's own paragraphs, not the item and then its paragraphs again.
    if (block.querySelector('p, li')) continue;
    const text = spokenText(block);
    if (!text) continue;
    if (block.tagName === 'H2' && (sections.at(-1)?.length ?? 0) > 0) sections.push([]);
    sections.at(-1)?.push(text);
  }
  return sections.filter((section) => section.length > 0);
}
