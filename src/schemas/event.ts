/**
 * The events collection: one entry per dated event the sources report, in YAML. The timeline, the
 * map, the chart and the actor and place pages are all generated from these files.
 */
import { z } from 'astro/zod';
import { PartialDateSchema } from './dates.ts';
import { FigureSchema } from './figure.ts';
import { ActorSlugSchema, EventSlugSchema, PlaceSlugSchema } from './slugs.ts';
import { CitationSchema } from './citation.ts';


/** The kinds of event, as the timeline filters them. */
export const EVENT_KINDS = ['attack-on-us-forces', 'us-strike', 'killing', 'other-attack', 'political-event', 'designation'] as const;

/** The roles an actor plays in an event. Attribution is kept apart: see `attributedBy`. */
export const ROLES = ['attacker', 'target', 'claimant', 'responder', 'killed', 'official', 'mediator'] as const;


export const EventSchema = z.strictObject({
  /** A short headline: "US strikes on five Kataib Hezbollah bases". */
  title: z.string().min(5).max(120),
  /** One sentence: what happened, in plain words. */
  summary: z.string().min(20).max(400),
  /** When, as precisely as the sources say, in quotes ("2019-12-29", "2023-10"). */
  date: PartialDateSchema,
  /** How precise the date is. approximate: `dateLabel` says how ("late December"). */
  datePrecision: z.enum(['day', 'month', 'year', 'approximate']),
  /** How readers see an approximate date: "early January 2020". Optional. */
  dateLabel: z.string().optional(),
  /** What kind of event it is. */
  kind: z.enum(EVENT_KINDS),
  /** Where it happened (place slugs). Default none. */
  places: z.array(PlaceSlugSchema).default([]),
  /** The actors involved, each in a role. */
  actors: z
    .array(
      z.strictObject({
        /** The actor's slug. */
        actor: ActorSlugSchema,
        /** The part the actor played. */
        role: z.enum(ROLES),
        /** Who says so, when the role is attributed rather than established ("the Pentagon"). Optional. */
        attributedBy: z.string().optional(),
      }),
    )
    .min(1),
  /** Deaths and injuries as each source reports them: sources that disagree get an entry each. Default none. */
  casualties: z
    .array(
      z.strictObject({
        /** Who was killed or hurt: "US service members", "fighters", "people". */
        who: z.string().min(2),
        /** The number killed, as given. Optional. */
        killed: FigureSchema.optional(),
        /** The number injured, as given. Optional. */
        injured: FigureSchema.optional(),
        /** Who gives the figure: "local sources", "an Iraqi militia official", "the US Department of Defense". */
        according: z.string().min(2),
        /** The paragraph that reports it. */
        cite: CitationSchema,
      }),
    )
    .default([]),
  /** Events this one answered (event slugs): attack → strike → response. Default none. */
  inResponseTo: z.array(EventSlugSchema).default([]),
  /** The paragraphs that report the event. At least one. */
  citations: z.array(CitationSchema).min(1),
  /** Slugs this event had before it was renamed: each stays an anchor on the timeline, so old links still land on it. Default none. */
  formerSlugs: z.array(EventSlugSchema).default([]),
});

/** An event's data, as validated. */
export type Event = z.infer<typeof EventSchema>;
