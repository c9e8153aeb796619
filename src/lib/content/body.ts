/**
 * What the content model keeps of an MDX body, read once per file: its numbered paragraphs, its
 * citations with their claims, its "Where the sources disagree" blocks and its hand-written actor
 * links, with the line of each (relative to the body) and what is malformed.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Citation } from '../../schemas/citation.ts';
import { collectCites, isCiteNode, isJsx, sidesOf, stringAttr } from '../mdx-cites.ts';
import { splitSentences } from '../sentences.ts';
import { parseMdx } from '../mdx-parse.ts';
import { collectParagraphs } from '../paragraphs.ts';

/** A numbered paragraph: its number, its text as a reader sees it, and its line in the body. */
export interface BodyParagraph {
  n: number;
  text: string;
  line: number;
}

/** A citation in a body, without its tree node (so that a body's reading can be cached). */
export interface BodyCite {
  ref: Citation;
  line: number;
  claim: string;
  side?: string;
}

/** A `<Disagree question="…">` block: its question and sides, each side's claim and citations. */
export interface BodyDisagreement {
  line: number;
  question: string;
  sides: { claim: string; cites: number }[];
}

/** A hand-written link to an actor: `[text](actor:slug)`, or `actor:none` to keep text unlinked. */
export interface BodyActorLink {
  slug: string;
  text: string;
  line: number;
}

/** A malformed part of a body. */
export interface BodyProblem {
  line: number;
  field: string;
  message: string;
  fix: string;
}

/** A sentence of prose that no citation follows. */
export interface UncitedSentence {
  line: number;
  text: string;
}

/** Everything the model keeps of a body. */
export interface BodyInfo {
  paragraphs: BodyParagraph[];
  cites: BodyCite[];
  /** Sentences of prose not followed by a citation of their own (the editorial lint reads these). */
  uncited: UncitedSentence[];
  disagreements: BodyDisagreement[];
  actorLinks: BodyActorLink[];
  problems: BodyProblem[];
  /**
   * What only MDX reads as it does: elements, `{…}` expressions, `import`/`export`, and a paragraph
   * indented four spaces (MDX has no indented code; Markdown would show it as code). An article's
   * body must have none: the content layer renders it with the Markdown processor (see
   * src/build/articles-loader.ts), so these are problems there and allowed elsewhere.
   */
  mdxOnly: BodyProblem[];
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }): number => node.position?.start.line ?? 0;

/** Reads the `<Disagree>` blocks of a tree and what is malformed in them. */
function readDisagreements(tree: Root, problems: BodyProblem[]): BodyDisagreement[] {
  const out: BodyDisagreement[] = [];
  visit(tree, (node) => {
    if (!isJsx(node, 'Disagree')) return;
    const line = lineOf(node);
    const question = stringAttr(node, 'question');
    if (typeof question !== 'string' || !question.trim()) {
      problems.push({ line, field: '<Disagree>', message: '<Disagree> has no question.', fix: 'write question="…" with the question the sources disagree on' });
    }
    const sides = sidesOf(node).map((sideNode) => {
      const claim = stringAttr(sideNode, 'claim');
      const cites = collectCites({ type: 'root', children: [sideNode as never] }).cites.length;
      if (typeof claim !== 'string' || !claim.trim()) problems.push({ line: lineOf(sideNode), field: '<Side>', message: 'a <Side> has no claim.', fix: 'write claim="…" with what this side says' });
      if (cites === 0) problems.push({ line: lineOf(sideNode), field: '<Side>', message: `<Side claim="${typeof claim === 'string' ? claim : ''}"> cites no source.`, fix: 'add a <Cite> for what this side says' });
      return { claim: typeof claim === 'string' ? claim : '', cites };
    });
    if (sides.length < 2) problems.push({ line, field: '<Disagree>', message: `<Disagree> has ${sides.length} side(s).`, fix: 'give it at least two <Side claim="…"> children' });
    out.push({ line, question: typeof question === 'string' ? question : '', sides });
  });
  return out;
}

type Phrasing = { type: string; name?: string | null; children?: Phrasing[]; value?: string; position?: { start: { line: number } } };

/**
 * The sentences of each paragraph that no citation follows: a citation (or a run of them) supports
 * the one sentence before it, so every other sentence of its stretch of text, and every sentence
 * after a paragraph's last citation, is uncited. Headings and tables are not prose.
 */
function uncitedSentences(tree: Root): UncitedSentence[] {
  const out: UncitedSentence[] = [];
  const paragraph = (node: Phrasing): void => {
    const line = node.position?.start.line ?? 0;
    let text = '';
    const flush = (cited: boolean): void => {
      const sentences = splitSentences(text.replace(/\s+/g, ' '));
      const uncited = cited ? sentences.slice(0, -1) : sentences;
      for (const s of uncited) if (/\p{L}/u.test(s)) out.push({ line, text: s });
      text = '';
    };
    for (const child of node.children ?? []) {
      if (isCiteNode(child)) {
        if (text.trim()) flush(true);
        text = '';
      } else if (isJsx(child, 'Side')) {
        paragraph(child);
      } else {
        text += toString(child as never);
      }
    }
    if (text.trim()) flush(false);
  };
  const walk = (node: Phrasing): void => {
    if (node.type === 'heading' || node.type === 'table' || node.type === 'code') return;
    if (node.type === 'paragraph') return paragraph(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree as Phrasing);
  return out;
}

/** The MDX node types Markdown has no equivalent of, with what to call them and how to write them as text. */
const MDX_ONLY: Record<string, { field: (node: { name?: string | null }) => string; fix: string }> = {
  mdxJsxFlowElement: { field: (n) => `<${n.name ?? ''}>`, fix: 'an article body is plain Markdown: write "<" as "\\<" so it reads as text' },
  mdxJsxTextElement: { field: (n) => `<${n.name ?? ''}>`, fix: 'an article body is plain Markdown: write "<" as "\\<" so it reads as text' },
  mdxFlowExpression: { field: () => '{…}', fix: 'an article body is plain Markdown: write "{" as "\\{" so it reads as text' },
  mdxTextExpression: { field: () => '{…}', fix: 'an article body is plain Markdown: write "{" as "\\{" so it reads as text' },
  mdxjsEsm: { field: () => 'import/export', fix: 'an article body is plain Markdown: remove the statement, or start the line with "\\" if it is text' },
};

/** The MDX-only syntax of a tree (see `BodyInfo.mdxOnly`). */
function mdxOnly(tree: Root): BodyProblem[] {
  const out: BodyProblem[] = [];
  visit(tree, (node) => {
    const kind = MDX_ONLY[node.type];
    if (kind) {
      out.push({ line: lineOf(node), field: kind.field(node as { name?: string | null }), message: 'MDX syntax in a body the site renders as Markdown.', fix: kind.fix });
      return 'skip';
    }
    return undefined;
  });
  for (const node of tree.children) {
    if ((node.position?.start.column ?? 1) >= 5) out.push({ line: lineOf(node), field: 'indent', message: 'a block indented four spaces or more, which Markdown shows as code.', fix: 'remove the spaces at the start of the line' });
  }
  return out.sort((a, b) => a.line - b.line);
}

/** Reads an MDX body. */
export function readBody(body: string): BodyInfo {
  const tree = parseMdx(body);
  const problems: BodyProblem[] = [];
  const { cites, problems: citeProblems } = collectCites(tree);
  for (const p of citeProblems) problems.push({ line: p.line, field: '<Cite>', message: p.message, fix: p.fix });
  const actorLinks: BodyActorLink[] = [];
  visit(tree, 'link', (node) => {
    if (node.url.startsWith('actor:')) actorLinks.push({ slug: node.url.slice('actor:'.length), text: toString(node), line: lineOf(node) });
  });
  return {
    paragraphs: collectParagraphs(tree).map((p) => ({ n: p.n, text: p.text, line: lineOf(p.node) })),
    cites: cites.map(({ node: _node, ...rest }) => rest),
    uncited: uncitedSentences(tree),
    disagreements: readDisagreements(tree, problems),
    actorLinks,
    problems,
    mdxOnly: mdxOnly(tree),
  };
}
