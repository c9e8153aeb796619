/**
 * The pictures' data as files readers can download, pure: rows built from plain typed inputs, and
 * one serializer that writes any data set as CSV (RFC 4180) or JSON with its field descriptions.
 * The endpoints in src/pages/data/ only fetch the content and call these.
 */

/** A CSV or JSON cell. `undefined` and `null` are written as an empty field (CSV) or `null` (JSON). */
export type Cell = string | number | boolean | null | undefined;

/** A field of a data set: its column name and what it holds. */
export interface Field {
  name: string;
  description: string;
}

/** A downloadable data set: what it is, its fields in column order, and its rows. */
export interface DataSet {
  /** The file name without extension: `relations` gives `relations.csv` and `relations.json`. */
  name: string;
  title: string;
  description: string;
  fields: readonly Field[];
  rows: Record<string, Cell>[];
}

/** Who publishes the data, as the JSON files and the citation line name it. */
export const PUBLISHER = 'Tit for Tat';

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
export function toCsv(data: Pick<DataSet, 'fields' | 'rows'>): string {
  const lines = [data.fields.map((f) => csvField(f.name)), ...data.rows.map((row) => data.fields.map((f) => csvField(row[f.name])))];
  return lines.map((cells) => `${cells.join(',')}\r\n`).join('');
}

/**
 * The data set as JSON: its title, description, publisher and page, the fields with their
 * descriptions, and the rows as objects with every field present (`null` when empty).
 */
export function toJson(data: DataSet, pageUrl: string): string {
  const rows = data.rows.map((row) => Object.fromEntries(data.fields.map((f) => [f.name, row[f.name] ?? null])));
  const body = { title: data.title, description: data.description, publisher: PUBLISHER, url: pageUrl, citation: citeLine(data.title, pageUrl), fields: data.fields, rows };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The line readers can cite a picture or its data with. */
export function citeLine(title: string, pageUrl: string): string {
  return `${PUBLISHER}, “${title}”, compiled from the cited news sources. ${pageUrl}`;
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

/** The fields every cited row ends with. */
const CITATION_FIELDS: readonly Field[] = [
  { name: 'source_article', description: 'The cited source article (its slug on this site), when the source is an article.' },
  { name: 'source_paragraph', description: 'The number of the cited paragraph in that article.' },
  { name: 'source_quote', description: 'The words of the paragraph that support the row, verbatim.' },
  { name: 'source_url', description: 'The cited paragraph on this site.' },
  { name: 'outside_source', description: 'The outside source (its slug on this site), when the row cites one instead of an article.' },
  { name: 'outside_fact', description: 'The key of the cited fact in that outside source.' },
];

/** The citation columns of a row; `siteUrl(path)` makes an absolute URL of a site path. */
function citationCells(cite: CitationInput, siteUrl: (path: string) => string): Record<string, Cell> {
  if (cite.source) return { outside_source: cite.source, outside_fact: cite.fact };
  return { source_article: cite.article, source_paragraph: cite.paragraph, source_quote: cite.quote, source_url: siteUrl(`articles/${cite.article}/#p${cite.paragraph}`) };
}

/** An actor with its relations, as the relations data set needs it. */
export interface ActorInput {
  id: string;
  name: string;
  relations: { type: string; target: string; from?: string | undefined; to?: string | undefined; cite: CitationInput }[];
}

/** The fields of the relations data set. */
export const RELATION_FIELDS: readonly Field[] = [
  { name: 'actor', description: 'The actor the relation describes (its slug).' },
  { name: 'actor_name', description: 'Its name.' },
  { name: 'relation', description: 'The relation type: part-of, backed-by, front-name-of, leads, led, founded or allied-with.' },
  { name: 'relation_label', description: 'The relation in words, read from the actor to the other actor.' },
  { name: 'other_actor', description: 'The other actor (its slug).' },
  { name: 'other_actor_name', description: 'Its name.' },
  { name: 'from', description: 'When the relation began, as precisely as the sources say (YYYY, YYYY-MM or YYYY-MM-DD); empty when they do not say.' },
  { name: 'to', description: 'When it ended; empty when it has not or the sources do not say.' },
  ...CITATION_FIELDS,
];

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
      ...citationCells(r.cite, siteUrl),
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
}

/** The fields of the places data set. */
export const PLACE_FIELDS: readonly Field[] = [
  { name: 'place', description: 'The place (its slug).' },
  { name: 'name', description: 'Its name as the site writes it.' },
  { name: 'country', description: 'The country it is in.' },
  { name: 'latitude', description: 'Latitude in decimal degrees (WGS 84). Reference coordinates, not a claim of the sources.' },
  { name: 'longitude', description: 'Longitude in decimal degrees (WGS 84).' },
  { name: 'precision', description: 'What the coordinates mark: site, town, area or region.' },
  { name: 'events', description: 'How many events in the timeline happened there.' },
  { name: 'url', description: 'The place’s page on this site, with its events and their sources.' },
];

/** One row per place. */
export function placeRows(places: PlaceInput[], siteUrl: (path: string) => string): Record<string, Cell>[] {
  return places.map((p) => ({ place: p.id, name: p.name, country: p.country, latitude: p.lat, longitude: p.lon, precision: p.precision, events: p.events, url: siteUrl(`places/${p.id}/`) }));
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
export const COUNT_FIELDS: readonly Field[] = [
  { name: 'count', description: 'The count’s id.' },
  { name: 'series', description: 'What is counted: attacks-on-us-forces or us-strikes.' },
  { name: 'min', description: 'The lowest figure the source gives.' },
  { name: 'max', description: 'The highest figure; equal to min for an exact figure, empty for “at least”.' },
  { name: 'since', description: 'The start of the counted period (YYYY, YYYY-MM or YYYY-MM-DD): the counts are cumulative from here.' },
  { name: 'since_label', description: 'The start of the period in words.' },
  { name: 'as_of', description: 'When the count was given.' },
  { name: 'as_of_label', description: 'That date in words, as precise as the source is.' },
  { name: 'according_to', description: 'Who counted.' },
  ...CITATION_FIELDS,
];

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
      ...citationCells(c.cite, siteUrl),
    }));
}

/** What each data set is, for its JSON file and its page. */
export const DATASETS = {
  relations: { name: 'relations', title: 'Relations between the actors', description: 'Every relation between two actors of the glossary (part of, backed by, leads …), with the source paragraph that supports it.' },
  places: { name: 'places', title: 'Where the events happened', description: 'Every place in the timeline, with reference coordinates, how precise they are, and how many events happened there.' },
  counts: { name: 'counts', title: 'Attacks on US forces and US strikes, as the sources count them', description: 'The counts of attacks on US forces and of US strikes that the sources give, each cumulative from the start of its own period, with who counted and the source paragraph.' },
} as const;

/** The HTTP response for a data set as CSV or JSON, for the static endpoints in src/pages/data/. */
export function dataResponse(data: DataSet, format: 'csv' | 'json', pageUrl: string): Response {
  return format === 'csv'
    ? new Response(toCsv(data), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } })
    : new Response(toJson(data, pageUrl), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
