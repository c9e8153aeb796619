/**
 * The site's data as files readers can download, pure: rows built from the content model's typed
 * records, and one serializer that writes any data set as CSV (RFC 4180), as JSON with its fields
 * described and its version named, and as the JSON Schema of that JSON. Each data set is defined
 * by a row schema in `src/schemas/data-files.ts`, whose field descriptions are also the data
 * dictionary's. The endpoints in src/pages/data/ only fetch the content and call these.
 */
import { z } from 'astro/zod';
import type { ActorRecord, CitationUse, ContentModel, EventRecord, SourceRecord } from './content/model.ts';
import { claimAnchorsByCite } from './claims.ts';
import { countText } from './events.ts';
import { anchors, keys, paths } from './paths.ts';
import { timesCited } from './sources.ts';
import type { Citation } from '../schemas/citation.ts';
import { PartialDateSchema } from '../schemas/dates.ts';
import { ActorRowSchema, CitationUseRowSchema, CITATION_COLUMNS, CountRowSchema, dataFileSchema, EventRowSchema, PlaceRowSchema, RelationRowSchema, SourceRowSchema } from '../schemas/data-files.ts';
import type { ExplainerSlug, SourceSlug } from '../schemas/slugs.ts';

/** A CSV cell. `undefined` and `null` are written as an empty field (CSV) or `null` (JSON). */
export type Cell = string | number | boolean | null | undefined;

/** A field of a data set: its column name and what it holds. */
export interface Field {
  name: string;
  description: string;
}

/** A data set ready to write: what it is, its fields in column order, and its rows. */
export interface DataSet {
  /** The file name without extension: `relations` gives `relations.csv` and `relations.json`. */
  name: string;
  title: string;
  description: string;
  fields: readonly Field[];
  rows: Record<string, unknown>[];
}

/** Who publishes the data, as the JSON files and the citation line name it. */
export const PUBLISHER = 'Tit for Tat';

/** How one field is written in the CSV: a cell made of its JSON value, and what that cell holds. */
export interface CsvColumn {
  cell: (value: never) => Cell;
  /** How the cell reads, for the data dictionary: "each actor as slug (role)". */
  note: string;
}

/** A data set's definition: its names, its row schema, the page that shows it, and its CSV form. */
export interface DataSpec {
  name: string;
  title: string;
  description: string;
  /** The zod schema of one row; every field described with `.meta({ description })`. */
  row: z.ZodObject;
  /** The page that shows the same data, as a site path (`timeline/`). */
  page: string;
  /** CSV columns that are not plain values: written with `cell`, or left out (`false`: JSON only). */
  csv?: Record<string, CsvColumn | false>;
}

/** What a data file names besides its rows: where it lives and the content version. */
export interface DataContext {
  /** The absolute URL of a site path. */
  url: (path: string) => string;
  /** The content version (src/lib/history.ts). */
  version: string;
  /** Its date. */
  versionDate: string;
}

/** A list of plain values joined for one CSV cell. */
export const LIST_SEPARATOR = '; ';

/**
 * One CSV field, quoted per RFC 4180 §2: a field with a comma, a double quote, a line break or
 * space at either end is enclosed in double quotes, and its double quotes are doubled.
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The data set as CSV (RFC 4180): a header row of the field names, then one record per row,
 * each line ended by CRLF. A row's keys that are not fields are left out; missing ones are empty.
 */
export function toCsv(data: { fields: readonly Field[]; rows: readonly Record<string, Cell>[] }): string {
  const lines = [data.fields.map((f) => csvField(f.name)), ...data.rows.map((row) => data.fields.map((f) => csvField(row[f.name])))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

/** The line readers can cite a picture or a data set with. */
export function citeLine(title: string, pageUrl: string): string {
  return `${PUBLISHER}, “${title}”, compiled from the cited news sources. ${pageUrl}`;
}

/**
 * The data set as JSON: its title, description, publisher and page, the fields with their
 * descriptions, and the rows with every field present (`null` when empty). With a context, also
 * its schema, its dictionary entry and the content version.
 */
export function toJson(data: DataSet, pageUrl: string, context?: DataContext): string {
  const rows = data.rows.map((row) => Object.fromEntries(data.fields.map((f) => [f.name, row[f.name] ?? null])));
  const about = context
    ? { $schema: context.url(paths.dataSchema(data.name)), title: data.title, description: data.description, publisher: PUBLISHER, url: pageUrl, dictionary: context.url(`${paths.data()}#${anchors.dataSet(data.name)}`), version: context.version, version_date: context.versionDate }
    : { title: data.title, description: data.description, publisher: PUBLISHER, url: pageUrl };
  return `${JSON.stringify({ ...about, citation: citeLine(data.title, pageUrl), fields: data.fields, rows }, null, 2)}\n`;
}

/** The fields of a row schema, in order, with their descriptions. */
export function fieldsOf(row: z.ZodObject): Field[] {
  return Object.entries(row.shape).map(([name, schema]) => ({ name, description: (schema as z.ZodType).description ?? '' }));
}

/** The default CSV cell of a JSON value: plain values as they are, a list of them joined. */
function plainCell(value: unknown): Cell {
  if (Array.isArray(value)) return value.every((v) => v === null || typeof v !== 'object') ? value.join(LIST_SEPARATOR) : undefined;
  return value === null || typeof value !== 'object' ? (value as Cell) : undefined;
}

/** The CSV form of a data set: its columns (fields written to CSV) and each row's cells. */
export function csvOf(spec: DataSpec, rows: readonly Record<string, unknown>[]): { fields: Field[]; rows: Record<string, Cell>[] } {
  const fields = fieldsOf(spec.row).filter((f) => spec.csv?.[f.name] !== false);
  return {
    fields,
    rows: rows.map((row) =>
      Object.fromEntries(
        fields.map((f) => {
          const column = spec.csv?.[f.name];
          return [f.name, column ? column.cell(row[f.name] as never) : plainCell(row[f.name])];
        }),
      ),
    ),
  };
}

/** The data set's JSON file, checked against its own schema (a build with data that does not fit stops, naming the field). */
export function dataJson(spec: DataSpec, rows: Record<string, unknown>[], context: DataContext): string {
  const text = toJson({ ...spec, fields: fieldsOf(spec.row), rows }, context.url(spec.page), context);
  const parsed = dataFileSchema(spec.row, spec.title).safeParse(JSON.parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`data/${spec.name}.json does not fit its schema at ${issue?.path.join('.')}: ${issue?.message}. Fix the row builder in src/lib/open-data.ts or the schema in src/schemas/data-files.ts.`);
  }
  return text;
}

/** The data set's CSV file. */
export function dataCsv(spec: DataSpec, rows: readonly Record<string, unknown>[]): string {
  return toCsv(csvOf(spec, rows));
}

/** The JSON Schema (draft 2020-12) of the data set's JSON file, derived from its zod schema. */
export function dataJsonSchema(spec: DataSpec, context: Pick<DataContext, 'url'>): Record<string, unknown> {
  const schema = z.toJSONSchema(dataFileSchema(spec.row, spec.title), { target: 'draft-2020-12' }) as Record<string, unknown>;
  const { $schema, ...rest } = schema;
  return { $schema, $id: context.url(paths.dataSchema(spec.name)), description: spec.description, ...rest };
}

/** One line of the data dictionary: a field (nested fields as `actors[].role`), its type and what it holds. */
export interface DictionaryEntry {
  path: string;
  type: string;
  description: string;
  /** How the field reads in the CSV, when that differs from the JSON: a note, or "JSON only". */
  csv?: string;
  /** How deep it is nested (0 for a top-level field). */
  depth: number;
}

/** The pattern of a partial date in JSON Schema, to name such fields "date" in the dictionary. */
const DATE_PATTERN = (z.toJSONSchema(PartialDateSchema) as { pattern?: string }).pattern;

type JsonSchema = { type?: string | string[]; enum?: unknown[]; anyOf?: JsonSchema[]; items?: JsonSchema; properties?: Record<string, JsonSchema>; description?: string; pattern?: string };

/** The type of a JSON Schema node in words, and the node that holds its fields (an object, or a list's items). */
function describeType(node: JsonSchema): { type: string; inner?: JsonSchema; nullable: boolean } {
  const options = node.anyOf ?? [node];
  const nullable = options.some((o) => o.type === 'null');
  const main = options.find((o) => o.type !== 'null') ?? node;
  if (main.enum) return { type: `one of: ${main.enum.map(String).join(', ')}`, nullable };
  if (main.type === 'array') {
    const item = main.items ?? {};
    const inner = describeType(item);
    return { type: item.properties ? 'list of objects' : `list of ${inner.type}`, ...(item.properties ? { inner: item } : {}), nullable };
  }
  if (main.properties) return { type: 'object', inner: main, nullable };
  const type = Array.isArray(main.type) ? main.type.join(' or ') : (main.type ?? 'any');
  return { type: main.pattern !== undefined && main.pattern === DATE_PATTERN ? 'date (YYYY, YYYY-MM or YYYY-MM-DD)' : type, nullable };
}

/** Every field of a row schema, nested ones too, with its type and description, from its JSON Schema. */
export function dictionaryOf(spec: DataSpec): DictionaryEntry[] {
  const row = z.toJSONSchema(spec.row) as JsonSchema;
  const out: DictionaryEntry[] = [];
  const walk = (node: JsonSchema, prefix: string, depth: number): void => {
    for (const [name, child] of Object.entries(node.properties ?? {})) {
      const { type, inner, nullable } = describeType(child);
      const path = `${prefix}${name}`;
      const column = depth === 0 ? spec.csv?.[name] : undefined;
      out.push({ path, type: `${type}${nullable ? ', or empty' : ''}`, description: child.description ?? '', depth, ...(column === false ? { csv: 'JSON only' } : column ? { csv: column.note } : {}) });
      if (inner) walk(inner, `${path}${type.startsWith('list') ? '[]' : ''}.`, depth + 1);
    }
  };
  walk(row, '', 0);
  return out;
}

/** A citation as the content gives it: an article paragraph with a quote, or an outside source's fact. */
export interface CitationInput {
  article?: string | undefined;
  paragraph?: number | undefined;
  quote?: string | undefined;
  by?: string | undefined;
  source?: string | undefined;
  fact?: string | undefined;
}

/** A citation as one object with every column (empty ones `null`); `siteUrl(path)` makes an absolute URL of a site path. */
export function citationCells(cite: CitationInput, siteUrl: (path: string) => string): z.infer<z.ZodObject<typeof CITATION_COLUMNS>> {
  const empty = { source_article: null, source_paragraph: null, source_quote: null, source_by: null, source_url: null, outside_source: null, outside_fact: null, outside_url: null };
  if (cite.source) return { ...empty, outside_source: cite.source as never, outside_fact: cite.fact ?? null, outside_url: siteUrl(paths.outsideSource(cite.source as SourceSlug, cite.fact)) };
  return { ...empty, source_article: (cite.article ?? null) as never, source_paragraph: cite.paragraph ?? null, source_quote: cite.quote ?? null, source_by: cite.by ?? null, source_url: cite.article && cite.paragraph ? siteUrl(paths.paragraph(cite.article as never, cite.paragraph)) : null };
}

/** The citation columns of a flat row: the columns a citation fills (empty ones left out). */
function flatCitation(cite: CitationInput, siteUrl: (path: string) => string): Record<string, Cell> {
  return Object.fromEntries(Object.entries(citationCells(cite, siteUrl)).filter(([, v]) => v !== null)) as Record<string, Cell>;
}

/** The key of a citation for a CSV cell: `article#p7` or `source!fact`. */
const citationKey = (c: { source_article: string | null; source_paragraph: number | null; outside_source: string | null; outside_fact: string | null }): string =>
  c.outside_source ? keys.sourceFact(c.outside_source, c.outside_fact ?? '') : keys.paragraph(c.source_article ?? '', c.source_paragraph ?? 0);

/** An actor with its relations, as the relations data set needs it. */
export interface ActorInput {
  id: string;
  name: string;
  relations: { type: string; target: string; from?: string | undefined; to?: string | undefined; cite: CitationInput }[];
}

/** The fields of the relations data set. */
export const RELATION_FIELDS: readonly Field[] = fieldsOf(RelationRowSchema);

/** One row per relation, in the order of the actors and their relations. */
export function relationRows(actors: ActorInput[], labels: Record<string, string>, siteUrl: (path: string) => string): Record<string, Cell>[] {
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return actors.flatMap((a) =>
    a.relations.map((r) => ({
      actor: a.id,
      actor_name: a.name,
      relation: r.type,
      relation_label: labels[r.type] ?? r.type,
      other_actor: r.target,
      other_actor_name: names.get(r.target),
      from: r.from,
      to: r.to,
      ...flatCitation(r.cite, siteUrl),
    })),
  );
}

/** A place with its number of events, as the places data set needs it. */
export interface PlaceInput {
  id: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  precision: string;
  events: number;
  /** Slugs the place had before it was renamed. Default none. */
  formerIds?: readonly string[];
}

/** The fields of the places data set. */
export const PLACE_FIELDS: readonly Field[] = fieldsOf(PlaceRowSchema);

/** One row per place. */
export function placeRows(places: PlaceInput[], siteUrl: (path: string) => string): Record<string, unknown>[] {
  return places.map((p) => ({ place: p.id, former_ids: [...(p.formerIds ?? [])], name: p.name, country: p.country, latitude: p.lat, longitude: p.lon, precision: p.precision, events: p.events, url: siteUrl(paths.place(p.id as never)) }));
}

/** A count the sources give, as the counts data set needs it. */
export interface CountInput {
  id: string;
  series: string;
  count: { min: number; max?: number | undefined };
  since: string;
  sinceLabel: string;
  asOf: string;
  asOfLabel: string;
  according: string;
  cite: CitationInput;
}

/** The fields of the counts data set. */
export const COUNT_FIELDS: readonly Field[] = fieldsOf(CountRowSchema);

/** One row per count, oldest first. */
export function countRows(counts: CountInput[], siteUrl: (path: string) => string): Record<string, Cell>[] {
  return [...counts]
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.id.localeCompare(b.id))
    .map((c) => ({
      count: c.id,
      series: c.series,
      min: c.count.min,
      max: c.count.max,
      since: c.since,
      since_label: c.sinceLabel,
      as_of: c.asOf,
      as_of_label: c.asOfLabel,
      according_to: c.according,
      ...flatCitation(c.cite, siteUrl),
    }));
}

/** A figure as the data files write it: every part present. */
const figure = (f: { min: number; max?: number | undefined; said?: string | undefined } | undefined) => (f ? { min: f.min, max: f.max ?? null, said: f.said ?? null } : null);

/** One row per event, in the order given (the timeline's). `eventUrl(slug)` is the event on the timeline. */
export function eventRows(events: readonly EventRecord[], eventUrl: (slug: EventRecord['slug']) => string, siteUrl: (path: string) => string): Record<string, unknown>[] {
  return events.map((e) => ({
    event: e.slug,
    former_ids: [...e.data.formerSlugs],
    title: e.data.title,
    summary: e.data.summary,
    date: e.data.date,
    date_precision: e.data.datePrecision,
    date_label: e.data.dateLabel ?? null,
    kind: e.data.kind,
    places: [...e.data.places],
    actors: e.data.actors.map((a) => ({ actor: a.actor, role: a.role, attributed_by: a.attributedBy ?? null })),
    casualties: e.data.casualties.map((c) => ({ who: c.who, killed: figure(c.killed), injured: figure(c.injured), according_to: c.according, citation: citationCells(c.cite, siteUrl) })),
    in_response_to: [...e.data.inResponseTo],
    citations: e.data.citations.map((c) => citationCells(c, siteUrl)),
    url: eventUrl(e.slug),
  }));
}

/** One row per actor, in the order given. `eventCount(slug)` is how many events its page lists. */
export function actorRows(actors: readonly ActorRecord[], eventCount: (slug: ActorRecord['slug']) => number, siteUrl: (path: string) => string): Record<string, unknown>[] {
  return actors.map((a) => ({
    actor: a.slug,
    former_ids: [...a.data.formerSlugs],
    name: a.data.name,
    description: a.data.description,
    kind: a.data.kind,
    aliases: a.data.aliases.map((al) => ({ text: al.text, type: al.type, lang: al.lang ?? null, ambiguous: al.ambiguous })),
    facts: a.data.facts.map((f) => ({ text: f.text, date: f.date ?? null, citation: citationCells(f.cite, siteUrl) })),
    ended: a.data.end ? { kind: a.data.end.kind, date: a.data.end.date, citation: citationCells(a.data.end.cite, siteUrl) } : null,
    relations: a.data.relations.length,
    events: eventCount(a.slug),
    url: siteUrl(paths.actor(a.slug)),
  }));
}

/**
 * Where a citation's claim is shown: an explainer sentence's own anchor (`#c-…`, `#a-…` in the
 * short answer), a key fact's box, an article's correction, or the page of what holds it.
 */
function claimPaths(model: ContentModel, eventPath: (slug: EventRecord['slug']) => string): (use: CitationUse, i: number) => string {
  // The anchors of each explainer's body citations, in the order the model lists them.
  const bodyAnchors = new Map<string, (string | undefined)[]>();
  for (const e of model.explainers.values()) bodyAnchors.set(e.slug, claimAnchorsByCite(e.cites.map((c) => c.claim)));
  const seen = new Map<string, number>();
  return (use) => {
    const { kind, slug } = use.owner;
    if (kind === 'explainer') {
      const page = paths.explainer(slug as ExplainerSlug);
      if (use.in === 'body') {
        const n = seen.get(slug) ?? 0;
        seen.set(slug, n + 1);
        const id = bodyAnchors.get(slug)?.[n];
        return id ? `${page}#${id}` : page;
      }
      if (use.role === 'short-answer') {
        const e = model.explainers.get(slug as ExplainerSlug);
        const sentences = e && typeof e.data.shortAnswer !== 'string' ? e.data.shortAnswer : [];
        const i = Number(use.field.split('.')[1]);
        const id = claimAnchorsByCite(sentences.map((s) => s.text), anchors.answerClaim)[i];
        return id ? `${page}#${id}` : page;
      }
      return `${page}#key-facts`;
    }
    if (kind === 'actor') return paths.actor(slug as never);
    if (kind === 'event') return eventPath(slug as never);
    if (kind === 'count') return paths.timeline();
    const n = Number(use.field.split('.')[1]);
    return Number.isInteger(n) ? paths.correction(slug as never, n + 1) : paths.article(slug as never);
  };
}

/** One row per use of a citation, in the content model's order (the count the integrity page gives). */
export function citationRows(model: ContentModel, uses: readonly CitationUse[], eventPath: (slug: EventRecord['slug']) => string, siteUrl: (path: string) => string): Record<string, unknown>[] {
  const where = claimPaths(model, eventPath);
  return uses.map((use, i) => ({
    owner_kind: use.owner.kind,
    owner: use.owner.slug,
    in: use.in,
    role: use.role ?? null,
    claim: use.claim,
    side: use.side ?? null,
    claim_url: siteUrl(where(use, i)),
    ...citationCells(use.ref as Citation, siteUrl),
  }));
}

/** One row per outside source, in the order given. `uses` counts the citations of each `source!fact`. */
export function sourceRows(sources: readonly SourceRecord[], uses: ReadonlyMap<string, number>, siteUrl: (path: string) => string): Record<string, unknown>[] {
  return sources.map((s) => {
    const facts = s.data.facts.map((f) => ({ key: f.key, text: f.text, cited: uses.get(keys.sourceFact(s.slug, f.key)) ?? 0, url: siteUrl(paths.outsideSource(s.slug, f.key)) }));
    return {
      source: s.slug,
      publisher: s.data.publisher,
      title: s.data.title,
      kind: s.data.kind,
      date: s.data.date,
      date_to: s.data.dateTo ?? null,
      via: s.data.via ?? null,
      address: s.data.url ?? null,
      origin: s.data.origin,
      facts,
      cited: timesCited(s, uses),
      url: siteUrl(paths.outsideSource(s.slug)),
    };
  });
}

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

/** The HTTP response for a data file, for the static endpoints in src/pages/data/. */
export function dataResponse(body: string, format: 'csv' | 'json' | 'schema'): Response {
  const type = format === 'csv' ? 'text/csv; charset=utf-8; header=present' : format === 'schema' ? 'application/schema+json; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(body, { headers: { 'Content-Type': type } });
}
