/**
 * The rows of the site's data sets, pure: each built from the content model's typed records (or
 * the few fields a data set needs of them), with citations as one set of columns. The data sets
 * are defined in datasets.ts, written by format.ts.
 */
import type { z } from 'astro/zod';
import type { ActorRecord, CitationUse, ContentModel, EventRecord, SourceRecord } from '../content/model.ts';
import { claimAnchorsByCite } from '../claims.ts';
import { anchors, keys, paths } from '../paths.ts';
import { timesCited } from '../sources.ts';
import type { Citation } from '../../schemas/citation.ts';
import type { CITATION_COLUMNS } from '../../schemas/data-files.ts';
import type { ExplainerSlug, SourceSlug } from '../../schemas/slugs.ts';
import type { Cell } from './format.ts';

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

/** An actor with its relations, as the relations data set needs it. */
export interface ActorInput {
  id: string;
  name: string;
  relations: { type: string; target: string; from?: string | undefined; to?: string | undefined; cite: CitationInput }[];
}

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
