/**
 * The content model: every content file parsed once, with the schemas, into one typed model, with
 * the indexes that pages, plugins and the checker derive from it (citations with file and line,
 * glossary terms and matcher, mentions: built on first use by ./indexes.ts). Pure: `buildModel` takes the files' texts, so it can be
 * tested on small fixture folders; `src/build/content.ts` is the one place that reads them from
 * disk. A file that fails its schema is left out of the model and reported in `loadProblems`.
 */
import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import { ActorSchema, type Actor } from '../../schemas/actor.ts';
import { ArticleSchema, type Article } from '../../schemas/article.ts';
import type { Citation } from '../../schemas/citation.ts';
import { CountSchema, type Count } from '../../schemas/count.ts';
import { EventSchema, type Event } from '../../schemas/event.ts';
import { ExplainerSchema, type Explainer } from '../../schemas/explainer.ts';
import { PlaceSchema, type Place } from '../../schemas/place.ts';
import { SLUG_PATTERN, type ActorSlug, type ArticleSlug, type EventSlug, type ExplainerSlug, type PlaceSlug, type SourceSlug } from '../../schemas/slugs.ts';
import { SourceSchema, type Source } from '../../schemas/source.ts';
import { AllowlistSchema } from '../../schemas/editorial.ts';
import type { AllowedSentence } from './lint.ts';
import type { GlossaryCollisionError, GlossaryTerm, Matcher } from '../glossary/matcher.ts';
import type { Mention } from '../mentions.ts';
import { collectCitations, compileMatcher, glossaryTermsOf, mentionsOf } from './indexes.ts';
import { readBody, type BodyInfo, type BodyActorLink, type BodyCite, type BodyDisagreement, type BodyParagraph, type BodyProblem, type UncitedSentence } from './body.ts';
import { readYaml, splitFrontmatter, yamlLine, type SourceFile, type YamlResult } from './files.ts';
import { quoteValue, type Problem } from './problems.ts';

/** The folders (and file) of each collection, relative to the project root. */
export const CONTENT_DIRS = {
  articles: 'content/articles',
  actors: 'content/actors',
  explainers: 'content/explainers',
  events: 'content/events',
  places: 'content/places',
  sources: 'content/sources',
  counts: 'content/counts.yaml',
  allowlist: 'content/editorial-allowlist.yaml',
} as const;

export { PLACE_TERM } from './indexes.ts';

/** What every entry has: its slug, its file and its validated data. */
interface EntryBase<S, D> {
  slug: S;
  /** The file, relative to the project root. */
  file: string;
  data: D;
  /** A hash of the file's text: it changes when the file does (incremental builds key pages on it). */
  digest: string;
}

/** A file's YAML text and the line it starts on, to find the line of a field on demand. */
export interface YamlSource {
  yaml: string;
  /** Lines before the YAML starts (1 for frontmatter after its `---`). */
  yamlOffset: number;
}

/** A source article. */
export interface ArticleRecord extends EntryBase<ArticleSlug, Article>, YamlSource {
  /** Its numbered paragraphs, as cited. */
  paragraphs: BodyParagraph[];
  bodyLine: number;
  /** Its body as written (no frontmatter), which the articles loader renders. */
  body: string;
  /** MDX-only syntax in its body, which the Markdown renderer would not read the same way. */
  mdxOnly: BodyProblem[];
}

/** A document with an MDX body that cites sources: an explainer or an actor's profile. */
export interface CitingBody {
  bodyLine: number;
  paragraphs: BodyParagraph[];
  cites: BodyCite[];
  uncited: UncitedSentence[];
  disagreements: BodyDisagreement[];
  actorLinks: BodyActorLink[];
  bodyProblems: BodyProblem[];
}

/** A glossary entry. */
export interface ActorRecord extends EntryBase<ActorSlug, Actor>, YamlSource, CitingBody {}
/** An explainer. */
export interface ExplainerRecord extends EntryBase<ExplainerSlug, Explainer>, YamlSource, CitingBody {}
/** A dated event. */
export interface EventRecord extends EntryBase<EventSlug, Event>, YamlSource {}
/** A place. */
export interface PlaceRecord extends EntryBase<PlaceSlug, Place>, YamlSource {}
/** An outside source. */
export interface SourceRecord extends EntryBase<SourceSlug, Source>, YamlSource {}
/** A count the sources give (one entry of counts.yaml). */
export interface CountRecord extends EntryBase<string, Count>, YamlSource {
  /** Its position in counts.yaml. */
  index: number;
}

/** The kinds of entry that can cite. */
export type CitingKind = 'actor' | 'explainer' | 'event' | 'count' | 'article';

/** One use of a citation anywhere in the content, with where it is and what it supports. */
export interface CitationUse {
  ref: Citation;
  /** The file that holds it. */
  file: string;
  /** The 1-based line in that file. */
  line: number;
  /** The field (`keyFacts.2.cite`) or element (`<Cite> 4`) it is. */
  field: string;
  /** The entry that holds it. */
  owner: { kind: CitingKind; slug: string };
  /** In a body (`<Cite>`) or in data (frontmatter, YAML). */
  in: 'body' | 'data';
  /** What it supports: the sentence before it in a body, or the data's own statement. */
  claim: string;
  /** In a `<Side>` of a disagreement block: that side's claim. */
  side?: string;
  /** What sort of statement a data citation supports. */
  role?: 'key-fact' | 'actor-fact' | 'relation' | 'event' | 'casualty' | 'count' | 'correction' | 'short-answer' | 'end';
}

/** A mention of an actor or place in a published article or an explainer. */
export interface MentionRecord extends Mention {
  doc: { kind: 'article'; slug: ArticleSlug } | { kind: 'explainer'; slug: ExplainerSlug };
}

/** The whole content of the site. */
export interface ContentModel {
  readonly articles: ReadonlyMap<ArticleSlug, ArticleRecord>;
  readonly actors: ReadonlyMap<ActorSlug, ActorRecord>;
  readonly explainers: ReadonlyMap<ExplainerSlug, ExplainerRecord>;
  readonly events: ReadonlyMap<EventSlug, EventRecord>;
  readonly places: ReadonlyMap<PlaceSlug, PlaceRecord>;
  readonly sources: ReadonlyMap<SourceSlug, SourceRecord>;
  readonly counts: readonly CountRecord[];
  /** Files that could not be read or failed their schema, as problems. */
  readonly loadProblems: readonly Problem[];
  /** Slugs of files that exist but failed their schema: references to them are not reported again. */
  readonly invalid: ReadonlySet<string>;
  /** Sentences the editorial lint lets stand uncited (content/editorial-allowlist.yaml). */
  readonly allowlist: readonly AllowedSentence[];
  /** Every citation, in file order. */
  citations(): readonly CitationUse[];
  /** Every glossary term: actors' names and aliases, places' names and variants (`place:<slug>`). */
  glossaryTerms(): readonly GlossaryTerm[];
  /** The glossary matcher, built once; aliases that collide are left out and listed in `collisions`. */
  matcher(): Matcher;
  /** Aliases that two entries claim. */
  collisions(): readonly GlossaryCollisionError[];
  /** Mentions of every actor and place (`place:<slug>`) in published articles and explainers. */
  mentions(): ReadonlyMap<string, readonly MentionRecord[]>;
  /** Where ambiguous names were met in published articles, explainers and profiles (never linked), found in the same pass. */
  ambiguousMentions(): readonly { file: string; line: number; text: string }[];
  /** The line of a field in an entry's file. */
  lineOf(entry: YamlSource, path: readonly PropertyKey[]): number;
}

/** A schema's parse result, the part used here. */
type SafeParse<T> = { success: true; data: T } | { success: false; error: { issues: z.core.$ZodIssue[] } };

/** The value at a path in plain data, for quoting a bad value. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Flattens schema issues: of a union's branches, the one that fits the value's shape (an object
 * with `source` is an outside citation) is reported, so the message names the real mistake.
 */
function flattenIssues(issues: readonly z.core.$ZodIssue[], data: unknown, prefix: PropertyKey[] = []): { path: PropertyKey[]; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const value = valueAt(data, path);
      const branch = value && typeof value === 'object' && 'source' in value ? issue.errors.length - 1 : 0;
      return flattenIssues(issue.errors[branch] ?? [], data, path);
    }
    if (issue.code === 'unrecognized_keys') return [{ path, message: `unknown field(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}: check the spelling` }];
    return [{ path, message: issue.message }];
  });
}

/** Validates data against a schema, turning each issue into a problem with its line. */
function validate<T>(schema: { safeParse(d: unknown): SafeParse<T> }, data: unknown, source: { file: string } & YamlSource, schemaFile: string, problems: Problem[], pathPrefix: PropertyKey[] = []): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of flattenIssues(result.error.issues, data)) {
    const full = [...pathPrefix, ...issue.path];
    problems.push({
      rule: 'schema',
      file: source.file,
      line: yamlLine(source.yaml, full, source.yamlOffset),
      field: issue.path.map(String).join('.') || '(the whole entry)',
      value: quoteValue(valueAt(data, issue.path)),
      message: `${issue.message}.`.replace(/\.\.$/, '.'),
      fix: `correct it as ${schemaFile} describes that field`,
    });
  }
  return undefined;
}

/** The slug of a file name, or a problem when the name is not a slug. */
function slugOfFile(path: string, ext: string, problems: Problem[]): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1, -ext.length);
  if (SLUG_PATTERN.test(name) && /[a-z]/.test(name)) return name;
  if (SLUG_PATTERN.test(name)) {
    // articles/2/ is page 2 of the articles index, about/sources/3/ page 3 of the outside records.
    problems.push({ rule: 'file-name', file: path, line: 0, value: JSON.stringify(name), message: 'a file name of digits only would give the entry the URL of a page of its list (articles/2/ is page 2 of the articles).', fix: `add a word to it, e.g. ${name}-report${ext}` });
    return undefined;
  }
  problems.push({ rule: 'file-name', file: path, line: 0, value: JSON.stringify(name), message: 'the file name is not a slug, so the entry has no valid URL.', fix: `rename it to lower-case words joined by hyphens, e.g. ${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'my-entry'}${ext}` });
  return undefined;
}

/** Reads a YAML text with `read`; a syntax error becomes a problem. */
function yamlData(read: (text: string, lineOffset: number) => YamlResult, file: string, text: string, offset: number, problems: Problem[]): unknown {
  const result = read(text, offset);
  if (result.ok) return result.data;
  problems.push({ rule: 'yaml', file, line: result.line, message: `the ${offset > 0 ? 'frontmatter' : 'file'} is not valid YAML: ${result.message}.`, fix: 'correct the YAML syntax at that line (indentation, a missing colon, an unquoted colon inside a value)' });
  return undefined;
}

/** Where a field of an entry is, for a problem: its file, its dotted path and its line, found only when read (finding it parses the YAML again). */
export interface FieldAt {
  file: string;
  field: string;
  readonly line: number;
}

/** The place of the field at `path` of `entry`, whose line is found on first read: checks build one for every field they look at, and only a problem reads it. */
export function fieldAt(model: Pick<ContentModel, 'lineOf'>, entry: YamlSource & { file: string }, path: readonly PropertyKey[], field = path.map(String).join('.')): FieldAt {
  let line: number | undefined;
  return {
    file: entry.file,
    field,
    get line(): number {
      return (line ??= model.lineOf(entry, path));
    },
  };
}

/** A short hash of a text. */
export const digestOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** The files of one folder with one extension. */
const inDir = (files: readonly SourceFile[], dir: string, ext: string): SourceFile[] =>
  files.filter((f) => f.path.startsWith(`${dir}/`) && f.path.endsWith(ext) && !f.path.slice(dir.length + 1).includes('/')).sort((a, b) => a.path.localeCompare(b.path));

/** Builds the model from the content files' texts (paths relative to the project root). */
export function buildModel(files: readonly SourceFile[], options: { readBody?: (body: string) => BodyInfo; readYaml?: (text: string, lineOffset: number) => YamlResult } = {}): ContentModel {
  const read = options.readBody ?? readBody;
  const yamlOf = options.readYaml ?? readYaml;
  const problems: Problem[] = [];
  const invalid = new Set<string>();

  /** Reads the MDX files of a folder: frontmatter validated, body read. */
  function mdxEntries<D, R>(dir: string, schema: { safeParse(d: unknown): SafeParse<D> }, schemaFile: string, make: (slug: string, file: string, data: D, yaml: YamlSource, body: string, bodyLine: number) => R): Map<string, R & { digest: string }> {
    const out = new Map<string, R & { digest: string }>();
    for (const f of inDir(files, dir, '.mdx')) {
      const slug = slugOfFile(f.path, '.mdx', problems);
      if (!slug) continue;
      const { frontmatter, body, bodyLine } = splitFrontmatter(f.text);
      const yaml = { yaml: frontmatter, yamlOffset: 1 };
      const raw = yamlData(yamlOf, f.path, frontmatter, 1, problems);
      const data = raw === undefined ? undefined : validate(schema, raw, { file: f.path, ...yaml }, schemaFile, problems);
      if (data === undefined) {
        invalid.add(`${dir}/${slug}`);
        continue;
      }
      out.set(slug, { ...make(slug, f.path, data, yaml, body, bodyLine), digest: digestOf(f.text) });
    }
    return out;
  }

  /** Reads the YAML files of a folder. */
  function yamlEntries<D>(dir: string, schema: { safeParse(d: unknown): SafeParse<D> }, schemaFile: string): Map<string, EntryBase<string, D> & YamlSource> {
    const out = new Map<string, EntryBase<string, D> & YamlSource>();
    for (const f of inDir(files, dir, '.yaml')) {
      const slug = slugOfFile(f.path, '.yaml', problems);
      if (!slug) continue;
      const yaml = { yaml: f.text, yamlOffset: 0 };
      const raw = yamlData(yamlOf, f.path, f.text, 0, problems);
      const data = raw === undefined ? undefined : validate(schema, raw, { file: f.path, ...yaml }, schemaFile, problems);
      if (data === undefined) {
        invalid.add(`${dir}/${slug}`);
        continue;
      }
      out.set(slug, { slug, file: f.path, data, ...yaml, digest: digestOf(f.text) });
    }
    return out;
  }

  const citing = (body: string, bodyLine: number): CitingBody => {
    const info = read(body);
    return { bodyLine, paragraphs: info.paragraphs, cites: info.cites, uncited: info.uncited, disagreements: info.disagreements, actorLinks: info.actorLinks, bodyProblems: info.problems };
  };

  const articles = mdxEntries(CONTENT_DIRS.articles, ArticleSchema, 'src/schemas/article.ts', (slug, file, data, yaml, body, bodyLine): Omit<ArticleRecord, 'digest'> => {
    const { paragraphs, mdxOnly } = read(body);
    return { slug: slug as ArticleSlug, file, data, ...yaml, bodyLine, body, paragraphs, mdxOnly };
  }) as Map<ArticleSlug, ArticleRecord>;
  const actors = mdxEntries(CONTENT_DIRS.actors, ActorSchema, 'src/schemas/actor.ts', (slug, file, data, yaml, body, bodyLine): Omit<ActorRecord, 'digest'> => ({ slug: slug as ActorSlug, file, data, ...yaml, ...citing(body, bodyLine) })) as Map<ActorSlug, ActorRecord>;
  const explainers = mdxEntries(CONTENT_DIRS.explainers, ExplainerSchema, 'src/schemas/explainer.ts', (slug, file, data, yaml, body, bodyLine): Omit<ExplainerRecord, 'digest'> => ({ slug: slug as ExplainerSlug, file, data, ...yaml, ...citing(body, bodyLine) })) as Map<ExplainerSlug, ExplainerRecord>;
  const events = yamlEntries(CONTENT_DIRS.events, EventSchema, 'src/schemas/event.ts') as Map<EventSlug, EventRecord>;
  const places = yamlEntries(CONTENT_DIRS.places, PlaceSchema, 'src/schemas/place.ts') as Map<PlaceSlug, PlaceRecord>;
  const sources = yamlEntries(CONTENT_DIRS.sources, SourceSchema, 'src/schemas/source.ts') as Map<SourceSlug, SourceRecord>;

  const counts: CountRecord[] = [];
  const countsFile = files.find((f) => f.path === CONTENT_DIRS.counts);
  if (countsFile) {
    const raw = yamlData(yamlOf, countsFile.path, countsFile.text, 0, problems);
    if (raw !== undefined && !Array.isArray(raw)) {
      problems.push({ rule: 'schema', file: countsFile.path, line: 1, message: 'counts.yaml must be a list of counts.', fix: 'start each count with "- id: …"' });
    } else if (Array.isArray(raw)) {
      const yaml = { yaml: countsFile.text, yamlOffset: 0 };
      raw.forEach((item: unknown, index) => {
        const id = item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : '';
        if (!SLUG_PATTERN.test(id)) {
          problems.push({ rule: 'schema', file: countsFile.path, line: yamlLine(countsFile.text, [index], 0), field: `${index}.id`, value: quoteValue(id || undefined), message: 'each count needs an id.', fix: 'add id: <lower-case-words-joined-by-hyphens>' });
          return;
        }
        const { id: _id, ...rest } = item as Record<string, unknown>;
        const data = validate(CountSchema, rest, { file: countsFile.path, ...yaml }, 'src/schemas/count.ts', problems, [index]);
        if (data) counts.push({ slug: id, file: countsFile.path, data, index, ...yaml, digest: digestOf(JSON.stringify(item)) });
      });
    }
  }

  /** Reads one of the editors' lists, if it exists. */
  function list<T>(path: string, schema: { safeParse(d: unknown): SafeParse<T> }, schemaFile: string, empty: T): T {
    const f = files.find((x) => x.path === path);
    if (!f) return empty;
    const raw = yamlData(yamlOf, f.path, f.text, 0, problems);
    if (raw === undefined) return empty;
    return validate(schema, raw, { file: f.path, yaml: f.text, yamlOffset: 0 }, schemaFile, problems) ?? empty;
  }
  const allowlist = list(CONTENT_DIRS.allowlist, AllowlistSchema, 'src/schemas/editorial.ts', [] as AllowedSentence[]);

  let citationList: CitationUse[] | undefined;
  let terms: GlossaryTerm[] | undefined;
  let built: { matcher: Matcher; collisions: GlossaryCollisionError[] } | undefined;
  let mentionMap: { mentions: Map<string, MentionRecord[]>; ambiguous: { file: string; line: number; text: string }[] } | undefined;

  const model: ContentModel = {
    articles,
    actors,
    explainers,
    events,
    places,
    sources,
    counts,
    loadProblems: problems,
    invalid,
    allowlist,
    citations: () => (citationList ??= collectCitations(model)),
    glossaryTerms: () => (terms ??= glossaryTermsOf(model)),
    matcher: () => (built ??= compileMatcher(model.glossaryTerms())).matcher,
    collisions: () => (built ??= compileMatcher(model.glossaryTerms())).collisions,
    mentions: () => (mentionMap ??= mentionsOf(model)).mentions,
    ambiguousMentions: () => (mentionMap ??= mentionsOf(model)).ambiguous,
    lineOf: (entry, path) => yamlLine(entry.yaml, path, entry.yamlOffset),
  };
  return model;
}
