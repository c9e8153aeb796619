/**
 * The open data files (`/data/<name>.json`, `.csv`): one row schema per data set, each field with
 * the description the data dictionary (`/data/`) and the published JSON Schema
 * (`/data/<name>.schema.json`) show. The fields' types are the content schemas' own (the same
 * enums, slugs and dates), so a data file cannot drift from what the content allows; names are
 * snake_case, as spreadsheet and R users expect. `z.toJSONSchema` turns each into JSON Schema.
 */
import { z } from 'astro/zod';
import { ACTOR_KINDS, ALIAS_TYPES, RELATION_TYPES } from './actor.ts';
import { FactKeySchema } from './citation.ts';
import { CountSchema } from './count.ts';
import { PartialDateSchema } from './dates.ts';
import { EVENT_KINDS, EventSchema, ROLES } from './event.ts';
import { FIGURE_WORDS } from './figure.ts';
import { COUNTRIES, PlaceSchema } from './place.ts';
import { ActorSlugSchema, ArticleSlugSchema, EventSlugSchema, PlaceSlugSchema, SourceSlugSchema } from './slugs.ts';
import { SOURCE_KINDS } from './source.ts';

/** A field with its description (shown in the JSON Schema and the data dictionary). */
const d = <T extends z.ZodType>(schema: T, description: string): T => schema.meta({ description }) as T;

/** An address on this site or elsewhere. */
const Url = z.string().regex(/^https?:\/\//, { message: 'an absolute http(s) URL' });

/** The columns of a citation, written out in every cited row (and nested in events and actors). */
export const CITATION_COLUMNS = {
  source_article: d(ArticleSlugSchema.nullable(), 'The cited source article (its slug on this site), when the source is an article; empty for an outside source.'),
  source_paragraph: d(z.number().int().positive().nullable(), 'The number of the cited paragraph in that article (as in #p7).'),
  source_quote: d(z.string().nullable(), 'The words of that paragraph that support the row, verbatim.'),
  source_by: d(z.string().nullable(), 'Who makes the claim in that paragraph, when it is not the reporter (“US Central Command”); empty otherwise.'),
  source_url: d(Url.nullable(), 'The cited paragraph on this site.'),
  outside_source: d(SourceSlugSchema.nullable(), 'The outside record (its slug on this site; see sources.json), when the row cites one instead of an article.'),
  outside_fact: d(FactKeySchema.nullable(), 'The key of the cited fact in that outside record.'),
  outside_url: d(Url.nullable(), 'The cited fact on this site’s sources page.'),
};

/** A citation as one object (in nested lists). */
export const CitationRowSchema = z.strictObject(CITATION_COLUMNS).meta({ description: 'A citation: an article paragraph with its quote, or a fact of an outside record.' });

/** A figure as a source gives it, as a nested object. */
const FigureRowSchema = z.strictObject({
  min: d(z.number().int().nonnegative(), 'The lowest figure the source gives (“at least 17” → 17).'),
  max: d(z.number().int().nonnegative().nullable(), 'The highest figure: equal to min for an exact figure, empty when the source gives only a lower bound.'),
  said: d(z.enum(FIGURE_WORDS).nullable(), 'The source’s own words for a figure without max (“at least”, “more than”, “about”); empty for an exact figure or a range.'),
});

/** The relations data set: one row per relation between two actors. */
export const RelationRowSchema = z.strictObject({
  actor: d(ActorSlugSchema, 'The actor the relation describes (its id: the slug of its page).'),
  actor_name: d(z.string(), 'Its name.'),
  relation: d(z.enum(RELATION_TYPES), 'The relation type, read from the actor to the other actor.'),
  relation_label: d(z.string(), 'The relation in words.'),
  other_actor: d(ActorSlugSchema, 'The other actor (its id).'),
  other_actor_name: d(z.string().nullable(), 'Its name.'),
  from: d(PartialDateSchema.nullable(), 'When the relation began, as precisely as the sources say (YYYY, YYYY-MM or YYYY-MM-DD); empty when they do not say.'),
  to: d(PartialDateSchema.nullable(), 'When it ended; empty when it has not, or the sources do not say.'),
  ...CITATION_COLUMNS,
});

/** The places data set: one row per place. */
export const PlaceRowSchema = z.strictObject({
  place: d(PlaceSlugSchema, 'The place’s id (the slug of its page).'),
  former_ids: d(z.array(PlaceSlugSchema), 'Ids the place had before it was renamed; their pages redirect to it.'),
  name: d(z.string(), 'Its name as the site writes it.'),
  country: d(z.enum(COUNTRIES), 'The country it is in.'),
  latitude: d(PlaceSchema.shape.coordinates.shape.lat, 'Latitude in decimal degrees (WGS 84). Reference coordinates, not a claim of the sources.'),
  longitude: d(PlaceSchema.shape.coordinates.shape.lon, 'Longitude in decimal degrees (WGS 84).'),
  precision: d(PlaceSchema.shape.precision, 'What the coordinates mark: site, town, area or region.'),
  events: d(z.number().int().nonnegative(), 'How many events in the timeline happened there (its slice of the timeline lists them all).'),
  url: d(Url, 'The place’s page on this site, with its events and their sources.'),
});

/** The counts data set: one row per count the sources give. */
export const CountRowSchema = z.strictObject({
  count: d(z.string(), 'The count’s id.'),
  series: d(CountSchema.shape.series, 'What is counted: attacks-on-us-forces or us-strikes.'),
  min: d(z.number().int().nonnegative(), 'The lowest figure the source gives.'),
  max: d(z.number().int().nonnegative().nullable(), 'The highest figure; equal to min for an exact figure, empty for “at least”.'),
  since: d(PartialDateSchema, 'The start of the counted period (YYYY, YYYY-MM or YYYY-MM-DD): the counts are cumulative from here.'),
  since_label: d(z.string(), 'The start of the period in words.'),
  as_of: d(PartialDateSchema, 'When the count was given.'),
  as_of_label: d(z.string(), 'That date in words, as precise as the source is.'),
  according_to: d(z.string(), 'Who counted.'),
  ...CITATION_COLUMNS,
});

/** The events data set: one row per dated event of the timeline. */
export const EventRowSchema = z.strictObject({
  event: d(EventSlugSchema, 'The event’s id: its anchor on the timeline (#id on the page that lists it; see url).'),
  former_ids: d(z.array(EventSlugSchema), 'Ids the event had before it was renamed; each is still an anchor on the timeline.'),
  title: d(EventSchema.shape.title, 'A short headline.'),
  summary: d(EventSchema.shape.summary, 'What happened, in one sentence.'),
  date: d(PartialDateSchema, 'When, as precisely as the sources say: YYYY-MM-DD, YYYY-MM or YYYY.'),
  date_precision: d(EventSchema.shape.datePrecision, 'How precise the date is: day, month, year, or approximate (then date_label says how).'),
  date_label: d(z.string().nullable(), 'How the site shows an approximate date (“early January 2020”); empty otherwise.'),
  kind: d(z.enum(EVENT_KINDS), 'What kind of event it is, as the timeline filters them.'),
  places: d(z.array(PlaceSlugSchema), 'Where it happened: place ids (see places.json).'),
  actors: d(
    z.array(
      z.strictObject({
        actor: d(ActorSlugSchema, 'The actor’s id (see actors.json).'),
        role: d(z.enum(ROLES), 'The part it played.'),
        attributed_by: d(z.string().nullable(), 'Who says it played that part, when the role is attributed rather than established (“the Pentagon”); empty otherwise.'),
      }),
    ),
    'The actors involved, each in a role.',
  ),
  casualties: d(
    z.array(
      z.strictObject({
        who: d(z.string(), 'Who was killed or hurt: “US service members”, “fighters”.'),
        killed: d(FigureRowSchema.nullable(), 'The number killed, as the source gives it; empty when it gives none.'),
        injured: d(FigureRowSchema.nullable(), 'The number injured, as the source gives it; empty when it gives none.'),
        according_to: d(z.string(), 'Who gives the figure.'),
        citation: d(CitationRowSchema, 'The paragraph or record that reports it.'),
      }),
    ),
    'Deaths and injuries as each source reports them: one entry per source, so disagreements stay visible.',
  ),
  in_response_to: d(z.array(EventSlugSchema), 'The events this one answered (event ids).'),
  citations: d(z.array(CitationRowSchema), 'The paragraphs and records that report the event.'),
  url: d(Url, 'The event on the timeline.'),
});

/** The actors data set: one row per glossary entry. */
export const ActorRowSchema = z.strictObject({
  actor: d(ActorSlugSchema, 'The actor’s id (the slug of its page).'),
  former_ids: d(z.array(ActorSlugSchema), 'Ids the actor had before it was renamed; their pages redirect to it.'),
  name: d(z.string(), 'The name readers know best.'),
  description: d(z.string(), 'Who this is, in one sentence.'),
  kind: d(z.enum(ACTOR_KINDS), 'What sort of actor: armed group, umbrella, state, state body, government, organisation, person, or quoted voice (an analyst or official the sources quote).'),
  aliases: d(
    z.array(
      z.strictObject({
        text: d(z.string(), 'The alias exactly as written.'),
        type: d(z.enum(ALIAS_TYPES), 'What sort of alias it is.'),
        lang: d(z.string().nullable(), 'The language of a native-script or translated alias (BCP 47: ar, fa); empty otherwise.'),
        ambiguous: d(z.boolean(), 'True when the alias also names someone else, so the site never links it automatically.'),
      }),
    ),
    'Other names: spellings, translations, abbreviations, native-script names.',
  ),
  facts: d(
    z.array(
      z.strictObject({
        text: d(z.string(), 'The fact in one short sentence.'),
        date: d(PartialDateSchema.nullable(), 'When, as precisely as the sources say; empty when they do not.'),
        citation: d(CitationRowSchema, 'What supports it.'),
      }),
    ),
    'Key facts, each dated where the sources date it and cited.',
  ),
  ended: d(
    z
      .strictObject({
        kind: d(z.enum(['died', 'killed', 'fell', 'dissolved']), 'What happened.'),
        date: d(PartialDateSchema, 'When.'),
        citation: d(CitationRowSchema, 'The record that shows it.'),
      })
      .nullable(),
    'How the actor ended, where a record shows it (a person killed, a government fallen); empty otherwise.',
  ),
  relations: d(z.number().int().nonnegative(), 'How many relations to other actors it has (each is a row of relations.json).'),
  events: d(z.number().int().nonnegative(), 'How many timeline events it takes part in (its slice of the timeline lists them all).'),
  url: d(Url, 'Its glossary page.'),
});

/** What a citation is part of, in the citations data set. */
export const CITING_KINDS = ['actor', 'explainer', 'event', 'count', 'article'] as const;

/** The citations data set: one row per use of a citation anywhere on the site. */
export const CitationUseRowSchema = z.strictObject({
  owner_kind: d(z.enum(CITING_KINDS), 'What holds the citation: an explainer, a glossary entry (actor), an event, a count, or an article (the evidence of a correction).'),
  owner: d(z.string(), 'Its id.'),
  in: d(z.enum(['body', 'data']), 'body: the running text of an explainer or glossary entry; data: a key fact, relation, event, count, short answer or correction.'),
  role: d(z.enum(['key-fact', 'actor-fact', 'relation', 'event', 'casualty', 'count', 'correction', 'short-answer', 'end']).nullable(), 'For a citation in data, what sort of statement it supports; empty for one in a body.'),
  claim: d(z.string(), 'What it supports: the sentence before it in a body, or the data’s own statement.'),
  side: d(z.string().nullable(), 'In a “where the sources disagree” block, the claim of the side it supports; empty otherwise.'),
  claim_url: d(Url, 'Where the claim is shown: the cited sentence’s own anchor (#c-…) on an explainer, or the page that holds it.'),
  ...CITATION_COLUMNS,
});

/** The outside sources data set: one row per outside record. */
export const SourceRowSchema = z.strictObject({
  source: d(SourceSlugSchema, 'The record’s id (its anchor on the sources page).'),
  publisher: d(z.string(), 'Who published it.'),
  title: d(z.string(), 'Its title, or a short description when it has none.'),
  kind: d(z.enum(SOURCE_KINDS), 'What sort of record it is.'),
  date: d(PartialDateSchema, 'When it was published, as precisely as known.'),
  date_to: d(PartialDateSchema.nullable(), 'The last day it covers, when it spans several days; empty otherwise.'),
  via: d(z.string().nullable(), 'Who carried it, when the site knows it only through another outlet; empty otherwise.'),
  address: d(Url.nullable(), 'Its own address, only where the editors know it (never guessed); empty otherwise.'),
  origin: d(z.string(), 'How the record reached the editors.'),
  facts: d(
    z.array(
      z.strictObject({
        key: d(FactKeySchema, 'The key citations use (outside_fact).'),
        text: d(z.string(), 'The fact, in the editors’ words.'),
        cited: d(z.number().int().nonnegative(), 'How many citations on the site use it (as the sources page shows).'),
        url: d(Url, 'The fact on the sources page.'),
      }),
    ),
    'The facts it supports.',
  ),
  cited: d(z.number().int().nonnegative(), 'How many citations on the site use the record, all facts together.'),
  url: d(Url, 'The record on the sources page.'),
});

/** The envelope every data file's JSON has: what it is, how to cite it, its fields and its rows. */
export function dataFileSchema<R extends z.ZodType>(row: R, title: string) {
  return z
    .strictObject({
      $schema: d(Url, 'This file’s JSON Schema.'),
      title: d(z.string(), 'What the data set is.'),
      description: d(z.string(), 'What it holds, in a sentence or two.'),
      publisher: d(z.string(), 'Who publishes it.'),
      url: d(Url, 'The page that shows the same data.'),
      dictionary: d(Url, 'The data dictionary: every field explained.'),
      version: d(z.string().regex(/^[0-9a-f]{12}$/), 'The content version the file was built from (the same as on every page’s “Cite this page”).'),
      version_date: d(PartialDateSchema, 'The date of that version: the newest change the editors recorded.'),
      citation: d(z.string(), 'A line to cite the data set with.'),
      fields: d(z.array(z.strictObject({ name: d(z.string(), 'The field’s name.'), description: d(z.string(), 'What it holds.') })), 'The fields of a row, in column order, with what each holds.'),
      rows: d(z.array(row), 'The rows.'),
    })
    .meta({ title });
}
