/**
 * Pull quotes: a line a page prints a second time, larger, beside the paragraph it comes from. The
 * classifier keeps it (it reads as a sentence); this pass, run on the classifier's verdicts, removes
 * it under the `pull-quote` rule, and no word is lost, since every word stays in its paragraph.
 */
import type { Verdict } from './classify.ts';
import type { Unit } from './units.ts';
import { words } from './words.ts';

/** A pull quote has at least this many words: a shorter line ("It did not.") is too likely to recur by chance. */
const PULL_QUOTE_WORDS = 5;

/**
 * A pull quote: a kept line that reads as a sentence and whose words all stand, in order, inside a
 * kept block at least twice as long ("“A bridge is also a promise.”" after "… People forget that a
 * bridge is also a promise."). It is dropped, and no word is lost: they stay in their paragraph.
 * A paragraph that another only extends by a few words is no pull quote, and stays. A longer quote
 * may leave words out of its sentence (see `abridges`).
 */
export function dropPullQuotes(units: Unit[], verdicts: (Verdict | undefined)[]): void {
  const isKept = (v: Verdict | undefined): v is Verdict => v !== undefined && (v.fate === 'keep' || v.fate === 'check');
  const { tokens, spans } = wordSpans(units);
  verdicts.forEach((v, i) => {
    const unit = units[i]!;
    if (!isKept(v) || (unit.shape !== 'line' && unit.shape !== 'quote') || !v.features.endsSentence || v.features.words < PULL_QUOTE_WORDS) return;
    const holder = verdicts.findIndex(
      (w, j) => j !== i && isKept(w) && w.features.words >= 2 * v.features.words && (spans[j]!.includes(spans[i]!) || abridges(tokens[i]!, tokens[j]!)),
    );
    if (holder >= 0) verdicts[i] = { ...v, fate: 'drop', rule: 'pull-quote' };
  });
}

/**
 * The lines that repeat part of another block, as a pull quote does, judged on the texts alone (the
 * classifier's anchors leave them out: a pull quote printed after the last paragraph does not
 * stretch the article's body over the boxes around it).
 */
export function repeatedLines(units: Unit[]): Set<number> {
  const { tokens, spans } = wordSpans(units);
  const out = new Set<number>();
  units.forEach((u, i) => {
    if ((u.shape !== 'line' && u.shape !== 'quote') || tokens[i]!.length < PULL_QUOTE_WORDS) return;
    if (units.some((_w, j) => j !== i && tokens[j]!.length >= 2 * tokens[i]!.length && spans[j]!.includes(spans[i]!))) out.add(i);
  });
  return out;
}

/** Each unit's words, and the same joined with a space on either side, so that one block's words can be found whole inside another's. */
function wordSpans(units: Unit[]): { tokens: string[][]; spans: string[] } {
  const tokens = units.map((u) => words(u.text));
  return { tokens, spans: tokens.map((t) => ` ${t.join(' ')} `) };
}

/** An abridged pull quote has at least this many words, so that its words in order are no accident. */
const ABRIDGED_WORDS = 10;

/**
 * True when every word of `quote` stands in `text`, in order, within a stretch at most half as long
 * again: a pull quote that leaves words out of its sentence ("The question is not whether …" for
 * "The question for policymakers is not whether …; they plainly did. It is whether …").
 */
export function abridges(quote: string[], text: string[]): boolean {
  if (quote.length < ABRIDGED_WORDS) return false;
  const room = Math.floor(quote.length * 1.5);
  for (let start = 0; start < text.length; start++) {
    if (text[start] !== quote[0]) continue;
    let k = 1;
    for (let j = start + 1; j < text.length && j - start < room && k < quote.length; j++) if (text[j] === quote[k]) k++;
    if (k === quote.length) return true;
  }
  return false;
}
