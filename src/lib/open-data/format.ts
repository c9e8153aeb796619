/**
 * The site's data as files readers can download: one serializer that writes any data set as CSV
 * (RFC 4180), as JSON with its fields described and its version named, and as the JSON Schema of
 * that JSON, and the data dictionary drawn from the same schemas. Pure. The rows are built in
 * rows.ts, the data sets defined in datasets.ts; the endpoints in src/pages/data/ only fetch the
 * content and call these.
 */
import { z } from 'astro/zod';
import { anchors, paths } from '../paths.ts';
import { PartialDateSchema } from '../../schemas/dates.ts';
import { dataFileSchema } from '../../schemas/data-files.ts';

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
    throw new Error(`data/${spec.name}.json does not fit its schema at ${issue?.path.join('.')}: ${issue?.message}. Fix the row builder in src/lib/open-data/rows.ts or the schema in src/schemas/data-files.ts.`);
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

/** The HTTP response for a data file, for the static endpoints in src/pages/data/. */
export function dataResponse(body: string, format: 'csv' | 'json' | 'schema'): Response {
  const type = format === 'csv' ? 'text/csv; charset=utf-8; header=present' : format === 'schema' ? 'application/schema+json; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response(body, { headers: { 'Content-Type': type } });
}
