/**
 * Build-time only: turns an editor's Markdown page into the content tree in schema.ts.
 * It accepts a small, safe subset (headings 2–3, paragraphs, lists, bold, italic, links,
 * notices) and reports everything else as a problem instead of passing it through.
 */
import { decodeHTMLStrict } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { Block, Inline, LinkTarget, NoticeKind } from '../../content/schema';
import { splitLangMarkers, UNCLOSED_LANG_MARKER } from '../../i18n/lang-markers';
import { stripLatinMarkers } from '../../i18n/transliterate';
import { isPageId } from '../../site/paths';
import { emailPattern, httpsUrlPattern, isAllowedPhone, slugPattern } from '../../site/patterns';
import type { Problem } from './problems';
import { looksLikePlainPhone, unsafeReason } from './rules';

export interface ParsedPage {
  frontmatter: Record<string, unknown>;
  body: Block[];
}

const noticeKinds: readonly NoticeKind[] = ['verify', 'important', 'tip'];

export function splitFrontmatter(source: string): { yaml: string; markdown: string } | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  return match ? { yaml: match[1] ?? '', markdown: match[2] ?? '' } : null;
}

export function parseMarkdownPage(source: string, file: string): { page: ParsedPage; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (key: string, message: string) => problems.push({ file, key, message });
  const parts = splitFrontmatter(source);
  if (!parts) {
    report('frontmatter', 'the file must start with a "---" block holding title and description');
    return { page: { frontmatter: {}, body: [] }, problems };
  }
  let frontmatter: Record<string, unknown> = {};
  try {
    const parsed: unknown = parseYaml(parts.yaml);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) frontmatter = parsed as Record<string, unknown>;
    else report('frontmatter', 'the "---" block must hold "key: value" lines');
  } catch (error) {
    report('frontmatter', `not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const lines = new Lines(source, source.length - parts.markdown.length);
  const body = blocks(new Lexer({ gfm: true }).lex(parts.markdown), {
    lines,
    report: (token, message) => report(`line ${lines.of(token)}`, message),
  });
  return { page: { frontmatter, body }, problems };
}

/**
 * Where each token starts. marked gives no positions, so tokens are found in the source in
 * reading order, each search starting where the last one stopped: a mistake repeated further
 * down gets its own line. A token is found by its first line, which is also how it appears
 * inside a notice ("> " prefixes) or a list.
 */
class Lines {
  private cursor: number;
  private readonly found = new WeakMap<Token, { at: number; first: string }>();

  constructor(
    private readonly source: string,
    start: number,
  ) {
    this.cursor = start;
  }

  enter(token: Token): void {
    const first = token.raw
      .split('\n')
      .find((line) => line.trim())
      ?.trim();
    const at = first ? this.source.indexOf(first, this.cursor) : -1;
    if (!first || at < 0) return;
    this.found.set(token, { at, first });
    this.cursor = at;
  }

  /** Moves past the token: all of it where the source holds it as it is, else past its first line. */
  leave(token: Token): void {
    const found = this.found.get(token);
    if (!found) return;
    const start = found.at - token.raw.indexOf(found.first);
    const whole = start >= 0 && this.source.startsWith(token.raw, start);
    this.cursor = Math.max(this.cursor, whole ? start + token.raw.length : found.at + found.first.length);
  }

  of(token: Token): string {
    const at = this.found.get(token)?.at ?? this.source.indexOf(token.raw);
    return at < 0 ? '?' : String(this.source.slice(0, at).split('\n').length);
  }
}

interface Walk {
  lines: Lines;
  report: (token: Token, message: string) => void;
}

/** Each token is entered and left in reading order, so its line can be found (see Lines). */
function each<T>(tokens: Token[], walk: Walk, visit: (token: Token) => T): T[] {
  return tokens.map((token) => {
    walk.lines.enter(token);
    const result = visit(token);
    walk.lines.leave(token);
    return result;
  });
}

function blocks(tokens: Token[], walk: Walk): Block[] {
  return each(tokens, walk, (token) => block(token, walk)).flat();
}

function block(token: Token, walk: Walk): Block[] {
  const { report } = walk;
  switch (token.type) {
    case 'space':
      return [];
    case 'heading': {
      const t = token as Tokens.Heading;
      if (t.depth !== 2 && t.depth !== 3) {
        report(token, `heading level ${t.depth} is not allowed: use ## or ### (the page title comes from the frontmatter)`);
        return [];
      }
      const children = inlines(t.tokens, walk);
      return [{ type: 'heading', level: t.depth, id: slugify(stripLatinMarkers(plainText(children))), children }];
    }
    case 'paragraph':
    case 'text': {
      const children = inlines(token.tokens ?? [{ type: 'text', raw: token.raw, text: token.raw }], walk);
      const only = children.length === 1 ? children[0] : undefined;
      if (only?.type === 'link' && only.target.kind === 'entry' && only.children.length === 0)
        return [{ type: 'entry', entry: only.target.entry }];
      return [{ type: 'paragraph', children }];
    }
    case 'list': {
      const t = token as Tokens.List;
      return [{ type: 'list', ordered: t.ordered, items: each(t.items, walk, (item) => blocks((item as Tokens.ListItem).tokens, walk)) }];
    }
    case 'blockquote':
      return notice(token as Tokens.Blockquote, walk);
    case 'html':
      report(token, 'raw HTML is not allowed in content');
      return [];
    default:
      report(token, `"${token.type}" is not allowed in content: use headings, paragraphs, lists, links and notices`);
      return [];
  }
}

function notice(token: Tokens.Blockquote, walk: Walk): Block[] {
  const match = /^\s*\[!(\w+)\][ \t]*\n?/.exec(token.text);
  const kind = match?.[1]?.toLowerCase() as NoticeKind | undefined;
  if (!match || !kind || !noticeKinds.includes(kind)) {
    walk.report(token, `a quote block must start with one of ${noticeKinds.map((k) => `[!${k}]`).join(', ')}`);
    return [];
  }
  const inner = new Lexer({ gfm: true }).lex(token.text.slice(match[0].length));
  return [{ type: 'notice', kind, children: blocks(inner, walk) }];
}

function inlines(tokens: Token[], walk: Walk, inLink = false): Inline[] {
  return each(tokens, walk, (token) => inline(token, walk, inLink)).flat();
}

function inline(token: Token, walk: Walk, inLink: boolean): Inline[] {
  const { report } = walk;
  switch (token.type) {
    case 'text':
    case 'escape': {
      const nested = 'tokens' in token ? (token.tokens as Token[] | undefined) : undefined;
      if (nested?.length) return inlines(nested, walk, inLink);
      // An escape's text is the character itself. A text token's own text is decoded by marked
      // only in part (numeric references, and then only sometimes), so its source is decoded here.
      const text = token.type === 'escape' ? (token as Tokens.Escape).text : decodeHTMLStrict(token.raw);
      const unsafe = unsafeReason(text);
      if (unsafe) report(token, `text ${unsafe}`);
      if (/\{\{latin:(?![^{}]*\}\})/.test(text))
        report(token, 'a {{latin:…}} marker is not closed with }} (it must not cross bold, italics or a link)');
      if (!inLink && looksLikePlainPhone(text))
        report(
          token,
          `"${text.trim()}" looks like a phone number: write it as a link in international form, e.g. [011 123 4567](tel:+381111234567)`,
        );
      if (UNCLOSED_LANG_MARKER.test(text))
        report(token, 'a {{sr:…}} (or {{en:…}}) marker is not closed with }} (it must not cross bold, italics or a link)');
      return splitLangMarkers(text).map(
        (part): Inline =>
          part.lang ? { type: 'lang', lang: part.lang, children: [{ type: 'text', text: part.text }] } : { type: 'text', text: part.text },
      );
    }
    case 'strong':
    case 'em':
      return [{ type: token.type, children: inlines(token.tokens ?? [], walk, inLink) }];
    case 'br':
      return [{ type: 'break' }];
    case 'link': {
      const t = token as Tokens.Link;
      const target = linkTarget(t.href, (message) => report(token, message));
      const children = inlines(t.tokens, walk, true);
      return target ? [{ type: 'link', target, children }] : [];
    }
    case 'html':
      report(token, 'raw HTML is not allowed in content');
      return [];
    default:
      report(token, `"${token.type}" is not allowed in content`);
      return [];
  }
}

/** The text a reader sees in some inline content (a heading's id is made from it). */
function plainText(nodes: Inline[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.text : 'children' in node ? plainText(node.children) : ' ')).join('');
}

/** Resolves a Markdown link destination; reports and returns null for anything unsafe or unknown. */
export function linkTarget(href: string, report: (message: string) => void): LinkTarget | null {
  const value = href.trim();
  const unsafe = unsafeReason(value);
  if (unsafe || /^(?:javascript|vbscript|data):/i.test(value)) {
    report(`link "${value}" ${unsafe ?? 'uses a forbidden scheme'}`);
    return null;
  }
  if (value.startsWith('page:')) {
    const [page = '', hash] = value.slice('page:'.length).split('#');
    if (!isPageId(page)) {
      report(`link "${value}" points to a page that does not exist`);
      return null;
    }
    return hash ? { kind: 'page', page, hash } : { kind: 'page', page };
  }
  if (value.startsWith('entry:')) {
    const entry = value.slice('entry:'.length);
    if (!slugPattern.test(entry)) {
      report(`link "${value}" is not a directory entry id`);
      return null;
    }
    return { kind: 'entry', entry };
  }
  if (value.startsWith('tel:')) {
    const number = value.slice('tel:'.length);
    if (!isAllowedPhone(number)) {
      report(`phone link "${value}" is not in international form (+381…, digits only)`);
      return null;
    }
    return { kind: 'tel', number };
  }
  if (value.startsWith('mailto:')) {
    const address = value.slice('mailto:'.length);
    if (!emailPattern.test(address)) {
      report(`e-mail link "${value}" is not a valid address`);
      return null;
    }
    return { kind: 'mailto', address };
  }
  if (httpsUrlPattern.test(value)) return { kind: 'external', url: value };
  report(`link "${value}" is not allowed: use page:<id>, entry:<id>, tel:+381…, mailto:… or https://…`);
  return null;
}

export function slugify(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'section'
  );
}
