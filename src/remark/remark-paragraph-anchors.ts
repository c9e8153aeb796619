/**
 * remark-paragraph-anchors: gives every citable paragraph a stable id (`p1`, `p2`…) and a ¶ link to
 * itself, so explainers can cite a paragraph and readers can share one. The numbering comes from
 * `collectParagraphs` in `src/lib/paragraphs.ts`, the same function the citation checker uses.
 *
 * Idempotent: a node that already has an id keeps it and gets no second link (the way rehype-slug
 * never overwrites an id).
 */
// Declares `hName` / `hProperties` on mdast data.
import type {} from 'mdast-util-to-hast';
import type { Link, Root } from 'mdast';
import { collectParagraphs, paragraphId } from '../lib/paragraphs.ts';

/** The class of the ¶ link, for styling and for Pagefind to ignore. */
export const PILCROW_CLASS = 'pilcrow';

/** The plugin. */
export default function remarkParagraphAnchors() {
  return (tree: Root): void => {
    for (const { n, node } of collectParagraphs(tree)) {
      const data = (node.data ??= {});
      const props = (data.hProperties ??= {}) as Record<string, unknown>;
      if (props['id']) continue;
      const id = paragraphId(n);
      props['id'] = id;
      if (node.type === 'table') continue;
      const link: Link = {
        type: 'link',
        url: `#${id}`,
        children: [{ type: 'text', value: '¶' }],
        data: {
          hProperties: {
            className: [PILCROW_CLASS],
            ariaLabel: `Link to paragraph ${n}`,
          },
        },
      };
      // A list item's text lives in its first paragraph; the link goes at its end.
      const holder = node.type === 'listItem' ? node.children.find((c) => c.type === 'paragraph') : node;
      if (holder && holder.type === 'paragraph') holder.children.push({ type: 'text', value: ' ' }, link);
    }
  };
}
