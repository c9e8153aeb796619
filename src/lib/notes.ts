/**
 * Citation notes: numbering citations on a page and describing each note, independent of how the
 * page is rendered. The remark plugin turns these into markup.
 */
import type { CitationRef } from './citations.ts';
import { isQuoteIn, normalizeQuote } from './quotes.ts';

/** What a note shows about its article (a subset of the build's article metadata). */
export interface NoteArticle {
  title: string;
  publisher: string;
  dateLabel: string;
  reliability: 'high' | 'medium' | 'low' | 'unrated';
  correctionQuotes: { quote: string; n: number; status: string }[];
}

/** One numbered note on a page. */
export interface Note extends CitationRef {
  /** 1-based note number. */
  n: number;
  /** Who makes the claim, if a citation said so. */
  by?: string;
  /** The corrections of the article that touch the quoted words. */
  corrections: { n: number; status: string }[];
}

/**
 * Numbers citations in order of first appearance; the same article, paragraph and quote (and
 * speaker) share a note.
 *
 * @returns The notes, and for each citation (in input order) its note number.
 */
export function numberNotes(
  cites: (CitationRef & { by?: string })[],
  articles: ReadonlyMap<string, NoteArticle>,
): { notes: Note[]; numbers: number[] } {
  const notes: Note[] = [];
  const byKey = new Map<string, Note>();
  const numbers = cites.map((c) => {
    const key = `${c.article}#${c.paragraph}#${normalizeQuote(c.quote)}#${c.by ?? ''}`;
    let note = byKey.get(key);
    if (!note) {
      const corrections = (articles.get(c.article)?.correctionQuotes ?? [])
        .filter((k) => isQuoteIn(k.quote, c.quote) || isQuoteIn(c.quote, k.quote))
        .map((k) => ({ n: k.n, status: k.status }));
      note = { article: c.article, paragraph: c.paragraph, quote: c.quote, n: notes.length + 1, corrections };
      if (c.by) note.by = c.by;
      notes.push(note);
      byKey.set(key, note);
    }
    return note.n;
  });
  return { notes, numbers };
}

/** The one-line source label of a note: "The National, 30 December 2019, ¶4". */
export function sourceLabel(note: CitationRef, article: NoteArticle | undefined): string {
  return `${article?.publisher ?? note.article}, ${article?.dateLabel ?? 'date unknown'}, ¶${note.paragraph}`;
}

/** True when every citation of a claim comes from a low-reliability source. */
export function isLowReliabilityOnly(group: CitationRef[], articles: ReadonlyMap<string, NoteArticle>): boolean {
  return group.length > 0 && group.every((c) => articles.get(c.article)?.reliability === 'low');
}
