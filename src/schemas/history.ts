/**
 * A page's visible history, in its frontmatter: the changes an editor made after publishing, each
 * with its date, what changed and why (the Trust Project's "corrections and version history").
 * Shared by articles, explainers and actors.
 */
import { z } from 'astro/zod';
import { PartialDateSchema } from './dates.ts';

/** A day, in quotes: a change or a correction is published on a known day, so a feed can date it. */
export const DaySchema = PartialDateSchema.refine((d) => d.length === 10, { message: 'give the day the change was published, e.g. "2026-12-02"' });

export const ChangeSchema = z.strictObject({
  /** The day the change was published, in quotes: "2026-12-02". */
  date: DaySchema,
  /** What changed, in one sentence: "Added the strikes of 25 December 2023." */
  what: z.string().min(5),
  /** Why it changed, in one sentence: "A US Central Command statement dated them." */
  why: z.string().min(5),
});

/** A page's changes, oldest or newest first as the editor likes (pages sort them). Default none. */
export const ChangesSchema = z.array(ChangeSchema).default([]);

/** A change, as validated. */
export type Change = z.infer<typeof ChangeSchema>;
