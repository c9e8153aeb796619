/**
 * remark-glossary-links: links the first mention of each actor on a page to the actor's glossary
 * page, so a reader can look up any group, state or person the text names.
 *
 * Mentions are found by the glossary matcher (`src/lib/glossary/matcher.ts`), built once per build
 * and passed in. Only running text is linked: never headings, links, code, images, MDX expressions
 * or attributes, `<Cite>` elements, nor an actor on its own page. An author can link by hand with
 * `[text](actor:slug)` (that counts as the first mention), or keep text unlinked with
 * `[text](actor:none)`. Ambiguous aliases are never linked; where they were met is recorded so the
 * build can report it. Idempotent: a link that already carries `dataActor` counts as a mention.
 */
// Declares `hName` / `hProperties` on mdast data, and the MDX node types.
import type {} from 'mdast-util-to-hast';
import type {} from 'mdast-util-mdx';
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Matcher } from '../lib/glossary/matcher.ts';

/** Where an ambiguous alias was met: it is never linked, and the build reports it. */
export interface AmbiguousMention {
  /** The alias as written in the text. */
  text: string;
  /** The actor the glossary lists it under (the first, if several). */
  actor: string;
  /** The line in the source file, or 0 if the tree has no positions. */
  line: number;
}

declare module 'vfile' {
  interface DataMap {
    /** The actors linked on the page, as slugs in document order: the page builds previews for these. */
    glossaryLinked: string[];
    /** Where ambiguous aliases were met on the page. */
    glossaryAmbiguous: AmbiguousMention[];
  }
}

declare module 'mdast' {
  interface Data {
    /** Set on the text of an `actor:none` link: it is never linked automatically. */
    glossarySkip?: boolean;
  }
}

/** Options of the plugin. */
export interface GlossaryLinkOptions {
  /** The glossary matcher, built once per build. */
  matcher: Matcher;
  /** The URL of an actor's page, e.g. `(a) => \`/base/actors/${a}/\``. */
  href: (actor: string) => string;
  /** The class of an actor link, for styling and previews. Default `actor-link`. */
  previewClass?: string;
  /** Where to say that an ambiguous alias was met (the build prints it). Default: say nothing. */
  report?: (message: string) => void;
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

/** The slug of the actor whose own page this is, if it is an actor page (`content/actors/<slug>.mdx`). */
function pageActor(file: VFile): string | undefined {
  const path = (file.history[0] ?? '').replaceAll('\\', '/');
  return /(?:^|\/)content\/actors\/([^/]+)\.mdx?$/.exec(path)?.[1];
}

/** The plugin. */
export default function remarkGlossaryLinks(options: GlossaryLinkOptions) {
  const { matcher, href } = options;
  const previewClass = options.previewClass ?? 'actor-link';

  return (tree: Root, file: VFile): void => {
    // Explicit links first: `actor:slug` becomes an actor link, `actor:none` its bare text. Actors
    // already linked (by hand, or by an earlier run) are not linked again.
    const linked = new Set<string>();
    visit(tree, 'link', (node, index, parent) => {
      if (node.url.startsWith('actor:') && parent !== undefined && index !== undefined) {
        const slug = node.url.slice('actor:'.length);
        if (slug === 'none') {
          for (const child of node.children) child.data = { ...child.data, glossarySkip: true };
          parent.children.splice(index, 1, ...node.children);
          return [SKIP, index + node.children.length];
        }
        if (!matcher.actors.has(slug)) {
          file.fail(
            `Unknown actor ${JSON.stringify(slug)} in the link [${toString(node)}](actor:${slug}). ` +
              'Use the file name of an actor in content/actors/ without .mdx (e.g. actor:kataib-hezbollah), or actor:none to keep the text unlinked.',
            node,
          );
        }
        node.url = href(slug);
        node.data = { ...node.data, hProperties: { ...node.data?.hProperties, className: [previewClass], dataActor: slug } };
      }
      const actor = actorOf(node);
      if (actor !== undefined) linked.add(actor);
      return SKIP;
    });
    const own = pageActor(file);
    const ambiguous: AmbiguousMention[] = [];

    /** Splits a text node at the first mentions of actors not yet linked; undefined if none. */
    const linkText = (node: Text): PhrasingContent[] | undefined => {
      const parts: PhrasingContent[] = [];
      let from = 0;
      for (const match of matcher.find(node.value)) {
        const text = node.value.slice(match.start, match.end);
        if (match.ambiguous) {
          const line = (node.position?.start.line ?? 0) + (node.value.slice(0, match.start).match(/\n/g)?.length ?? 0);
          ambiguous.push({ text, actor: match.actor, line });
          file.info(
            `${JSON.stringify(text)} is an ambiguous alias (it may name more than one actor), so it is not linked. ` +
              `If it names one actor here, link it by hand: [${text}](actor:<slug>).`,
            node,
          );
          continue;
        }
        if (match.actor === own || linked.has(match.actor)) continue;
        linked.add(match.actor);
        if (match.start > from) parts.push({ type: 'text', value: node.value.slice(from, match.start) });
        const data = { hProperties: { className: [previewClass], dataActor: match.actor } };
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

    // Every actor link on the page, in document order, whoever made it.
    const order: string[] = [];
    visit(tree, 'link', (node) => {
      const actor = actorOf(node);
      if (actor !== undefined && !order.includes(actor)) order.push(actor);
    });
    file.data.glossaryLinked = order;
    file.data.glossaryAmbiguous = ambiguous;
    for (const a of ambiguous) {
      options.report?.(`${file.path ?? 'a page'}:${a.line}: "${a.text}" is an ambiguous alias (listed under ${a.actor}), so it is not linked; link it by hand with [${a.text}](actor:<slug>) if it names one actor here`);
    }
  };
}
