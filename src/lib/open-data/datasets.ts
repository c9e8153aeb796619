/**
 * Every data set the site publishes: its names, its row schema (whose field descriptions are also
 * the data dictionary's, src/schemas/data-files.ts), the page that shows the same data, and how
 * its fields that are not plain values read in the CSV.
 */
import type { z } from 'astro/zod';
import { countText } from '../events.ts';
import { keys, paths } from '../paths.ts';
import { ActorRowSchema, CitationUseRowSchema, CITATION_COLUMNS, CountRowSchema, EventRowSchema, PlaceRowSchema, RelationRowSchema, SourceRowSchema } from '../../schemas/data-files.ts';
import { LIST_SEPARATOR, type DataSpec } from './format.ts';

/** The key of a citation for a CSV cell: `article#p7` or `source!fact`. */
const citationKey = (c: { source_article: string | null; source_paragraph: number | null; outside_source: string | null; outside_fact: string | null }): string =>
  c.outside_source ? keys.sourceFact(c.outside_source, c.outside_fact ?? '') : keys.paragraph(c.source_article ?? '', c.source_paragraph ?? 0);

type CitationObject = z.infer<z.ZodObject<typeof CITATION_COLUMNS>>;

/** Every data set: what it is, its row schema, the page that shows it and its CSV form. */
export const DATASETS = {
  events: {
    name: 'events',
    title: 'Dated events',
    description: 'Every dated event of the timeline: when, what kind, where, who in what role, casualties as each source reports them, what it answered, and its sources.',
    row: EventRowSchema,
    page: paths.timeline(),
    csv: {
      actors: { cell: (v: { actor: string; role: string; attributed_by: string | null }[]) => v.map((a) => `${a.actor} (${a.role}${a.attributed_by ? `, according to ${a.attributed_by}` : ''})`).join(LIST_SEPARATOR), note: 'each actor as “id (role)”, or “id (role, according to …)”, joined by “; ”' },
      casualties: {
        cell: (v: { who: string; killed: { min: number; max: number | null; said: string | null } | null; injured: { min: number; max: number | null; said: string | null } | null; according_to: string }[]) =>
          v
            .map((c) => {
              const figures = [c.killed && `${countText({ min: c.killed.min, max: c.killed.max ?? undefined, said: c.killed.said ?? undefined })} killed`, c.injured && `${countText({ min: c.injured.min, max: c.injured.max ?? undefined, said: c.injured.said ?? undefined })} injured`].filter(Boolean).join(', ');
              return `${figures} (${c.who}), according to ${c.according_to}`;
            })
            .join(LIST_SEPARATOR),
        note: 'each source’s figures in words, “3 killed, 40 injured (US service members), according to …”, joined by “; ”',
      },
      citations: { cell: (v: CitationObject[]) => v.map(citationKey).join(LIST_SEPARATOR), note: 'each citation as “article#p7” or “source!fact”, joined by “; ”' },
    },
  },
  actors: {
    name: 'actors',
    title: 'Actors of the glossary',
    description: 'Every group, state, body and person of the glossary, with its aliases, key facts (each cited), and how many relations and timeline events it has.',
    row: ActorRowSchema,
    page: paths.actors(),
    csv: {
      aliases: { cell: (v: { text: string }[]) => v.map((a) => a.text).join(LIST_SEPARATOR), note: 'the aliases’ texts, joined by “; ”' },
      facts: false,
      ended: { cell: (v: { kind: string; date: string } | null) => (v ? `${v.kind} ${v.date}` : null), note: 'what happened and when, “killed 2020-01-03”' },
    },
  },
  citations: {
    name: 'citations',
    title: 'Every citation on the site',
    description: 'Every use of a citation: what holds it, the claim it supports (with a link to the sentence where an explainer shows it), and the cited paragraph and quote or outside fact.',
    row: CitationUseRowSchema,
    page: paths.integrity(),
  },
  sources: {
    name: 'sources',
    title: 'Outside records',
    description: 'The outside records the editors rely on beyond the source articles (official statements, briefings, reports), with the facts each supports and how often the site cites them.',
    row: SourceRowSchema,
    page: paths.sources(),
    csv: { facts: { cell: (v: { key: string }[]) => v.map((f) => f.key).join(LIST_SEPARATOR), note: 'the facts’ keys, joined by “; ”' } },
  },
  counts: {
    name: 'counts',
    title: 'Attacks on US forces and US strikes, as the sources count them',
    description: 'The counts of attacks on US forces and of US strikes that the sources give, each cumulative from the start of its own period, with who counted and the source paragraph.',
    row: CountRowSchema,
    page: paths.timeline(),
  },
  relations: {
    name: 'relations',
    title: 'Relations between the actors',
    description: 'Every relation between two actors of the glossary (part of, backed by, leads …), with the source paragraph that supports it.',
    row: RelationRowSchema,
    page: paths.actors(),
  },
  places: {
    name: 'places',
    title: 'Where the events happened',
    description: 'Every place in the timeline, with reference coordinates, how precise they are, and how many events happened there.',
    row: PlaceRowSchema,
    page: paths.places(),
  },
} as const satisfies Record<string, DataSpec>;

/** A data set's name. */
export type DataSetName = keyof typeof DATASETS;
