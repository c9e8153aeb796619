/**
 * remark-glossary-links: links the first mention of each actor on a page to the actor's glossary
 * page, so a reader can look up any group, state or person the text names.
 *
 * Mentions are found by the glossary matcher (`src/lib/glossary/matcher.ts`), built once per build
 * by the content model and passed in. Only running text is linked: never headings, links, code,
 * images, MDX expressions or attributes, `<Cite>` elements, nor an actor on its own page. A link an
 * author wrote by hand (remark-actor-links, which runs first) counts as the first mention; text an
 * author marked `actor:none` is skipped. Ambiguous aliases are never linked (the build reports
 * them once, from the content model). Idempotent: a link that already carries `dataActor` counts
 * as a mention.
 */
// Declares `hName` / `hProperties` on mdast data, and the MDX node types.
import type {} from 'mdast-util-to-hast';
import type {} from 'mdast-util-mdx';
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Matcher } from '../lib/glossary/matcher.ts';

/** Options of the plugin. */
export interface GlossaryLinkOptions {
  /** The glossary matcher, built once per build. */
  matcher: Matcher;
  /** The URL of an actor's page, e.g. `(a) => \`/base/actors/${a}/\``. */
  href: (actor: string) => string;
  /**
   * A class for an actor link. Default: none, as there is one link per actor on a page: the
   * stylesheet and the previews know an actor link by its `data-actor`.
   */
  previewClass?: string;
  /** The actor whose own page a file is, if any: it is never linked on its own page. */
  ownActor?: (file: VFile) => string | undefined;
}

/** Nodes whose text is never linked. Images are leaves: their alt text is never visited. */
const NEVER = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'image', 'imageReference', 'definition', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** True for a node whose text must stay as it is. */
function isSkipped(node: Nodes): boolean {
  if (NEVER.has(node.type) || node.data?.glossarySkip === true) return true;
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Cite';
}

/** The actor of an actor link, if the node is one. */
const actorOf = (node: Nodes): string | undefined => {
  const actor = node.type === 'link' ? node.data?.hProperties?.['dataActor'] : undefined;
  return typeof actor === 'string' ? actor : undefined;
};

/** The plugin. */
export default function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  const { href } = options;
  const { previewClass } = options;

  return (tree: Root, file: VFile): void => {
    // Read per page, so that the dev server's model, read again after a change, is used.
    const matcher = options.matcher;
    // Actors already linked (by hand, or by an earlier run) are not linked again.
    const linked = new Set<string>();
    visit(tree, 'link', (node) => {
      const actor = actorOf(node);
      if (actor !== undefined) linked.add(actor);
      return SKIP;
    });
    const own = options.ownActor?.(file);

    /** Splits a text node at the first mentions of actors not yet linked; undefined if none. */
    const linkText = (node: Text): PhrasingContent[] | undefined => {
      const parts: PhrasingContent[] = [];
      let from = 0;
      for (const match of matcher.find(node.value)) {
        const text = node.value.slice(match.start, match.end);
        if (match.ambiguous || match.actor === own || linked.has(match.actor)) continue;
        linked.add(match.actor);
        if (match.start > from) parts.push({ type: 'text', value: node.value.slice(from, match.start) });
        const data = { hProperties: { ...(previewClass ? { className: [previewClass] } : {}), dataActor: match.actor } };
        parts.push({ type: 'link', url: href(match.actor), children: [{ type: 'text', value: text }], data });
        from = match.end;
      }
      if (parts.length === 0) return undefined;
      if (from < node.value.length) parts.push({ type: 'text', value: node.value.slice(from) });
      return parts;
    };

    /** Walks the tree in document order, linking text outside the skipped nodes. */
    const walk = (parent: Parent): void => {
      for (let i = 0; i < parent.children.length; i++) {
        const child = parent.children[i] as RootContent;
        if (isSkipped(child)) continue;
        if (child.type === 'text') {
          const parts = linkText(child);
          if (parts === undefined) continue;
          parent.children.splice(i, 1, ...(parts as RootContent[]));
          i += parts.length - 1;
        } else if ('children' in child) walk(child);
      }
    };
    walk(tree);
  };
}
