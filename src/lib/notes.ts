/**
 * Citation notes: numbering a page's citations in order of first appearance, independent of how
 * they are rendered. One note per source paragraph (or outside fact): citations of the same
 * paragraph share its note, which names the source once and lists each quote (with who says it)
 * once, however often it is cited (a quote within another quote of it, by the same speaker, is
 * shown by that one).
 */
import type { Citation } from '../schemas/citation.ts';
import { normalizeQuote } from './quotes.ts';

/** One numbered note on a page. */
export interface Note {
  /** 1-based note number. */
  n: number;
  /** The first citation of the note's source (its paragraph or outside fact). */
  ref: Citation;
  /** Each distinct quote of that source (paragraph, quote and speaker), in order of first appearance. */
  quotes: Citation[];
}

/** The source a citation's note is about: an article paragraph, or an outside record's fact. */
function sourceKey(ref: Citation): string {
  return 'source' in ref ? `s:${ref.source}!${ref.fact}` : `a:${ref.article}#${ref.paragraph}`;
}

/** The identity of a quote within its source's note. */
function quoteKey(ref: Citation): string {
  return 'source' in ref ? '' : `${normalizeQuote(ref.quote)}#${ref.by ?? ''}`;
}

/** Whether an article citation's quote lies within another quote of the same paragraph by the same speaker. */
function within(ref: Citation, other: Citation): boolean {
  if ('source' in ref || 'source' in other || (ref.by ?? '') !== (other.by ?? '')) return false;
  return normalizeQuote(other.quote).includes(normalizeQuote(ref.quote));
}

/**
 * Numbers citations in order of first appearance, one number per source paragraph.
 *
 * @returns The notes; for each citation (in input order) its note number (`numbers`), the index of
 *   its quote in that note's `quotes` (`quotes`) and which citation of that note it is, from 1
 *   (`k`, for its marker's anchor).
 */
export function numberNotes(refs: readonly Citation[]): { notes: Note[]; numbers: number[]; quotes: number[]; k: number[] } {
  const notes: Note[] = [];
  const bySource = new Map<string, { note: Note; quotes: Map<string, number>; cites: number }>();
  const numbers: number[] = [];
  const quotes: number[] = [];
  const k: number[] = [];
  for (const ref of refs) {
    const key = sourceKey(ref);
    let entry = bySource.get(key);
    if (!entry) {
      const note = { n: notes.length + 1, ref, quotes: [] };
      notes.push(note);
      entry = { note, quotes: new Map(), cites: 0 };
      bySource.set(key, entry);
    }
    const qk = quoteKey(ref);
    // A quote within a longer quote of the same paragraph by the same speaker is shown by that one.
    let qi = entry.quotes.get(qk) ?? entry.note.quotes.findIndex((q) => within(ref, q));
    if (qi < 0) {
      qi = entry.note.quotes.length;
      entry.note.quotes.push(ref);
      entry.quotes.set(qk, qi);
    }
    entry.cites += 1;
    numbers.push(entry.note.n);
    quotes.push(qi);
    k.push(entry.cites);
  }
  return { notes, numbers, quotes, k };
}
