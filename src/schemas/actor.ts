/**
 * The actors collection: the glossary of groups, states, bodies and people the sources name.
 * Every fact and relation is dated where the sources date it, and cited to an article paragraph.
 */
import { z } from 'astro/zod';
import { CitationSchema } from './citation.ts';
import { PartialDateSchema } from './dates.ts';
import { ChangesSchema } from './history.ts';
import { ActorSlugSchema } from './slugs.ts';

/** The kinds of actor, as readers group them in the glossary index. */
export const ACTOR_KINDS = ['armed-group', 'umbrella', 'state', 'state-body', 'government', 'organisation', 'person', 'quoted-voice'] as const;

/** The kinds of alias. */
export const ALIAS_TYPES = ['transliteration', 'spelling', 'translation', 'abbreviation', 'short-name', 'title', 'real-name', 'former-name', 'front-name', 'native-script', 'metonym'] as const;

/** The kinds of relation between actors. */
export const RELATION_TYPES = ['part-of', 'backed-by', 'front-name-of', 'leads', 'led', 'founded', 'allied-with'] as const;


export const ActorSchema = z.strictObject({
  /** The name readers know best, as the sources spell it most often. */
  name: z.string().min(1),
  /** One sentence that says who this is; shown in link previews and the glossary index. */
  description: z.string().min(10).max(240),
  /** What sort of actor this is. quoted-voice: an analyst or official the sources quote. */
  kind: z.enum(ACTOR_KINDS),
  /** Other names: spellings, translations, abbreviations, native-script names. Default none. */
  aliases: z
    .array(
      z.strictObject({
        /** The alias exactly as written. */
        text: z.string().min(1),
        /** What sort of alias it is. */
        type: z.enum(ALIAS_TYPES),
        /** The language of a native-script or translated alias, as a BCP 47 tag (ar, fa). Optional. */
        lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/).optional(),
        /** True when the alias also names someone else: it is listed but never linked automatically. Default false. */
        ambiguous: z.boolean().default(false),
      }),
    )
    .default([]),
  /** Relations to other actors, typed and dated where the sources date them. Default none. */
  relations: z
    .array(
      z.strictObject({
        /** How this actor relates to the other: "part-of" reads "this actor is part of the target". */
        type: z.enum(RELATION_TYPES),
        /** The other actor's slug. */
        target: ActorSlugSchema,
        /** When the relation began, as precisely as the sources say. Optional. */
        from: PartialDateSchema.optional(),
        /** When it ended. Optional. */
        to: PartialDateSchema.optional(),
        /** The record that dates its end, when `cite` does not (an office that ended after the articles). Optional. */
        toCite: CitationSchema.optional(),
        /** The source paragraph that supports it. */
        cite: CitationSchema,
        /** Further citations, e.g. the paragraph that names the speaker of `cite`'s "he said". Default none. */
        also: z.array(CitationSchema).default([]),
      }),
    )
    .default([]),
  /** Key facts (founded, designated, leaders), each dated where the sources date it and cited. Default none. */
  facts: z
    .array(
      z.strictObject({
        /** The fact in one short sentence. */
        text: z.string().min(3),
        /** When, as precisely as the sources say. Optional. */
        date: PartialDateSchema.optional(),
        /** The source paragraph that supports it. */
        cite: CitationSchema,
        /** Further citations, e.g. the paragraph that names the speaker of `cite`'s "he said". Default none. */
        also: z.array(CitationSchema).default([]),
      }),
    )
    .default([]),
  /**
   * How the actor ended, where a record shows it: a person who died or was killed, a government
   * that fell, a body dissolved. Pages then speak of the actor in the past. Optional.
   */
  end: z
    .strictObject({
      /** What happened. */
      kind: z.enum(['died', 'killed', 'fell', 'dissolved']),
      /** When, in quotes. */
      date: PartialDateSchema,
      /** The record that shows it. */
      cite: CitationSchema,
    })
    .optional(),
  /** Slugs this entry had before it was renamed: each old address redirects here (and stays out of the sitemap). Default none. */
  formerSlugs: z.array(ActorSlugSchema).default([]),
  /** What changed after publishing, with the day and the reason; listed on the page and in /updates/. Default none. */
  changes: ChangesSchema,
});

/** An actor's frontmatter, as validated. */
export type Actor = z.infer<typeof ActorSchema>;
