import { useTranslation } from 'react-i18next';
import type { Inline, LinkTarget } from '../../content/schema';
import { fragmentLang } from '../../i18n/lang-markers';
import type { LangCode } from '../../i18n/languages';
import { paths } from '../../site/paths';
import { absoluteUrl } from '../../site/site-url';

export function hrefFor(target: LinkTarget, lang: LangCode): string {
  switch (target.kind) {
    case 'page':
      return paths.page(lang, target.page) + (target.hash ? `#${target.hash}` : '');
    case 'tel':
      return `tel:${target.number}`;
    case 'mailto':
      return `mailto:${target.address}`;
    case 'external':
      return target.url;
    case 'entry':
      return paths.entry(lang, target.entry);
  }
}

export function InlineContent({ nodes, lang }: { nodes: Inline[]; lang: LangCode }) {
  return (
    <>
      {nodes.map((node, i) => (
        <InlineNode key={i} node={node} lang={lang} />
      ))}
    </>
  );
}

function InlineNode({ node, lang }: { node: Inline; lang: LangCode }) {
  const { t } = useTranslation();
  switch (node.type) {
    case 'text':
      return <>{node.text}</>;
    case 'break':
      return <br />;
    case 'lang': {
      const fragment = fragmentLang(node.lang, lang);
      const inner = <InlineContent nodes={node.children} lang={lang} />;
      return fragment ? <span lang={fragment}>{inner}</span> : inner;
    }
    case 'strong':
      return (
        <strong>
          <InlineContent nodes={node.children} lang={lang} />
        </strong>
      );
    case 'em':
      return (
        <em>
          <InlineContent nodes={node.children} lang={lang} />
        </em>
      );
    case 'link': {
      const href = hrefFor(node.target, lang);
      if (node.target.kind === 'external')
        return (
          <a href={href} target="_blank" rel="noopener noreferrer" className="link-external">
            <InlineContent nodes={node.children} lang={lang} />
            <span className="visually-hidden"> {t('content.externalLink')}</span>
          </a>
        );
      const internal = node.target.kind === 'page' || node.target.kind === 'entry';
      return (
        <a href={href} className={`link-${node.target.kind}`} data-print-url={internal ? absoluteUrl(href) : undefined}>
          <InlineContent nodes={node.children} lang={lang} />
        </a>
      );
    }
  }
}
