/**
 * Reading `<Cite>` elements out of an MDX tree: `<Cite a="article-slug" p="7" q="verbatim quote"
 * by="who" />` cites a paragraph of a source article, `<Cite s="source-slug" f="fact-key" />` a fact
 * of an outside source. Used by the content model (to check every citation) and by the citations
 * plugin (to render them): one reader, so both see the same citations. Attribute values must be
 * plain strings, so no expression in a citation ever runs.
 *
 * Each citation also records its claim: the text it stands after, back to the previous citation
 * or the start of its paragraph, so that the checker can tell what a citation is asked to support.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Citation } from '../schemas/citation.ts';

/** A citation element as written, with where it is and what it supports. */
export interface CiteElement {
  /** What it cites: an article paragraph with a quote, or an outside source's fact. */
  ref: Citation;
  /** 1-based line in the MDX body. */
  line: number;
  /** The text the citation stands after, back to the previous citation or the paragraph's start. */
  claim: string;
  /** Set when the citation is inside a `<Side>` of a `<Disagree>` block: that side's claim. */
  side?: string;
  /** The element itself, so the plugin can replace it. */
  node: MdxJsxTextElement | MdxJsxFlowElement;
}

/** A malformed citation: where it is and what is wrong. */
export interface CiteProblem {
  line: number;
  message: string;
  fix: string;
}

/** The name of the citation element. */
export const CITE = 'Cite';

type JsxNode = MdxJsxTextElement | MdxJsxFlowElement;
type AnyNode = { type: string; name?: string | null; children?: AnyNode[]; position?: { start: { line: number } }; value?: string };

/** True for an MDX JSX element with the given name. */
export function isJsx(node: { type: string; name?: string | null }, name: string): node is JsxNode {
  return (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === name;
}

/** True for a `<Cite … />` element. */
export function isCiteNode(node: { type: string; name?: string | null }): node is JsxNode {
  return isJsx(node, CITE);
}

/** Reads a string attribute; an expression attribute (`p={7}`) is an Error, so nothing is evaluated. */
export function stringAttr(node: JsxNode, name: string): string | undefined | Error {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found || found.type !== 'mdxJsxAttribute') return undefined;
  if (typeof found.value === 'string') return found.value;
  return new Error(`attribute ${name} is an expression`);
}

/** Reads one `<Cite>` element, or says what is wrong with it. */
function readCite(node: JsxNode, line: number): Citation | CiteProblem {
  const names = ['a', 'p', 'q', 'by', 's', 'f'] as const;
  const values: Partial<Record<(typeof names)[number], string>> = {};
  for (const name of names) {
    const v = stringAttr(node, name);
    if (v instanceof Error) return { line, message: `<Cite> attribute ${name} is an expression, which is never evaluated.`, fix: `write it as a plain string in quotes: ${name}="…"` };
    if (v !== undefined) values[name] = v;
  }
  const { a, p, q, by, s, f } = values;
  if (s !== undefined || f !== undefined) {
    if (a !== undefined || p !== undefined || q !== undefined) return { line, message: '<Cite> mixes an outside source (s, f) with an article (a, p, q).', fix: 'cite either s="source-slug" f="fact-key" or a="article-slug" p="7" q="quote"' };
    if (!s || !f) return { line, message: '<Cite> of an outside source needs both s and f.', fix: 'write s="source-slug" f="fact-key" (the fact keys are listed in content/sources/<slug>.yaml)' };
    if (by !== undefined) return { line, message: '<Cite> of an outside source takes no by: the source says who published it.', fix: 'remove by="…"' };
    return { source: s, fact: f } as Citation;
  }
  if (!a || !p || !q) return { line, message: '<Cite> needs a, p and q (or s and f for an outside source).', fix: 'write a="article-slug" p="paragraph number" q="verbatim quote"' };
  if (!/^\d+$/.test(p)) return { line, message: `<Cite p="${p}"> is not a paragraph number.`, fix: 'write p as a number such as "7" (npm run paragraphs -- <slug> lists them)' };
  return { article: a, paragraph: Number(p), quote: q, ...(by ? { by } : {}) } as Citation;
}

/**
 * Collects every `<Cite>` in document order, with its claim.
 *
 * @returns The citations, and a problem for each malformed one.
 */
export function collectCites(tree: Root): { cites: CiteElement[]; problems: CiteProblem[] } {
  const cites: CiteElement[] = [];
  const problems: CiteProblem[] = [];
  const walk = (parent: AnyNode, side: string | undefined): void => {
    let segment = '';
    let afterCite = false;
    for (const child of parent.children ?? []) {
      if (isCiteNode(child)) {
        const line = child.position?.start.line ?? 0;
        const ref = readCite(child, line);
        if ('message' in ref) problems.push(ref);
        else cites.push({ ref, line, claim: segment.replace(/\s+/g, ' ').trim(), node: child, ...(side !== undefined ? { side } : {}) });
        afterCite = true;
        continue;
      }
      const isSpace = child.type === 'text' && (child.value ?? '').trim() === '';
      if (afterCite && !isSpace) {
        segment = '';
        afterCite = false;
      }
      if (isJsx(child, 'Side')) {
        const claim = stringAttr(child, 'claim');
        walk(child, typeof claim === 'string' ? claim : '');
        continue;
      }
      if (child.children && child.type !== 'paragraph' && child.type !== 'emphasis' && child.type !== 'strong' && child.type !== 'link') {
        // A block (list, section, JSX block): its citations claim what is inside it.
        walk(child, side);
        continue;
      }
      if (child.children) walk(child, side);
      segment += toString(child as never);
    }
  };
  walk(tree as AnyNode, undefined);
  return { cites, problems };
}

/**
 * The `<Side>` elements of a `<Disagree>` block, whether written as blocks (on their own lines) or
 * inline (one line each, which MDX reads as a paragraph holding the element).
 */
export function sidesOf(disagree: { children?: unknown[] }): JsxNode[] {
  const out: JsxNode[] = [];
  for (const child of (disagree.children ?? []) as AnyNode[]) {
    if (isJsx(child, 'Side')) out.push(child);
    else if (child.type === 'paragraph') for (const inner of child.children ?? []) if (isJsx(inner, 'Side')) out.push(inner);
  }
  return out;
}
