/**
 * remark-citations: renders `<Cite a="article" p="7" q="quote" by="who" />` and
 * `<Cite s="source" f="fact" />` as numbered markers that link, in one click, to the cited
 * paragraph or outside record, with a tooltip showing the source and the quoted words (marked when
 * a correction touches them), and lists the notes at the end of the page. A marker follows the word
 * before it with no space, so it never wraps onto a line of its own. A claim whose citations
 * all come from low-reliability sources is visibly marked.
 *
 * Rendering only: every citation was checked by `checkContent` before any page renders. The markup
 * comes from `src/lib/cite-markup.ts`, shared with the `<SourceRef>` component. Idempotent: a
 * second run finds no Cite elements.
 */
import type { Element } from 'hast';
import type { Root, RootContent } from 'mdast';
// Declares `hName` / `hProperties` / `hChildren` on mdast data.
import type {} from 'mdast-util-to-hast';
import type { VFile } from 'vfile';
import type { Citation } from '../schemas/citation.ts';
import { lowSourceHast, markerHast, notesHast } from '../lib/cite-markup.ts';
import { isLowReliabilityOnly, type CiteView } from '../lib/cite-view.ts';
import { collectCites, isCiteNode } from '../lib/mdx-cites.ts';
import { numberNotes } from '../lib/notes.ts';

/** Options: what a citation shows. */
export interface CitationOptions {
  view: (ref: Citation) => CiteView;
  /**
   * Whether the page of this file lists its sources with their reliability (an explainer's
   * "Sources"): its notes then leave the reliability out rather than repeat it in each. Default: no.
   */
  listsSources?: (file: VFile) => boolean;
}

type Parent = { children: RootContent[] };

/** Wraps a hast element as an mdast node that remark-rehype turns back into that element. */
export function fromHast(element: Element): RootContent {
  return { type: 'hastElement', data: { hName: element.tagName, hProperties: element.properties, hChildren: element.children } } as unknown as RootContent;
}

/** The plugin. */
export default function remarkCitations(options: CitationOptions) {
  return (tree: Root, file: VFile): void => {
    const { cites } = collectCites(tree);
    if (cites.length === 0) return;
    const { notes, numbers, quotes, k } = numberNotes(cites.map((c) => c.ref));
    const views = cites.map((c) => options.view(c.ref));
    // Each quote's way back leads to its first citation.
    const back = new Map<string, number>();
    const markers = new Map<unknown, { node: RootContent; view: CiteView }>();
    cites.forEach((cite, i) => {
      const n = numbers[i] as number;
      const view = views[i] as CiteView;
      const key = `${n}:${quotes[i]}`;
      if (!back.has(key)) back.set(key, k[i] as number);
      markers.set(cite.node, { node: fromHast(markerHast(view, n, k[i] as number)), view });
    });
    const noteViews = notes.map((note) => ({
      n: note.n,
      view: options.view(note.ref),
      quotes: note.quotes.map((ref, j) => ({ view: options.view(ref), back: back.get(`${note.n}:${j}`) ?? 1 })),
    }));
    replace(tree as Parent, markers);
    tree.children.push(fromHast(notesHast(noteViews, !options.listsSources?.(file))) as never);
  };
}

/** Swaps each Cite for its marker; after a run of Cites that are all low-reliability, adds the warning. */
function replace(node: Parent, markers: Map<unknown, { node: RootContent; view: CiteView }>): void {
  if (!Array.isArray(node.children)) return;
  const out: RootContent[] = [];
  let group: CiteView[] = [];
  const flush = (): void => {
    if (isLowReliabilityOnly(group)) out.push(fromHast(lowSourceHast()));
    group = [];
  };
  for (const child of node.children) {
    const marker = isCiteNode(child) ? markers.get(child) : undefined;
    if (marker) {
      // A marker keeps to the word before it, as on Wikipedia: no space between them, so a line can
      // never start with a marker (the stylesheet's word joiner holds the two together).
      const last = out.at(-1);
      if (last?.type === 'text') {
        last.value = last.value.trimEnd();
        if (last.value === '') out.pop();
      }
      out.push(marker.node);
      group.push(marker.view);
      continue;
    }
    if (!(child.type === 'text' && child.value.trim() === '')) flush();
    out.push(child);
    if ('children' in child) replace(child as Parent, markers);
  }
  flush();
  node.children = out;
}
