/**
 * remark-corrections: marks the words of an article that its corrections say are wrong or
 * unconfirmed, wherever the article text is shown, and links each mark to its correction
 * (`#correction-N` in the article's corrections box).
 *
 * The corrections come from the article's frontmatter (`corrections[].quotes`, exact quotes of the
 * article text). A quote that is not in the text stops the build with a message naming the file,
 * the correction and the quote: a correction that silently marks nothing would hide an error.
 * Idempotent: text already inside a mark is never marked again.
 */
// Declares `hName` / `hProperties` on mdast data.
import type {} from 'mdast-util-to-hast';
import type { Emphasis, Link, PhrasingContent, Root } from 'mdast';
import { findAndReplace } from 'mdast-util-find-and-replace';
import type { VFile } from 'vfile';
import { correctionId, type CorrectionMark } from '../lib/corrections.ts';

/** Reads the corrections an article declares in its frontmatter. */
function correctionsOf(file: VFile): CorrectionMark[] {
  const astro = file.data['astro'] as { frontmatter?: { corrections?: CorrectionMark[] } } | undefined;
  return astro?.frontmatter?.corrections ?? [];
}

/** The plugin. */
export default function remarkCorrections() {
  return (tree: Root, file: VFile): void => {
    correctionsOf(file).forEach((correction, index) => {
      const n = index + 1;
      for (const quote of correction.quotes ?? []) {
        if (markQuote(tree, quote, n, correction.status) === 0) {
          file.fail(
            `Correction ${n} quotes text that is not in the article: ${JSON.stringify(quote)}. ` +
              'Copy the quote exactly from the article body (same spelling, spaces and quote marks), or remove it from `quotes`.',
          );
        }
      }
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
          url: `#${correctionId(n)}`,
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
