/**
 * Counts the sources give (attacks on US forces, US strikes), each with its period, who counted
 * and the paragraph that says so. The chart on the timeline draws these, not numbers of our own.
 */
import { z } from 'astro/zod';
import { PartialDateSchema } from './dates.ts';
import { CitationSchema } from './citation.ts';
import { FigureSchema } from './figure.ts';

export const CountSchema = z.strictObject({
  /** What is counted. */
  series: z.enum(['attacks-on-us-forces', 'us-strikes']),
  /** The count as given: `min` alone for "at least", `max` equal to `min` for an exact figure. */
  count: FigureSchema,
  /** The start of the counted period, in quotes. */
  since: PartialDateSchema,
  /** What the start was, in words: "17 October 2023". */
  sinceLabel: z.string().min(3),
  /** When the count was given (the article's date), in quotes. */
  asOf: PartialDateSchema,
  /** How readers see that date: "mid-November 2023". */
  asOfLabel: z.string().min(3),
  /** Who counted: "the Pentagon". */
  according: z.string().min(2),
  /** The paragraph that gives the count. */
  cite: CitationSchema,
});

/** A count, as validated. */
export type Count = z.infer<typeof CountSchema>;
