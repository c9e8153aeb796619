/**
 * The articles collection: one raw source article per file, its text as ingested and its metadata as
 * curated by an editor. Every field says what it is; content errors name the file, the field, the
 * bad value and the fix (see `src/lib/content-errors.ts`).
 */
import { z } from 'astro/zod';
import { PartialDateSchema } from './dates.ts';
import { CitationSchema } from './citation.ts';
import { ChangesSchema, DaySchema } from './history.ts';
import { ArticleSlugSchema } from './slugs.ts';

/**
 * Words of an article that a correction marks: the exact words, or the words with what is right
 * in their place (shown beside the mark). Read as `{ text, correct? }` either way.
 */
export const CorrectionQuoteSchema = z
  .union([
    z.string().min(1),
    z.strictObject({
      /** The article's words, quoted exactly. */
      text: z.string().min(1),
      /** What is right instead, in a few words, shown beside the mark: "Tower 22, in north-eastern Jordan". */
      correct: z.string().min(1),
    }),
  ])
  .transform((q) => (typeof q === 'string' ? { text: q } : q));

export const ArticleSchema = z
  .strictObject({
    /** The article's title as shown to readers; an editor writes one where the text has none. */
    title: z.string().min(1),
    /** Where the title came from: a line of the text, its first sentence, a saved page's own metadata (ingest), or an editor. */
    titleSource: z.enum(['first-line', 'first-sentence', 'page-metadata', 'editor']),
    /** The line under the title that sums the article up, as written in the source. Optional. */
    standfirst: z.string().optional(),
    /** True while an editor has not yet checked the draft; drafts are not published. Default true. */
    draft: z.boolean().default(true),
    /** When the article was published, how precisely, and how we know. */
    published: z.strictObject({
      /** The date, as precise as known; null only in drafts where the text states none. */
      date: PartialDateSchema.nullable(),
      /** How precise `date` is. */
      precision: z.enum(['day', 'month', 'year']),
      /** How readers see an approximate date, e.g. "mid-November 2023". Optional. */
      label: z.string().optional(),
      /** True when the text does not state the date and it was inferred. */
      inferred: z.boolean(),
      /** How the date is known or was inferred, in one sentence. */
      basis: z.string().min(1),
    }),
    /** Who published the article, or "unknown" with the evidence. */
    publisher: z.strictObject({
      /** The publisher's name, or "unknown". */
      name: z.string().min(1),
      /** The agency whose report this carries, if any, e.g. "AP" or "Reuters". */
      via: z.string().optional(),
      /** The evidence for the name, in one sentence. */
      evidence: z.string().min(1),
    }),
    /** What sort of text this is. "unknown" only in drafts. */
    kind: z.enum(['news-report', 'analysis', 'opinion', 'ai-generated', 'unknown']),
    /** How far readers can rely on it, and why. "unrated" only in drafts. */
    reliability: z.strictObject({
      /** high, medium or low; unrated until an editor rates it. */
      level: z.enum(['high', 'medium', 'low', 'unrated']),
      /** The reasons, one sentence each. */
      reasons: z.array(z.string().min(1)),
    }),
    /** Photos the page carried: caption and credit as written. Default none. */
    images: z.array(z.strictObject({ caption: z.string(), credit: z.string() })).default([]),
    /** Editor's notes: conflicts in the text, context a reader needs. Default none. */
    notes: z
      .array(
        z.strictObject({
          /** The note, in plain sentences. */
          text: z.string().min(1),
          /** The paragraphs it is about (numbers, as in #p3). Optional. */
          paragraphs: z.array(z.number().int().positive()).optional(),
        }),
      )
      .default([]),
    /** What the article gets wrong or leaves unconfirmed, and where the correction comes from. Default none. */
    corrections: z
      .array(
        z.strictObject({
          /** The article's words, each marked wherever the text or a quote of it is shown. Default none. */
          quotes: z.array(CorrectionQuoteSchema).default([]),
          /**
           * wrong: contradicted by the evidence; unconfirmed: no other source confirms it; clarified: right
           * in one reading only (a date in local time that US time gives as the day before), said here.
           */
          status: z.enum(['wrong', 'unconfirmed', 'clarified']),
          /** What is correct, or what is not confirmed, in plain sentences. */
          text: z.string().min(1),
          /**
           * What shows it: facts of outside records (`{ source, fact }`) or paragraphs of other articles.
           * At least one for a "wrong" or "clarified" correction.
           */
          evidence: z.array(CitationSchema).default([]),
          /**
           * The day the site published this correction, in quotes. Optional: a dated correction is also
           * listed in the page's changes; an undated one is listed in /updates/ under the date of the
           * newest record that shows it (or the article's date, when nothing does), marked as such.
           */
          date: DaySchema.optional(),
        }),
      )
      .default([]),
    /** Where ingest made this article from. Written by `npm run ingest`; do not edit, except `keep`. */
    ingest: z.strictObject({
      /** The seed file in seeds/: raw text (`.txt`) or a page saved from a browser (`.html`). */
      seed: z.string().regex(/^[\w.-]+\.(?:txt|html?)$/),
      /** The article's position in its seed (a seed may hold several). */
      part: z.number().int().positive(),
      /** How many articles the seed holds. */
      parts: z.number().int().positive(),
      /** SHA-256 of the seed file when it was ingested. */
      seedSha256: z.string().regex(/^[0-9a-f]{64}$/),
      /**
       * Removed lines the editor keeps as article text: a line number as the ingest report gives it
       * (a block number for a saved page), or the line's exact text. Ingest applies the list the
       * next time it writes the draft; adding to it does not count as an edit. Default none.
       */
      keep: z.array(z.union([z.number().int().positive(), z.string().min(1)])).default([]),
      /** The byline as the source printed it, without "By", e.g. "Jane Doe and John Roe". Optional. */
      byline: z.string().min(1).optional(),
      /** Where ingest found each value, quoting the evidence, e.g. `line 6: "By Jane Doe"`. Optional. */
      sources: z
        .strictObject({
          /** Where the title came from, e.g. `JSON-LD NewsArticle headline` or `line 3`. */
          title: z.string().min(1).optional(),
          /** Where the byline came from. */
          byline: z.string().min(1).optional(),
          /** Where the published date came from. */
          date: z.string().min(1).optional(),
          /** Where the publisher's name came from. */
          publisher: z.string().min(1).optional(),
        })
        .optional(),
      /** SHA-256 of the draft as generated; ingest leaves the file alone once it differs. */
      draftSha256: z.string().regex(/^[0-9a-f]{64}$/),
    }),
    /** Slugs this article had before it was renamed: each old address redirects here (and stays out of the sitemap). Default none. */
    formerSlugs: z.array(ArticleSlugSchema).default([]),
    /** What changed after publishing, with the day and the reason; listed on the page and in /updates/. Default none. */
    changes: ChangesSchema,
  })
  .superRefine((article, ctx) => {
    if (article.draft) return;
    const fix = 'set it before publishing, or keep `draft: true`';
    if (article.published.date === null) {
      ctx.addIssue({ code: 'custom', path: ['published', 'date'], message: `a published article needs a date: ${fix}` });
    }
    if (article.reliability.level === 'unrated') {
      ctx.addIssue({ code: 'custom', path: ['reliability', 'level'], message: `a published article needs a rating (high, medium or low): ${fix}` });
    }
    if (article.kind === 'unknown') {
      ctx.addIssue({ code: 'custom', path: ['kind'], message: `a published article needs a kind (news-report, analysis, opinion or ai-generated): ${fix}` });
    }
    article.corrections.forEach((c, i) => {
      if (c.status !== 'unconfirmed' && c.evidence.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['corrections', i, 'evidence'], message: `a "${c.status}" correction must cite at least one outside record or article that shows it` });
      }
    });
  });

/** An article's frontmatter, as validated. */
export type Article = z.infer<typeof ArticleSchema>;
