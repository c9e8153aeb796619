/**
 * remark-citations: checks and renders `<Cite a="article" p="7" q="quote" by="who" />`.
 *
 * Every quote is checked against its paragraph; any failure stops the build with one message that
 * names the file, each bad citation and the closest paragraph. Each citation becomes a numbered
 * marker that links, in one click, to the cited paragraph; its description shows the source and the
 * quoted passage on hover or focus. The notes are listed at the end of the page, in order, with the
 * same links and a way back to the text. A claim
 * whose citations all come from low-reliability sources is visibly marked. `<Disagree>` and `<Side>`
 * become "Where the sources disagree" blocks. Idempotent: a second run finds no Cite elements.
 */
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
// Declares `hName` / `hProperties` on mdast data.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import { checkCitation, type ParagraphIndex } from '../lib/citations.ts';
import { collectCites, type CiteElement } from '../lib/mdx-cites.ts';
import { isLowReliabilityOnly, numberNotes, sourceLabel, type NoteArticle } from '../lib/notes.ts';
import { h, renderDisagreements, renderNotes, type AnyNode } from './citation-markup.ts';

/** Options: the articles' paragraphs and metadata, and the URL of a cited paragraph. */
export interface CitationOptions {
  index: ParagraphIndex;
  articles: ReadonlyMap<string, NoteArticle & { draft?: boolean }>;
  href: (article: string, paragraph: number) => string;
  /** The site's origin: printed notes show each source's full URL. Optional. */
  site?: string;
}

type Parent = { children: AnyNode[] };

/** The plugin. */
export default function remarkCitations(options: CitationOptions) {
  return (tree: Root, file: VFile): void => {
    const { cites, problems } = collectCites(tree);
    cites.forEach((c, i) => {
      const problem = options.articles.get(c.article)?.draft ? `cites "${c.article}", which is a draft: publish it or cite another article` : checkCitation(c, options.index);
      if (problem) problems.push(`<Cite> ${i + 1} (line ${c.line}) ${problem}`);
    });
    const disagreementProblems = renderDisagreements(tree as unknown as Parent);
    problems.push(...disagreementProblems);
    if (problems.length > 0) {
      file.fail(`${problems.length} citation problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix the quote (copy it from \`npm run paragraphs -- <slug>\`) or the paragraph number.`);
    }
    if (cites.length === 0) return;

    const { notes, numbers } = numberNotes(cites, options.articles);
    const refCount = new Map<number, number>();
    const replacements = new Map<CiteElement['node'], AnyNode>();
    cites.forEach((cite, i) => {
      const n = numbers[i] as number;
      const k = (refCount.get(n) ?? 0) + 1;
      refCount.set(n, k);
      const note = notes[n - 1]!;
      const article = options.articles.get(cite.article);
      const label = `${note.by ? `According to ${note.by}. ` : ''}${sourceLabel(note, article)}: “${note.quote}”`;
      replacements.set(
        cite.node,
        h('sup', { className: ['cite'], dataPagefindIgnore: '' }, [
          h('a', { href: options.href(note.article, note.paragraph), id: `ref-${n}-${k}`, ariaDescribedBy: `tip-${n}-${k}`, ariaLabel: `Source ${n}` }, [{ type: 'text', value: `[${n}]` }]),
          h('span', { className: ['cite-tip'], id: `tip-${n}-${k}`, role: 'tooltip' }, [{ type: 'text', value: label }]),
        ]),
      );
    });
    replaceCites(tree as unknown as Parent, replacements, (group) => isLowReliabilityOnly(group, options.articles), cites);
    (tree.children as AnyNode[]).push(renderNotes(notes, options));
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    if (data.astro?.frontmatter) data.astro.frontmatter['citedParagraphs'] = notes.map((n) => `${n.article}#p${n.paragraph}`);
  };
}

/**
 * Swaps each Cite for its marker, and after a run of adjacent Cites that all come from
 * low-reliability sources adds a visible warning.
 */
function replaceCites(
  node: Parent,
  replacements: Map<CiteElement['node'], AnyNode>,
  isLowOnly: (group: CiteElement[]) => boolean,
  cites: CiteElement[],
): void {
  if (!Array.isArray(node.children)) return;
  const out: AnyNode[] = [];
  let group: CiteElement[] = [];
  const flush = (): void => {
    if (group.length > 0 && isLowOnly(group)) {
      out.push(h('span', { className: ['low-source'] }, [{ type: 'text', value: 'low-reliability source only' }]));
    }
    group = [];
  };
  for (const child of node.children) {
    const replacement = replacements.get(child as MdxJsxTextElement | MdxJsxFlowElement);
    if (replacement) {
      out.push(replacement);
      const cite = cites.find((c) => c.node === child);
      if (cite) group.push(cite);
      continue;
    }
    const isSpace = child.type === 'text' && typeof child.value === 'string' && child.value.trim() === '';
    if (!isSpace) flush();
    out.push(child);
    if ('children' in child) replaceCites(child as Parent, replacements, isLowOnly, cites);
  }
  flush();
  node.children = out;
}
