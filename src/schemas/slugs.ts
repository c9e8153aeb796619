/**
 * Slugs: the file names of content entries without their extension, and so the last part of their
 * URLs. Each kind of entry has its own branded type (an idea from Quartz v4's `FullSlug`), so an
 * actor's slug can never be passed where an article's is expected, and a title or a URL never
 * passes for a slug. A reference in one file to another entry is parsed with the same schema, so it
 * carries the brand too.
 */
import { z } from 'astro/zod';

/** Lower-case ASCII letters and digits, in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug schema for one kind of entry, whose error names the folder and gives an example. */
function slugOf<B extends string>(_brand: B, folder: string, example: string) {
  return z
    .string()
    .regex(SLUG_PATTERN, { message: `use a file name from ${folder} without its extension, e.g. ${example}` })
    .brand<B>();
}

export const ArticleSlugSchema = slugOf('ArticleSlug', 'content/articles/', 'how-the-us-strikes-a-delicate-balance');
export const ActorSlugSchema = slugOf('ActorSlug', 'content/actors/', 'kataib-hezbollah');
export const ExplainerSlugSchema = slugOf('ExplainerSlug', 'content/explainers/', 'who-is-kataib-hezbollah');
export const EventSlugSchema = slugOf('EventSlug', 'content/events/', 'tower-22-drone-attack-2024');
export const PlaceSlugSchema = slugOf('PlaceSlug', 'content/places/', 'al-bukamal');
export const SourceSlugSchema = slugOf('SourceSlug', 'content/sources/', 'centcom-statement-2024-02-02');

/** An article's slug. */
export type ArticleSlug = z.infer<typeof ArticleSlugSchema>;
/** An actor's slug. */
export type ActorSlug = z.infer<typeof ActorSlugSchema>;
/** An explainer's slug. */
export type ExplainerSlug = z.infer<typeof ExplainerSlugSchema>;
/** An event's slug. */
export type EventSlug = z.infer<typeof EventSlugSchema>;
/** A place's slug. */
export type PlaceSlug = z.infer<typeof PlaceSlugSchema>;
/** An outside source's slug. */
export type SourceSlug = z.infer<typeof SourceSlugSchema>;
