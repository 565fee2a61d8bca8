/** The one walk over a content tree: what reads a page body (the loader, the checks, the tests) goes through here. */
import type { Block, Inline } from './schema';

/** Every block and inline node of a body, depth first in reading order. */
export function* nodesOf(blocks: readonly Block[]): Generator<Block | Inline> {
  for (const block of blocks) {
    yield block;
    if (block.type === 'heading' || block.type === 'paragraph') yield* inlineNodes(block.children);
    else if (block.type === 'list') for (const item of block.items) yield* nodesOf(item);
    else if (block.type === 'notice') yield* nodesOf(block.children);
  }
}

function* inlineNodes(nodes: readonly Inline[]): Generator<Inline> {
  for (const node of nodes) {
    yield node;
    if ('children' in node) yield* inlineNodes(node.children);
  }
}

/** The same body with every text node changed by `change` (transliteration): structure, targets and foreign fragments stay. */
export function mapTexts(blocks: readonly Block[], change: (text: string) => string): Block[] {
  const inlines = (nodes: readonly Inline[]): Inline[] =>
    nodes.map((node) => {
      if (node.type === 'text') return { ...node, text: change(node.text) };
      // Only Serbian fragments follow the page into Cyrillic; English and other fragments stay as written.
      if (node.type === 'lang' && node.lang !== 'sr') return node;
      if ('children' in node) return { ...node, children: inlines(node.children) };
      return node;
    });
  return blocks.map((block): Block => {
    if (block.type === 'heading' || block.type === 'paragraph') return { ...block, children: inlines(block.children) };
    if (block.type === 'list') return { ...block, items: block.items.map((item) => mapTexts(item, change)) };
    if (block.type === 'notice') return { ...block, children: mapTexts(block.children, change) };
    return block;
  });
}
