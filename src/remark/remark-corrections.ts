/**
 * remark-corrections: marks the words of an article that its corrections say are wrong,
 * unconfirmed or in need of a clarification, and links each mark to its correction
 * (`#correction-N`), with what is right beside it where the editors give it in a few words.
 * Each mark has an id (`#mark-N-K`), so the corrections box can link back to it.
 *
 * The marked words stay in the text for readers, but out of the search index: an excerpt in search
 * results shows "corrected N" where they stand, never the wrong words as plain text.
 *
 * The corrections come from the content model; `checkContent` has checked that every quote is in
 * the text. Idempotent: text already inside a mark is never marked again.
 */
// Declares `hName` / `hProperties` on mdast data.
import type {} from 'mdast-util-to-hast';
import type { Emphasis, Link, PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import { MARK_WORD, type CorrectionMark, type CorrectionStatus } from '../lib/corrections.ts';
import { anchors } from '../lib/paths.ts';

/** Options: the corrections of the article a file is (none for other files). */
export interface CorrectionOptions {
  correctionsFor: (file: VFile) => readonly CorrectionMark[];
}

/** The plugin. */
export default function remarkCorrections(options: CorrectionOptions) {
  return (tree: Root, file: VFile): void => {
    options.correctionsFor(file).forEach((correction, index) => {
      const counter = { k: 0 };
      for (const quote of correction.quotes) markQuote(tree, quote, index + 1, correction.status, counter);
    });
  };
}

/** Wraps every occurrence of a quote in a mark linked to correction `n`. */
function markQuote(tree: Root, quote: CorrectionMark['quotes'][number], n: number, status: CorrectionStatus, counter: { k: number }): void {
  findAndReplace(
    tree,
    [
      quote.text,
      (value: string): PhrasingContent[] => {
        counter.k++;
        // An emphasis node renamed to <mark>: a parent, so a second run can recognise and skip it.
        const mark: Emphasis = {
          type: 'emphasis',
          children: [{ type: 'text', value }],
          data: { hName: 'mark', hProperties: { className: ['correction-mark', status], id: anchors.correctionMark(n, counter.k) } },
        };
        // The space is inside the note, so the text reads on unchanged without it (reader mode, copy).
        const correct: PhrasingContent[] = quote.correct
          ? [{ type: 'emphasis', children: [{ type: 'text', value: ` (right: ${quote.correct})` }], data: { hName: 'span', hProperties: { className: ['correction-correct'] }, glossarySkip: true } }]
          : [];
        const ref: Link = {
          type: 'link',
          url: `#${anchors.correction(n)}`,
          children: [{ type: 'text', value: `${MARK_WORD[status]} ${n}` }],
          data: { hProperties: { className: ['correction-ref'] } },
        };
        return [mark, ref, ...correct];
      },
    ],
    { ignore: (node) => node.type === 'link' || node.type === 'linkReference' || ['mark', 'span'].includes((node.data as { hName?: string } | undefined)?.hName ?? '') },
  );
}
