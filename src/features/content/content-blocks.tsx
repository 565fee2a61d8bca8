import { useTranslation } from 'react-i18next';
import { EntryCard } from '../../components/entry-card';
import type { Block, DirectoryEntry } from '../../content/schema';
import type { LangCode } from '../../i18n/languages';
import { InlineContent } from './inline-content';

interface BlocksProps {
  blocks: Block[];
  lang: LangCode;
  /** The directory entries the page cites, for entry cards. */
  entries: DirectoryEntry[];
}

export function ContentBlocks({ blocks, lang, entries }: BlocksProps) {
  return (
    <>
      {blocks.map((block, i) => (
        <ContentBlock key={i} block={block} lang={lang} entries={entries} />
      ))}
    </>
  );
}

/** A list whose every item is one phone link is shown as large call buttons. */
function isCallList(items: Block[][]): boolean {
  return items.every((item) => {
    const only = item.length === 1 ? item[0] : undefined;
    if (only?.type !== 'paragraph' || only.children.length !== 1) return false;
    const link = only.children[0];
    return link?.type === 'link' && link.target.kind === 'tel';
  });
}

function ContentBlock({ block, lang, entries }: { block: Block; lang: LangCode; entries: DirectoryEntry[] }) {
  const { t } = useTranslation();
  switch (block.type) {
    case 'heading': {
      const Heading = block.level === 2 ? 'h2' : 'h3';
      return (
        <Heading id={block.id}>
          <InlineContent nodes={block.children} lang={lang} />
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <p>
          <InlineContent nodes={block.children} lang={lang} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List className={isCallList(block.items) ? 'call-list' : undefined}>
          {block.items.map((item, i) => (
            <li key={i}>
              {item.length === 1 && item[0]?.type === 'paragraph' ? (
                <InlineContent nodes={item[0].children} lang={lang} />
              ) : (
                <ContentBlocks blocks={item} lang={lang} entries={entries} />
              )}
            </li>
          ))}
        </List>
      );
    }
    case 'notice':
      return (
        <aside className={`notice notice-${block.kind}`} aria-label={t(`notice.${block.kind}`)}>
          <p className="notice-label">{t(`notice.${block.kind}`)}</p>
          <ContentBlocks blocks={block.children} lang={lang} entries={entries} />
        </aside>
      );
    case 'entry': {
      const entry = entries.find((e) => e.id === block.entry);
      return entry ? <EntryCard entry={entry} lang={lang} /> : null;
    }
  }
}
