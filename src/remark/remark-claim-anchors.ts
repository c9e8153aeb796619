/**
 * remark-claim-anchors: wraps every sentence of an explainer that a citation supports, with its
 * citations, in `<span class="cited-claim" id="c-<hash>">`, and ends it with a "copy link"
 * affordance (a plain link to the anchor inside `<copy-link>`). The anchors come from
 * `claimRuns` in `src/lib/claims.ts`, over the claims `collectCites` reads — the same reader and
 * the same function the data files use — so `citations.json` links to exactly these anchors.
 *
 * Runs after the glossary links (their text is part of the sentence) and before the disagreement
 * blocks and the citations, which both still find the `<Cite>` elements inside the wrapper.
 * Idempotent: a citation already inside a wrapper is left alone.
 */
import type { Root, RootContent } from 'mdast';
// Declares `hName` / `hProperties` on mdast data.
import type {} from 'mdast-util-to-hast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CLAIM_CLASS, claimLinkHast, claimRuns } from '../lib/claims.ts';
import { collectCites, isCiteNode } from '../lib/mdx-cites.ts';
import { fromHast } from './remark-citations.ts';

/** Options: which files get anchors (explainers). */
export interface ClaimAnchorOptions {
  applies: (file: VFile) => boolean;
}

/** The mdast type of the wrapper, so a second run can recognise it. */
export const CLAIM_NODE = 'citedClaim';

type Parent = { type: string; children: RootContent[] };

/** True for a wrapper this plugin made. */
const isWrapper = (node: { type: string }): boolean => node.type === CLAIM_NODE;

/**
 * Where, among `children` from `from` to before `to`, the last `sentence` of their text begins:
 * the child and the offset in its text. Whitespace counts once, as the claim collapses it.
 */
function sentenceStart(children: RootContent[], from: number, to: number, sentence: string): { index: number; offset: number } {
  // The text as the claim reads it (spaces collapsed), with, for each character, its child and offset.
  let text = '';
  const origin: { index: number; offset: number }[] = [];
  for (let i = from; i < to; i++) {
    const value = toString(children[i] as never);
    for (let k = 0; k < value.length; k++) {
      const isSpace = /\s/.test(value[k] as string);
      if (isSpace && (text === '' || text.endsWith(' '))) continue;
      text += isSpace ? ' ' : value[k];
      origin.push({ index: i, offset: k });
    }
  }
  const at = text.trimEnd().lastIndexOf(sentence);
  return at < 0 ? { index: from, offset: 0 } : (origin[at] ?? { index: from, offset: 0 });
}

/** The plugin. */
export default function remarkClaimAnchors(options: ClaimAnchorOptions) {
  return (tree: Root, file: VFile): void => {
    if (!options.applies(file)) return;
    const { cites } = collectCites(tree);
    const parents = new Map<unknown, Parent>();
    visit(tree, (node, _index, parent) => {
      if (parent) parents.set(node, parent as Parent);
    });
    for (const run of claimRuns(cites.map((c) => c.claim))) {
      const first = cites[run.start]?.node;
      const parent = parents.get(first);
      if (!first || !parent || isWrapper(parent)) continue;
      // The run's last citation in the same parent (a run never crosses a paragraph in practice).
      let last = first as RootContent;
      for (let i = run.end; i > run.start; i--) {
        const node = cites[i]?.node as RootContent | undefined;
        if (node && parents.get(node) === parent) {
          last = node;
          break;
        }
      }
      const firstIndex = parent.children.indexOf(first as RootContent);
      // The claim's text starts after the previous citation (or wrapper) in this parent.
      let from = firstIndex;
      while (from > 0 && !isCiteNode(parent.children[from - 1] as RootContent) && !isWrapper(parent.children[from - 1] as RootContent)) from--;
      let { index, offset } = sentenceStart(parent.children, from, firstIndex, run.sentence);
      const startNode = parent.children[index];
      if (offset > 0 && startNode?.type === 'text') {
        // Split the text node where the sentence begins.
        parent.children.splice(index, 1, { type: 'text', value: startNode.value.slice(0, offset) }, { type: 'text', value: startNode.value.slice(offset) });
        index++;
      }
      // The split may have moved the last citation one place on.
      const stop = parent.children.indexOf(last);
      const inside = parent.children.slice(index, stop + 1);
      const wrapper = {
        type: CLAIM_NODE,
        data: { hName: 'span', hProperties: { id: run.id, className: [CLAIM_CLASS] } },
        children: [...inside, fromHast(claimLinkHast(run.id))],
      } as unknown as RootContent;
      parent.children.splice(index, stop - index + 1, wrapper);
    }
  };
}
