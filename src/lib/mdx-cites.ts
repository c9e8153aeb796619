/**
 * Reading `<Cite a="article-slug" p="7" q="quote" by="who" />` elements out of an MDX tree. Used by
 * the citations plugin (to render notes) and by the content checker (to check quotes without a
 * build). Attribute values are plain strings, so no expression in a citation ever runs.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { CitationRef } from './citations.ts';

/** A citation element as written, with where it is. */
export interface CiteElement extends CitationRef {
  /** Who makes the claim, if not the reporter. */
  by?: string;
  /** 1-based line in the MDX body. */
  line: number;
  /** The element itself, so the plugin can replace it. */
  node: MdxJsxTextElement | MdxJsxFlowElement;
}

/** The name of the citation element. */
export const CITE = 'Cite';

/** True for a `<Cite … />` element. */
export function isCiteNode(node: { type: string; name?: string | null }): node is MdxJsxTextElement | MdxJsxFlowElement {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === CITE;
}

/** Reads a string attribute; an expression attribute (`p={7}`) is refused, so nothing is evaluated. */
function attr(node: MdxJsxTextElement | MdxJsxFlowElement, name: string): string | undefined | Error {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  if (typeof found.value === 'string') return found.value;
  return new Error(`attribute ${name} must be a plain string in quotes, e.g. ${name}="…", not an expression`);
}

/**
 * Collects every `<Cite>` in document order.
 *
 * @returns The citations, and a message for each malformed one (missing or bad attributes).
 */
export function collectCites(tree: Root): { cites: CiteElement[]; problems: string[] } {
  const cites: CiteElement[] = [];
  const problems: string[] = [];
  const walk = (node: { type: string; name?: string | null; children?: unknown[]; position?: { start: { line: number } } }): void => {
    if (isCiteNode(node)) {
      const line = node.position?.start.line ?? 0;
      const values = ['a', 'p', 'q', 'by'].map((n) => attr(node, n));
      const bad = values.find((v): v is Error => v instanceof Error);
      const [a, p, q, by] = values.map((v) => (typeof v === 'string' ? v : undefined));
      if (bad) problems.push(`line ${line}: <Cite>: ${bad.message}`);
      else if (!a || !p || !q) problems.push(`line ${line}: <Cite> needs a="article-slug", p="paragraph number" and q="verbatim quote"`);
      else if (!/^\d+$/.test(p)) problems.push(`line ${line}: <Cite p="${p}">: p must be a paragraph number such as "7"`);
      else {
        const cite: CiteElement = { article: a, paragraph: Number(p), quote: q, line, node };
        if (by) cite.by = by;
        cites.push(cite);
      }
      return;
    }
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree as never);
  return { cites, problems };
}
