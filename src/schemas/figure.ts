/**
 * A figure as a source gives it: exact, a range, or bounded in the source's own words ("at least
 * 17", "more than 40", "about 60"), so "more than 40" is never shown as "at least 40".
 */
import { z } from 'astro/zod';

/** How a source bounds a figure that has no upper end. */
export const FIGURE_WORDS = ['at least', 'more than', 'about', 'nearly', 'up to'] as const;

export const FigureSchema = z
  .strictObject({
    /** The lowest figure the source gives ("at least 17" → 17, "more than 40" → 40). */
    min: z.number().int().nonnegative(),
    /** The highest, for a range or an exact figure (exact: max = min). Optional: the source gives only `min`, bounded by `said`. */
    max: z.number().int().nonnegative().optional(),
    /** The source's words for a figure without `max`. Default "at least". */
    said: z.enum(FIGURE_WORDS).optional(),
  })
  .refine((f) => f.max === undefined || f.max >= f.min, { message: 'max must not be below min', path: ['max'] })
  .refine((f) => f.max === undefined || f.said === undefined || f.said === 'about', { message: 'a figure with max is exact or a range: drop `said` (or keep only "about")', path: ['said'] });

/** A figure, as validated. */
export type Figure = z.infer<typeof FigureSchema>;
