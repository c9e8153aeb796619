/**
 * Casualties as ranges, with who says what. An event keeps one casualty row per source (and per
 * group the source names), each figure as the source gives it. From those rows this module says,
 * per measure (killed, injured), each source's total, the lowest and the highest figure across
 * sources, and whether the sources differ — under one published rule (ACLED's): any single figure
 * the site shows is the most conservative one, the lowest any source gives, and a difference
 * between sources is always noted beside it. A figure whose words a correction marks as wrong is
 * shown, struck, but never counted.
 */
import type { Figure } from '../schemas/figure.ts';
import type { CorrectionStatus } from './corrections.ts';
import { countText } from './events.ts';

/** The measures a casualty row can give. */
export const MEASURES = ['killed', 'injured'] as const;

/** A measure of casualties. */
export type Measure = (typeof MEASURES)[number];

/** The word after a figure: "3 killed". */
export const MEASURE_WORD: Record<Measure, string> = { killed: 'killed', injured: 'injured' };

/** One casualty row: who was hurt, the figures, and whose account it is. */
export interface CasualtyAccount {
  /** Who was killed or hurt, in the source's words: "fighters", "US soldiers". */
  who: string;
  /** Whose account it is: "the US Department of Defense", "local sources". Rows with the same account are one source. */
  according: string;
  killed?: Figure | undefined;
  injured?: Figure | undefined;
  /** The most serious correction that marks the row's cited words, if any. */
  marked?: CorrectionStatus | undefined;
}

/** One source's figure for a measure: the sum of its rows. */
export interface SourceFigure {
  according: string;
  figure: Figure;
}

/** The lowest and highest figure for a measure across sources. */
export interface CasualtyRange {
  measure: Measure;
  /** The most conservative figure: the lowest any source gives. */
  low: Figure;
  /** The highest any source gives. */
  high: Figure;
  /** Each source's figure, lowest first. */
  sources: SourceFigure[];
  /** True when two sources' figures differ. */
  differ: boolean;
}

/** The highest number a figure allows: its max, or no bound for "at least", "more than"… */
const upper = (f: Figure): number => f.max ?? Number.POSITIVE_INFINITY;

/**
 * The sum of a source's figures for several groups: "at least 5" fighters and "2" civilians are
 * "at least 7". A single figure is kept as given; a sum keeps its upper end only when every part
 * has one, and its words only when every part has the same.
 */
export function sumFigures(figures: readonly Figure[]): Figure {
  if (figures.length === 1) return figures[0]!;
  const min = figures.reduce((n, f) => n + f.min, 0);
  const closed = figures.every((f) => f.max !== undefined);
  const words = new Set(figures.map((f) => f.said));
  const said = words.size === 1 ? [...words][0] : closed && words.has('about') ? 'about' : undefined;
  if (closed) return { min, max: figures.reduce((n, f) => n + (f.max ?? f.min), 0), ...(said === 'about' ? { said } : {}) };
  return { min, ...(said && said !== 'about' ? { said } : {}) };
}

/**
 * True when two figures disagree: a different lowest figure, or both exact (or ranges) with a
 * different highest. "at least 3" and "3" agree; "3" and "4" do not, nor "at least 1" and "at least 17".
 */
export function figuresDiffer(a: Figure, b: Figure): boolean {
  return a.min !== b.min || (a.max !== undefined && b.max !== undefined && a.max !== b.max);
}

/** Each source's figure for a measure, in the order the sources first appear. */
export function sourceFigures(accounts: readonly CasualtyAccount[], measure: Measure): SourceFigure[] {
  const bySource = new Map<string, Figure[]>();
  for (const a of accounts) {
    const f = a[measure];
    if (f) bySource.set(a.according, [...(bySource.get(a.according) ?? []), f]);
  }
  return [...bySource].map(([according, figures]) => ({ according, figure: sumFigures(figures) }));
}

/** Lowest first: by the lowest figure, then by the highest it allows (so "3" before "at least 3"). */
const byConservative = (a: SourceFigure, b: SourceFigure): number => a.figure.min - b.figure.min || upper(a.figure) - upper(b.figure);

/** Highest first: by the highest number given, then open-ended before closed ("at least 17" before "17"). */
const byHighest = (a: SourceFigure, b: SourceFigure): number => (b.figure.max ?? b.figure.min) - (a.figure.max ?? a.figure.min) || Number(a.figure.max !== undefined) - Number(b.figure.max !== undefined);

/** The range of one measure across some accounts, or undefined when none gives it. */
function rangeOf(accounts: readonly CasualtyAccount[], measure: Measure): CasualtyRange | undefined {
  const sources = sourceFigures(accounts, measure).sort(byConservative);
  const low = sources[0];
  if (!low) return undefined;
  const high = [...sources].sort(byHighest)[0]!;
  const differ = sources.some((s) => figuresDiffer(s.figure, low.figure));
  return { measure, low: low.figure, high: high.figure, sources, differ };
}

/**
 * The casualty ranges of an event, per measure, under the site's rule: figures a correction marks
 * as wrong are left out (and returned, so the page can say so); every other account counts.
 */
export function casualtyRanges(accounts: readonly CasualtyAccount[]): { ranges: CasualtyRange[]; leftOut: CasualtyAccount[] } {
  const counted = accounts.filter((a) => a.marked !== 'wrong');
  const ranges = MEASURES.flatMap((m) => rangeOf(counted, m) ?? []);
  return { ranges, leftOut: accounts.filter((a) => a.marked === 'wrong') };
}

/** Where the accounts disagree, per measure: every account counts here, a wrong one too. */
export function casualtyDisputes(accounts: readonly CasualtyAccount[]): CasualtyRange[] {
  return MEASURES.flatMap((m) => rangeOf(accounts, m) ?? []).filter((r) => r.differ);
}

/** One measure in readers' words under the rule: "3 killed", "at least 1 killed (accounts differ, up to at least 17)". */
export function rangeText(range: CasualtyRange): string {
  const figure = `${countText(range.low)} ${MEASURE_WORD[range.measure]}`;
  return range.differ ? `${figure} (accounts differ, up to ${countText(range.high)})` : figure;
}

/**
 * The casualty line of an event, or undefined when no source gives a figure: the most
 * conservative figure per measure, the difference between accounts noted, and the accounts left
 * out because a correction marks them wrong.
 */
export function casualtySummary(accounts: readonly CasualtyAccount[]): string | undefined {
  const { ranges, leftOut } = casualtyRanges(accounts);
  if (ranges.length === 0 && leftOut.length === 0) return undefined;
  const parts = ranges.map(rangeText);
  const text = parts.length > 0 ? parts.join(', ') : 'No figure stands';
  const note = leftOut.length > 0 ? `; ${leftOut.length === 1 ? 'one account' : `${leftOut.length} accounts`} that a correction marks as wrong ${leftOut.length === 1 ? 'is' : 'are'} not counted` : '';
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${note}.`;
}
