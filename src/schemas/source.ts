/**
 * The sources collection: the outside records the editors rely on beyond the source articles (an
 * official statement, a briefing, a news report the site has not ingested), one YAML file each in
 * `content/sources/`. Each lists the facts it supports, in the editors' words, under a key that
 * citations use: `{ source: centcom-statement-2024-02-02, fact: targets }`.
 */
import { z } from 'astro/zod';
import { PartialDateSchema } from './dates.ts';
import { FactKeySchema } from './citation.ts';

/** The kinds of outside source. */
export const SOURCE_KINDS = ['official-statement', 'briefing', 'casualty-release', 'news-report', 'record'] as const;

export const SourceSchema = z.strictObject({
  /** Who published it, as readers know them: "US Central Command", "AP". */
  publisher: z.string().min(2),
  /** Its title or a short description when it has none: "Statement on US strikes in Iraq and Syria". */
  title: z.string().min(3),
  /** What sort of record it is. */
  kind: z.enum(SOURCE_KINDS),
  /** When it was published, as precisely as known, in quotes. */
  date: PartialDateSchema,
  /** The last day it covers, when it spans several days (a report of 6–7 July). Optional. */
  dateTo: PartialDateSchema.optional(),
  /** Who carried it, when the site knows it only through another outlet ("as reported by VOA"). Optional. */
  via: z.string().min(2).optional(),
  /** Its address, only where the editors know it. Optional: never guessed. */
  url: z.url().optional(),
  /** How the record reached the editors: "Editor's facts, issue #12". */
  origin: z.string().min(3),
  /** The facts it supports, each a short statement in the editors' words. At least one. */
  facts: z
    .array(
      z.strictObject({
        /** The key citations use, unique within this source. */
        key: FactKeySchema,
        /** The fact, in one or two plain sentences. */
        text: z.string().min(10),
      }),
    )
    .min(1),
});

/** An outside source, as validated. */
export type Source = z.infer<typeof SourceSchema>;
