/**
 * The places collection: where events happened. Places named in text link like actors.
 */
import { z } from 'astro/zod';
import { PlaceSlugSchema } from './slugs.ts';

/** Countries the map draws (their borders come from Natural Earth data), plus others for text. */
export const COUNTRIES = ['Iraq', 'Syria', 'Jordan', 'Lebanon', 'Israel', 'Iran', 'Gaza', 'Yemen', 'Saudi Arabia', 'Turkey', 'United States'] as const;

export const PlaceSchema = z.strictObject({
  /** The name readers know best. */
  name: z.string().min(1),
  /** One sentence that says what and where this is, from the sources where they say it. */
  description: z.string().min(10).max(240),
  /** Other spellings and names the sources or the news use ("Abu Kamal", "al-Boukamal"). Default none. */
  variants: z
    .array(
      z.strictObject({
        /** The spelling as written. */
        text: z.string().min(1),
        /** The language of a native-script spelling (ar, fa). Optional. */
        lang: z.string().optional(),
        /** True when the spelling also names something else: listed, never linked automatically. Default false. */
        ambiguous: z.boolean().default(false),
      }),
    )
    .default([]),
  /** The country it is in. */
  country: z.enum(COUNTRIES),
  /** Latitude and longitude in decimal degrees (WGS 84). */
  coordinates: z.strictObject({
    /** Latitude, -90 to 90. */
    lat: z.number().min(-90).max(90),
    /** Longitude, -180 to 180. */
    lon: z.number().min(-180).max(180),
  }),
  /** How precise the coordinates are: a site, a town, a district or area, or a whole region. */
  precision: z.enum(['site', 'town', 'area', 'region']),
  /** Where the coordinates come from (they are reference data, not a claim of the sources). */
  coordinatesSource: z.string().min(3),
  /** Slugs this place had before it was renamed: each old address redirects here (and stays out of the sitemap). Default none. */
  formerSlugs: z.array(PlaceSlugSchema).default([]),
});

/** A place's data, as validated. */
export type Place = z.infer<typeof PlaceSchema>;
