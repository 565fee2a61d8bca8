/**
 * Build-time only: turns an editor's Markdown page into the content tree in schema.ts.
 * It accepts a small, safe subset (headings 2–3, paragraphs, lists, bold, italic, links,
 * notices) and reports everything else as a problem instead of passing it through.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { isPageId } from '../app/paths';
import { splitLangMarkers, stripLangMarkers, UNCLOSED_LANG_MARKER } from '../i18n/lang-markers';
import { stripLatinMarkers } from '../i18n/transliterate';
import type { Problem } from './problems';
import { isAllowedPhone, looksLikePlainPhone, unsafeReason } from './rules';
import type { Block, Inline, LinkTarget, NoticeKind } from './schema';

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
  const lineOf = (raw: string) => {
    const index = parts.markdown.indexOf(raw);
    const before = source.length - parts.markdown.length;
    return index < 0 ? '?' : String(source.slice(0, before + index).split('\n').length);
  };
  const body = blocks(new Lexer({ gfm: true }).lex(parts.markdown), (token, message) => report(`line ${lineOf(token.raw)}`, message));
  return { page: { frontmatter, body }, problems };
}

type Reporter = (token: Token, message: string) => void;

function blocks(tokens: Token[], report: Reporter): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'space':
        break;
      case 'heading': {
        const t = token as Tokens.Heading;
        if (t.depth !== 2 && t.depth !== 3) {
          report(token, `heading level ${t.depth} is not allowed: use ## or ### (the page title comes from the frontmatter)`);
          break;
        }
        out.push({
          type: 'heading',
          level: t.depth,
          id: slugify(stripLangMarkers(stripLatinMarkers(t.text))),
          children: inlines(t.tokens, report),
        });
        break;
      }
      case 'paragraph':
      case 'text': {
        const children = inlines(token.tokens ?? [{ type: 'text', raw: token.raw, text: token.raw }], report);
        const only = children.length === 1 ? children[0] : undefined;
        if (only?.type === 'link' && only.target.kind === 'entry' && only.children.length === 0)
          out.push({ type: 'entry', entry: only.target.entry });
        else out.push({ type: 'paragraph', children });
        break;
      }
      case 'list': {
        const t = token as Tokens.List;
        out.push({ type: 'list', ordered: t.ordered, items: t.items.map((item) => blocks(item.tokens, report)) });
        break;
      }
      case 'blockquote':
        out.push(...notice(token as Tokens.Blockquote, report));
        break;
      case 'html':
        report(token, 'raw HTML is not allowed in content');
        break;
      default:
        report(token, `"${token.type}" is not allowed in content: use headings, paragraphs, lists, links and notices`);
    }
  }
  return out;
}

function notice(token: Tokens.Blockquote, report: Reporter): Block[] {
  const match = /^\s*\[!(\w+)\][ \t]*\n?/.exec(token.text);
  const kind = match?.[1]?.toLowerCase() as NoticeKind | undefined;
  if (!match || !kind || !noticeKinds.includes(kind)) {
    report(token, `a quote block must start with one of ${noticeKinds.map((k) => `[!${k}]`).join(', ')}`);
    return [];
  }
  const inner = new Lexer({ gfm: true }).lex(token.text.slice(match[0].length));
  return [{ type: 'notice', kind, children: blocks(inner, report) }];
}

function inlines(tokens: Token[], report: Reporter, inLink = false): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const nested = 'tokens' in token ? (token.tokens as Token[] | undefined) : undefined;
        if (nested?.length) {
          out.push(...inlines(nested, report, inLink));
          break;
        }
        const text = decodeEntities((token as Tokens.Text).text);
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
        for (const part of splitLangMarkers(text))
          out.push(
            part.lang
              ? { type: 'lang', lang: part.lang, children: [{ type: 'text', text: part.text }] }
              : { type: 'text', text: part.text },
          );
        break;
      }
      case 'strong':
      case 'em':
        out.push({ type: token.type, children: inlines(token.tokens ?? [], report, inLink) });
        break;
      case 'br':
        out.push({ type: 'break' });
        break;
      case 'link': {
        const t = token as Tokens.Link;
        const target = linkTarget(t.href, (message) => report(token, message));
        const children = inlines(t.tokens, report, true);
        if (target) out.push({ type: 'link', target, children });
        break;
      }
      case 'html':
        report(token, 'raw HTML is not allowed in content');
        break;
      default:
        report(token, `"${token.type}" is not allowed in content`);
    }
  }
  return out;
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
    if (!/^[a-z0-9-]+$/.test(entry)) {
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
    if (!/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(address)) {
      report(`e-mail link "${value}" is not a valid address`);
      return null;
    }
    return { kind: 'mailto', address };
  }
  if (/^https:\/\/[^\s/]+\.[^\s]+$/i.test(value)) return { kind: 'external', url: value };
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

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
