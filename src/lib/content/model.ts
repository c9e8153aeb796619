/**
 * The content model: every content file parsed once, with the schemas, into one typed model, plus
 * the indexes that pages, plugins and the checker derive from it (paragraphs, citations with file
 * and line, glossary terms, mentions). Pure: `buildModel` takes the files' texts, so it can be
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
import { buildMatcher, type GlossaryCollisionError, type GlossaryTerm, type Matcher } from '../glossary/matcher.ts';
import { findMentions, type Mention } from '../mentions.ts';
import { readBody, type BodyInfo, type BodyActorLink, type BodyCite, type BodyDisagreement, type BodyParagraph, type BodyProblem, type UncitedSentence } from './body.ts';
import { readYaml, splitFrontmatter, yamlLine, type SourceFile } from './files.ts';
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

/** The prefix that marks a place among the glossary's terms: `place:al-bukamal`. */
export const PLACE_TERM = 'place:';

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
interface YamlSource {
  yaml: string;
  /** Lines before the YAML starts (1 for frontmatter after its `---`). */
  yamlOffset: number;
}

/** A source article. */
export interface ArticleRecord extends EntryBase<ArticleSlug, Article>, YamlSource {
  /** Its numbered paragraphs, as cited. */
  paragraphs: BodyParagraph[];
  bodyLine: number;
}

/** A document with an MDX body that cites sources: an explainer or an actor's profile. */
interface CitingBody {
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

/** Reads a YAML text; a syntax error becomes a problem. */
function yamlData(file: string, text: string, offset: number, problems: Problem[]): unknown {
  const result = readYaml(text, offset);
  if (result.ok) return result.data;
  problems.push({ rule: 'yaml', file, line: result.line, message: `the ${offset > 0 ? 'frontmatter' : 'file'} is not valid YAML: ${result.message}.`, fix: 'correct the YAML syntax at that line (indentation, a missing colon, an unquoted colon inside a value)' });
  return undefined;
}

/** A short hash of a text. */
export const digestOf = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

/** The files of one folder with one extension. */
const inDir = (files: readonly SourceFile[], dir: string, ext: string): SourceFile[] =>
  files.filter((f) => f.path.startsWith(`${dir}/`) && f.path.endsWith(ext) && !f.path.slice(dir.length + 1).includes('/')).sort((a, b) => a.path.localeCompare(b.path));

/** Builds the model from the content files' texts (paths relative to the project root). */
export function buildModel(files: readonly SourceFile[], options: { readBody?: (body: string) => BodyInfo } = {}): ContentModel {
  const read = options.readBody ?? readBody;
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
      const raw = yamlData(f.path, frontmatter, 1, problems);
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
      const raw = yamlData(f.path, f.text, 0, problems);
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

  const articles = mdxEntries(CONTENT_DIRS.articles, ArticleSchema, 'src/schemas/article.ts', (slug, file, data, yaml, body, bodyLine): Omit<ArticleRecord, 'digest'> => ({
    slug: slug as ArticleSlug,
    file,
    data,
    ...yaml,
    bodyLine,
    paragraphs: read(body).paragraphs,
  })) as Map<ArticleSlug, ArticleRecord>;
  const actors = mdxEntries(CONTENT_DIRS.actors, ActorSchema, 'src/schemas/actor.ts', (slug, file, data, yaml, body, bodyLine): Omit<ActorRecord, 'digest'> => ({ slug: slug as ActorSlug, file, data, ...yaml, ...citing(body, bodyLine) })) as Map<ActorSlug, ActorRecord>;
  const explainers = mdxEntries(CONTENT_DIRS.explainers, ExplainerSchema, 'src/schemas/explainer.ts', (slug, file, data, yaml, body, bodyLine): Omit<ExplainerRecord, 'digest'> => ({ slug: slug as ExplainerSlug, file, data, ...yaml, ...citing(body, bodyLine) })) as Map<ExplainerSlug, ExplainerRecord>;
  const events = yamlEntries(CONTENT_DIRS.events, EventSchema, 'src/schemas/event.ts') as Map<EventSlug, EventRecord>;
  const places = yamlEntries(CONTENT_DIRS.places, PlaceSchema, 'src/schemas/place.ts') as Map<PlaceSlug, PlaceRecord>;
  const sources = yamlEntries(CONTENT_DIRS.sources, SourceSchema, 'src/schemas/source.ts') as Map<SourceSlug, SourceRecord>;

  const counts: CountRecord[] = [];
  const countsFile = files.find((f) => f.path === CONTENT_DIRS.counts);
  if (countsFile) {
    const raw = yamlData(countsFile.path, countsFile.text, 0, problems);
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
    const raw = yamlData(f.path, f.text, 0, problems);
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

/** Builds the matcher, collecting collisions instead of throwing. */
function compileMatcher(terms: readonly GlossaryTerm[]): { matcher: Matcher; collisions: GlossaryCollisionError[] } {
  const collisions: GlossaryCollisionError[] = [];
  const matcher = buildMatcher([...terms], { onCollision: (e) => collisions.push(e) });
  return { matcher, collisions };
}

/** The glossary terms of every actor and place. */
function glossaryTermsOf(model: ContentModel): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (const a of model.actors.values()) {
    terms.push({ actor: a.slug, file: a.file, text: a.data.name });
    for (const alias of a.data.aliases) terms.push({ actor: a.slug, file: a.file, text: alias.text, ...(alias.ambiguous ? { ambiguous: true } : {}) });
  }
  for (const p of model.places.values()) {
    const actor = `${PLACE_TERM}${p.slug}`;
    terms.push({ actor, file: p.file, text: p.data.name });
    for (const v of p.data.variants) terms.push({ actor, file: p.file, text: v.text, ...(v.ambiguous ? { ambiguous: true } : {}) });
  }
  return terms;
}

/** Every citation of the content, with its file, line, field and claim. */
function collectCitations(model: ContentModel): CitationUse[] {
  const out: CitationUse[] = [];
  const data = (entry: YamlSource & { file: string; slug: string }, kind: CitingKind, path: PropertyKey[], ref: Citation, claim: string, role: NonNullable<CitationUse['role']>): void => {
    // The line is found only when something asks for it (a problem's message): finding it parses the
    // file's YAML again, and the bench measured that done for every citation at 1.5 s per 1,000 articles.
    let line: number | undefined;
    out.push({
      ref,
      file: entry.file,
      get line(): number {
        return (line ??= model.lineOf(entry, path));
      },
      field: path.map(String).join('.'),
      owner: { kind, slug: entry.slug },
      in: 'data',
      claim,
      role,
    });
  };
  const body = (entry: CitingBody & { file: string; slug: string }, kind: CitingKind): void => {
    entry.cites.forEach((c, i) => {
      out.push({ ref: c.ref, file: entry.file, line: entry.bodyLine + c.line - 1, field: `<Cite> ${i + 1}`, owner: { kind, slug: entry.slug }, in: 'body', claim: c.claim, ...(c.side !== undefined ? { side: c.side } : {}) });
    });
  };
  for (const a of model.articles.values()) {
    a.data.corrections.forEach((c, i) => c.evidence.forEach((e, k) => data(a, 'article', ['corrections', i, 'evidence', k], e, c.text, 'correction')));
  }
  for (const a of model.actors.values()) {
    a.data.relations.forEach((r, i) => {
      data(a, 'actor', ['relations', i, 'cite'], r.cite, `${a.data.name}: ${r.type} ${r.target}`, 'relation');
      r.also.forEach((c, k) => data(a, 'actor', ['relations', i, 'also', k], c, `${a.data.name}: ${r.type} ${r.target}`, 'relation'));
      if (r.toCite) data(a, 'actor', ['relations', i, 'toCite'], r.toCite, `${a.data.name}: ${r.type} ${r.target} until ${r.to ?? '?'}`, 'end');
    });
    if (a.data.end) data(a, 'actor', ['end', 'cite'], a.data.end.cite, `${a.data.name} ${a.data.end.kind} on ${a.data.end.date}`, 'end');
    a.data.facts.forEach((f, i) => {
      data(a, 'actor', ['facts', i, 'cite'], f.cite, f.text, 'actor-fact');
      f.also.forEach((c, k) => data(a, 'actor', ['facts', i, 'also', k], c, f.text, 'actor-fact'));
    });
    body(a, 'actor');
  }
  for (const e of model.explainers.values()) {
    if (typeof e.data.shortAnswer !== 'string') e.data.shortAnswer.forEach((s, i) => s.cites.forEach((c, k) => data(e, 'explainer', ['shortAnswer', i, 'cites', k], c, s.text, 'short-answer')));
    e.data.keyFacts.forEach((f, i) => f.cites.forEach((c, k) => data(e, 'explainer', ['keyFacts', i, 'cites', k], c, `${f.label}: ${f.value}`, 'key-fact')));
    body(e, 'explainer');
  }
  for (const e of model.events.values()) {
    e.data.citations.forEach((c, i) => data(e, 'event', ['citations', i], c, `${e.data.title}. ${e.data.summary}`, 'event'));
    e.data.casualties.forEach((c, i) => data(e, 'event', ['casualties', i, 'cite'], c.cite, `${c.who}, according to ${c.according}`, 'casualty'));
  }
  for (const c of model.counts) data(c, 'count', [c.index, 'cite'], c.data.cite, `${c.data.series}, according to ${c.data.according}`, 'count');
  return out;
}

/** Mentions of every actor and place in published articles and in explainers. */
function mentionsOf(model: ContentModel): { mentions: Map<string, MentionRecord[]>; ambiguous: { file: string; line: number; text: string }[] } {
  const entries = new Map<string, { file: string; bodyLine: number; paragraphs: BodyParagraph[] }>();
  const docs = [
    ...[...model.articles.values()].filter((a) => !a.data.draft).map((a) => ({ id: `article:${a.slug}`, doc: { kind: 'article' as const, slug: a.slug }, entry: a })),
    ...[...model.explainers.values()].map((e) => ({ id: `explainer:${e.slug}`, doc: { kind: 'explainer' as const, slug: e.slug }, entry: e })),
  ];
  for (const d of docs) entries.set(d.id, d.entry);
  const ambiguous: { file: string; line: number; text: string }[] = [];
  const onAmbiguous = (id: string, n: number, text: string): void => {
    const e = entries.get(id);
    if (e) ambiguous.push({ file: e.file, line: e.bodyLine + (e.paragraphs[n - 1]?.line ?? 1) - 1, text });
  };
  const byId = new Map(docs.map((d) => [d.id, d.doc]));
  const found = findMentions(docs.map((d) => ({ id: d.id, paragraphs: d.entry.paragraphs.map((p) => p.text) })), model.matcher(), onAmbiguous);
  // Profiles are not "mentions" of the actors they name, but their ambiguous names are reported too.
  const profiles = [...model.actors.values()].map((a) => ({ id: `actor:${a.slug}`, paragraphs: a.paragraphs.map((p) => p.text) }));
  for (const a of model.actors.values()) entries.set(`actor:${a.slug}`, a);
  findMentions(profiles, model.matcher(), onAmbiguous);
  const mentions = new Map<string, MentionRecord[]>();
  for (const [actor, list] of found) mentions.set(actor, list.map((m) => ({ ...m, doc: byId.get(m.id)! })));
  return { mentions, ambiguous };
}
