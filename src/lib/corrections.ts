/**
 * Corrections: what an article gets wrong, leaves unconfirmed or needs clarified, as the editors
 * record them in its frontmatter. Everything that shows an article's words asks here which of them
 * a correction marks, so a wrong passage carries its mark wherever it appears: the article's text,
 * citation tooltips and notes, "Mentioned in" snippets, casualty rows, search excerpts.
 */
import type { Article } from '../schemas/article.ts';
import { isQuoteIn, normalizeQuote } from './quotes.ts';

/** The status of a correction. */
export type CorrectionStatus = Article['corrections'][number]['status'];

/** The part of a correction that marking needs. */
export interface CorrectionMark {
  /** The article's words, and what is right instead where the editors say it in a few words. */
  quotes: { text: string; correct?: string | undefined }[];
  status: CorrectionStatus;
}

/** Readers' label for a status, in the corrections box. */
export const STATUS_LABEL: Record<CorrectionStatus, string> = {
  wrong: 'Wrong',
  unconfirmed: 'Unconfirmed',
  clarified: 'Clarified',
};

/** The word a mark carries in the text: "corrected 3", "unconfirmed 4", "clarified 5". */
export const MARK_WORD: Record<CorrectionStatus, string> = {
  wrong: 'corrected',
  unconfirmed: 'unconfirmed',
  clarified: 'clarified',
};

/** How serious a status is, for the one mark a passage shows when several corrections touch it. */
const SEVERITY: Record<CorrectionStatus, number> = { wrong: 3, clarified: 2, unconfirmed: 1 };

/** The most serious of some statuses, or undefined for none. */
export function worstStatus(statuses: readonly CorrectionStatus[]): CorrectionStatus | undefined {
  return [...statuses].sort((a, b) => SEVERITY[b] - SEVERITY[a])[0];
}

/** The corrections (1-based numbers) whose quoted words overlap `quote`: one contains the other. */
export function correctionsTouching(corrections: readonly CorrectionMark[], quote: string): { n: number; status: CorrectionStatus }[] {
  return corrections.flatMap((c, i) => (c.quotes.some((q) => isQuoteIn(q.text, quote) || isQuoteIn(quote, q.text)) ? [{ n: i + 1, status: c.status }] : []));
}

/** A stretch of text, marked when a correction's quote covers it. */
export interface Segment {
  text: string;
  mark?: { n: number; status: CorrectionStatus; correct?: string | undefined };
}

/**
 * Splits a text (a sentence or paragraph of an article) into plain and marked segments, at every
 * occurrence of a correction's quote. Quotes match up to white space, quote marks and dashes, the
 * way citations do; where two overlap, the earlier (then longer) wins.
 */
export function markSegments(text: string, corrections: readonly CorrectionMark[]): Segment[] {
  const found: { start: number; end: number; mark: NonNullable<Segment['mark']> }[] = [];
  const folded = foldWithMap(text);
  corrections.forEach((c, i) => {
    for (const q of c.quotes) {
      const needle = normalizeQuote(q.text);
      if (!needle) continue;
      for (let at = folded.text.indexOf(needle); at >= 0; at = folded.text.indexOf(needle, at + 1)) {
        found.push({ start: folded.map[at] as number, end: (folded.map[at + needle.length - 1] as number) + 1, mark: { n: i + 1, status: c.status, ...(q.correct ? { correct: q.correct } : {}) } });
      }
    }
  });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let from = 0;
  for (const f of found) {
    if (f.start < from) continue;
    if (f.start > from) out.push({ text: text.slice(from, f.start) });
    out.push({ text: text.slice(f.start, f.end), mark: f.mark });
    from = f.end;
  }
  if (from < text.length) out.push({ text: text.slice(from) });
  return out;
}

/**
 * The text as `normalizeQuote` sees it (one kind of quote mark, dash and space), character by
 * character, with the index in the original of each character, so a match maps back exactly.
 */
function foldWithMap(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let lastSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      if (!lastSpace) {
        out += ' ';
        map.push(i);
      }
      lastSpace = true;
      continue;
    }
    lastSpace = false;
    const n = normalizeQuote(ch) || ch;
    for (const c of n) {
      out += c;
      map.push(i);
    }
  }
  return { text: out, map };
}

/**
 * How many marks each correction puts in an article's text: every exact occurrence of each of its
 * quotes, counted the way remark-corrections marks them, so the corrections box can link to each
 * mark (`#mark-N-K`, K from 1 to the count).
 */
export function countMarks(paragraphs: readonly string[], corrections: readonly CorrectionMark[]): number[] {
  return corrections.map((c) =>
    c.quotes.reduce((n, q) => n + paragraphs.reduce((m, p) => {
      let count = 0;
      for (let at = p.indexOf(q.text); at >= 0; at = p.indexOf(q.text, at + q.text.length)) count++;
      return m + count;
    }, 0), 0),
  );
}
