/**
 * remark-actor-links: an author's hand-written glossary links. `[text](actor:slug)` becomes a link
 * to the actor's entry (with the class link previews look for), and `[text](actor:none)` becomes
 * its bare text, which remark-glossary-links then never links. Runs before remark-glossary-links,
 * so a hand-written link counts as the actor's first mention. `checkContent` has checked every
 * slug. Idempotent: a link already made is no longer an `actor:` URL.
 */
import type { Root } from 'mdast';
// Declares `hName` / `hProperties` on mdast data.
import type {} from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';

declare module 'mdast' {
  interface Data {
    /** Set on the text of an `actor:none` link: it is never linked automatically. */
    glossarySkip?: boolean;
  }
}

/** Options of the plugin. */
export interface ActorLinkOptions {
  /** The URL of an actor's page. */
  href: (actor: string) => string;
  /** A class for an actor link. Default: none (the stylesheet and the previews know it by its `data-actor`). */
  previewClass?: string;
}

/** The plugin. */
export default function remarkActorLinks(options: ActorLinkOptions) {
  const { previewClass } = options;
  return (tree: Root): void => {
    visit(tree, 'link', (node, index, parent) => {
      if (!node.url.startsWith('actor:') || parent === undefined || index === undefined) return;
      const slug = node.url.slice('actor:'.length);
      if (slug === 'none') {
        for (const child of node.children) child.data = { ...child.data, glossarySkip: true };
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index + node.children.length];
      }
      node.url = options.href(slug);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...(previewClass ? { className: [previewClass] } : {}), dataActor: slug } };
      return SKIP;
    });
  };
}
