/**
 * Event, place and count queries for the timeline, the map, the chart and the actor and place
 * pages. Everything here was checked by `checkContent` before any page renders.
 */
import type { CasualtyAccount } from '../lib/casualties.ts';
import type { CountRecord, EventRecord, ExplainerRecord, PlaceRecord } from '../lib/content/model.ts';
import { citeEvidence, eventParties, gradeEvidence, responsible, speakerActor, type Grade, type GradeResult } from '../lib/evidence.ts';
import { answers, byYear, citedParagraphs as eventParagraphs, sortEvents, TIMELINE_PAGE_SIZE, yearPages } from '../lib/events.ts';
import { paths } from '../lib/paths.ts';
import type { Citation } from '../schemas/citation.ts';
import type { ActorSlug, EventSlug, ExplainerSlug, PlaceSlug } from '../schemas/slugs.ts';
import { citedParagraphs, getExplainers } from './explainers.ts';
import { model, once } from './model.ts';

/** An event, as the timeline components take it. */
export type EventEntry = EventRecord;

/** Every event, oldest first. */
export function getEvents(): EventRecord[] {
  return [...once('events', (m) => sortEvents([...m.events.values()]))];
}

/** Every event by slug. */
export function getEventMap(): ReadonlyMap<EventSlug, EventRecord> {
  return model().events;
}

/** For each event, the events that answered it (the reverse of `inResponseTo`). */
export function getAnswers(): Map<string, EventRecord[]> {
  return answers(getEvents());
}

/** The events an actor takes part in, oldest first. */
export function eventsInvolving(actor: ActorSlug): EventRecord[] {
  const index = once('by-actor', () => {
    const out = new Map<string, EventRecord[]>();
    for (const e of getEvents()) for (const a of new Set(e.data.actors.map((x) => x.actor))) out.set(a, [...(out.get(a) ?? []), e]);
    return out;
  });
  return index.get(actor) ?? [];
}

/** The events at a place, oldest first. */
export function eventsAt(place: PlaceSlug): EventRecord[] {
  return getEvents().filter((e) => e.data.places.includes(place));
}

/** Every place, A–Z by name. */
export function getPlaces(): PlaceRecord[] {
  return [...model().places.values()].sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/** Every place by slug. */
export function getPlaceMap(): ReadonlyMap<PlaceSlug, PlaceRecord> {
  return model().places;
}

/** The counts the sources give, in the order they were given. */
export function getCounts(): CountRecord[] {
  return [...model().counts].sort((a, b) => a.data.asOf.localeCompare(b.data.asOf) || a.slug.localeCompare(b.slug));
}

/** The explainers that discuss an event: those that cite a paragraph the event cites. */
export function explainersDiscussing(event: EventRecord): { slug: ExplainerSlug; title: string }[] {
  const index = once('explainers-by-paragraph', () => {
    const out = new Map<string, ExplainerRecord[]>();
    for (const e of getExplainers()) for (const k of citedParagraphs(e)) out.set(k, [...(out.get(k) ?? []), e]);
    return out;
  });
  const found = new Set([...eventParagraphs(event.data)].flatMap((k) => index.get(k) ?? []));
  return getExplainers()
    .filter((e) => found.has(e))
    .map((e) => ({ slug: e.slug, title: e.data.title }));
}

/** The years that have events, oldest first, each with its events in date order. */
export function timelineYears(): { year: string; events: EventRecord[] }[] {
  return once('years', () => byYear(getEvents()));
}

/** The path (under the base) of an event on the timeline: its year's page that holds it, with its anchor. */
export function eventPath(slug: EventSlug): string {
  const where = once('year-pages', () => yearPages(getEvents(), TIMELINE_PAGE_SIZE)).get(slug);
  if (!where) throw new Error(`No event "${slug}": run the content check (npm run content:check).`);
  return paths.timelineEvent(slug, where.year, where.page);
}

/** An event's casualty rows as accounts: figures, whose account, the correction marking its words, and the party it comes from. */
export function casualtyAccounts(event: EventRecord): (CasualtyAccount & { cite: Citation; party?: ActorSlug })[] {
  const m = model();
  const actors = new Set<string>(event.data.actors.map((a) => a.actor));
  return event.data.casualties.map((c) => {
    const speaker = speakerActor(m.matcher(), c.according);
    const { marked } = citeEvidence(m, c.cite);
    return { who: c.who, according: c.according, killed: c.killed, injured: c.injured, marked, cite: c.cite, ...(speaker && actors.has(speaker) ? { party: speaker as ActorSlug } : {}) };
  });
}

/** An event's evidence grade, computed from its citations and casualty accounts (src/lib/evidence.ts). */
export function eventGrade(event: EventRecord): GradeResult {
  const grades = once('grades', () => new Map<EventSlug, GradeResult>());
  let g = grades.get(event.slug);
  if (!g) {
    const m = model();
    const cites = [...event.data.citations, ...event.data.casualties.map((c) => c.cite)].map((c) => citeEvidence(m, c));
    g = gradeEvidence({ cites, parties: responsible(m, eventParties(event.data.actors)), casualties: casualtyAccounts(event) });
    grades.set(event.slug, g);
  }
  return g;
}

/** The evidence grade of an explainer's key fact: its parties are the actors the explainer is about. */
export function keyFactGrade(explainer: ExplainerRecord, fact: ExplainerRecord['data']['keyFacts'][number]): GradeResult {
  const m = model();
  return gradeEvidence({ cites: fact.cites.map((c) => citeEvidence(m, c)), parties: responsible(m, explainer.data.actors) });
}

/** The events with one evidence grade, oldest first. */
export function eventsGraded(grade: Grade): EventRecord[] {
  return getEvents().filter((e) => eventGrade(e).grade === grade);
}
