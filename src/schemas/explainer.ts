/**
 * The explainers collection: answers to readers' questions. The body cites source paragraphs with
 * `<Cite a="article-slug" p="7" q="verbatim quote" />`; the build checks every quote.
 */
import { z } from 'astro/zod';
import { CitationSchema } from './citation.ts';
import { PartialDateSchema } from './dates.ts';
import { ChangesSchema } from './history.ts';
import { ActorSlugSchema, ExplainerSlugSchema } from './slugs.ts';


export const ExplainerSchema = z.strictObject({
  /** The reader's question, as the title: "Who is Kataib Hezbollah?" */
  title: z.string().min(5).regex(/\?$/, { message: 'an explainer title is a question: end it with "?"' }),
  /** The short answer: two or three plain sentences, shown first and on cards; each sentence with what supports it (a plain string only while it awaits its citations: the editorial lint reports it). */
  shortAnswer: z.union([
    z.string().min(40).max(600),
    z
      .array(
        z.strictObject({
          /** One sentence of the answer. */
          text: z.string().min(10),
          /** What supports it. At least one. */
          cites: z.array(CitationSchema).min(1),
        }),
      )
      .min(1)
      .max(4),
  ]),
  /** The actors the explainer is about (actor slugs), shown linked with previews. */
  actors: z.array(ActorSlugSchema).min(1),
  /** Other explainers a reader should see next (explainer slugs). Default none. */
  related: z.array(ExplainerSlugSchema).default([]),
  /** Key facts for the box beside the answer, each cited. Default none. */
  keyFacts: z
    .array(
      z.strictObject({
        /** What the fact is about: "Founded", "US troops in Iraq". */
        label: z.string().min(1),
        /** The fact, short. */
        value: z.string().min(1),
        /** What supports it: article paragraphs or outside records. At least one. */
        cites: z.array(CitationSchema).min(1),
      }),
    )
    .default([]),
  /** When the explainer was first published. */
  published: PartialDateSchema,
  /** When it was last changed in substance. */
  updated: PartialDateSchema,
  /** Its place in the home page's list of questions (lower first). Default 100. */
  order: z.number().int().default(100),
  /** Slugs this explainer had before it was renamed: each old address redirects here (and stays out of the sitemap). Default none. */
  formerSlugs: z.array(ExplainerSlugSchema).default([]),
  /** What changed after publishing, with the day and the reason; listed on the page and in /updates/. Default none. */
  changes: ChangesSchema,
});

/** An explainer's frontmatter, as validated. */
export type Explainer = z.infer<typeof ExplainerSchema>;
