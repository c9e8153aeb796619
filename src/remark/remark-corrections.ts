/**
 * remark-corrections: marks the words of an article that its corrections say are wrong or
 * unconfirmed, wherever the article text is shown, and links each mark to its correction
 * (`#correction-N` in the article's corrections box).
 *
 * The corrections come from the content model (`corrections[].quotes` of the article's frontmatter,
 * exact quotes of its text); `checkContent` has checked that every quote is in the text, so a
 * correction never silently marks nothing. Idempotent: text already inside a mark is never marked
 * again.
 */
// Declares `hName` / `hProperties` on mdast data.
import type {} from 'mdast-util-to-hast';
import type { Emphasis, Link, PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import type { CorrectionMark } from '../lib/corrections.ts';
import { anchors } from '../lib/paths.ts';

/** Options: the corrections of the article a file is (none for other files). */
export interface CorrectionOptions {
  correctionsFor: (file: VFile) => readonly CorrectionMark[];
}

/** The plugin. */
export default function remarkCorrections(options: CorrectionOptions) {
  return (tree: Root, file: VFile): void => {
    options.correctionsFor(file).forEach((correction, index) => {
      for (const quote of correction.quotes ?? []) markQuote(tree, quote, index + 1, correction.status);
    });
  };
}

/** Wraps every occurrence of `quote` in a mark linked to correction `n`; returns how many. */
function markQuote(tree: Root, quote: string, n: number, status: CorrectionMark['status']): number {
  let count = 0;
  findAndReplace(
    tree,
    [
      quote,
      (value: string): PhrasingContent[] => {
        count++;
        // An emphasis node renamed to <mark>: a parent, so a second run can recognise and skip it.
        const mark: Emphasis = {
          type: 'emphasis',
          children: [{ type: 'text', value }],
          data: { hName: 'mark', hProperties: { className: ['correction-mark', status] } },
        };
        const ref: Link = {
          type: 'link',
          url: `#${anchors.correction(n)}`,
          children: [{ type: 'text', value: status === 'wrong' ? `corrected ${n}` : `unconfirmed ${n}` }],
          data: { hProperties: { className: ['correction-ref'], dataPagefindIgnore: '' } },
        };
        return [mark, ref];
      },
    ],
    { ignore: (node) => node.type === 'link' || node.type === 'linkReference' || (node.data as { hName?: string } | undefined)?.hName === 'mark' },
  );
  return count;
}
