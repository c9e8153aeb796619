/**
 * Excerpt boxes: a box that shows the start of another page and links to the whole of it — a paid
 * family notice beside an obituary, a listing, a profile — rather than the article. In a raw copy it
 * is a run of lines with no blank line between them, opened by a short label ("Funeral notice",
 * "Family announcement"), holding a text cut off with "…", and closed by the link to the whole
 * ("View full notice", "Read the full listing") and the box's own buttons. All three must be there,
 * so a paragraph that quotes a notice, or a sentence that trails off, is never taken for one.
 */
import { isProseBlock, type Page } from './regions.ts';

/** The link to the whole of what the box excerpts: "View full notice", "Read the full announcement", "See full profile". */
const FULL_LINK = /^(?:view|read|see|open|show)\s+(?:the\s+)?(?:full|whole|complete|entire)\s+\p{L}+(?:\s+\p{L}+)?$/iu;
/** A text cut off by the box: it ends with an ellipsis. */
const CUT_OFF = /(?:…|\.\.\.)["”’)]*$/u;
/** A box's label: a short line with no sentence's end, starting with a capital. */
const LABEL = /^\p{Lu}[^.!?:;]*$/u;

/** The blocks of the excerpt boxes of a raw copy after its first prose (empty when there are none). */
export function excerptBoxes(page: Page): number[] {
  const { units, features } = page;
  const out: number[] = [];
  const firstProse = units.findIndex((_u, i) => isProseBlock(page, i));
  if (firstProse < 0) return out;
  let i = firstProse + 1;
  while (i < units.length) {
    // A run of lines with no blank line between them (raw text only: a saved page's blocks have their markup).
    let k = i;
    while (k + 1 < units.length && !units[k + 1]!.page && units[k + 1]!.n === units[k]!.n + 1) k++;
    const run = units.slice(i, k + 1).map((_u, d) => i + d);
    const label = run[0]!;
    const link = run.findIndex((j) => FULL_LINK.test(units[j]!.text.trim()));
    const opened = !units[label]!.page && LABEL.test(units[label]!.text.trim()) && features[label]!.words <= 4;
    const cut = link > 1 && run.slice(1, link).some((j) => CUT_OFF.test(units[j]!.text.trim()));
    // The box's buttons after the link ("Send flowers", "Share") are short lines with no sentence in them.
    if (opened && cut) out.push(...run.filter((j, d) => d <= link || (features[j]!.words <= 4 && !features[j]!.endsSentence)));
    i = k + 1;
  }
  return out;
}
