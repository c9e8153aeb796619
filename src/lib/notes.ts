/**
 * Citation notes: numbering a page's citations in order of first appearance, independent of how
 * they are rendered. The same paragraph, quote and speaker (or the same outside fact) share a note.
 */
import type { Citation } from '../schemas/citation.ts';
import { normalizeQuote } from './quotes.ts';

/** One numbered note on a page. */
export interface Note {
  /** 1-based note number. */
  n: number;
  ref: Citation;
}

/** The identity of a citation for numbering. */
function noteKey(ref: Citation): string {
  return 'source' in ref ? `s:${ref.source}!${ref.fact}` : `a:${ref.article}#${ref.paragraph}#${normalizeQuote(ref.quote)}#${ref.by ?? ''}`;
}

/**
 * Numbers citations in order of first appearance.
 *
 * @returns The notes, and for each citation (in input order) its note number.
 */
export function numberNotes(refs: readonly Citation[]): { notes: Note[]; numbers: number[] } {
  const notes: Note[] = [];
  const byKey = new Map<string, Note>();
  const numbers = refs.map((ref) => {
    const key = noteKey(ref);
    let note = byKey.get(key);
    if (!note) {
      note = { n: notes.length + 1, ref };
      notes.push(note);
      byKey.set(key, note);
    }
    return note.n;
  });
  return { notes, numbers };
}
