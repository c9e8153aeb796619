/**
 * Event and place queries. The timeline data is checked once per build (schemas, references,
 * every quote against its paragraph) before any page renders it: a bad event stops the build with
 * the file and the problem.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkEventsContent, readActorSlugs, readYamlDir } from '../build/check-events.ts';
import { loadArticles } from '../build/content-index.ts';
import { sortEvents } from '../lib/events.ts';
import { getExplainers, citedParagraphsOf } from './explainers.ts';

/** An event entry. */
export type EventEntry = CollectionEntry<'events'>;
/** A place entry. */
export type PlaceEntry = CollectionEntry<'places'>;

let checked: Promise<void> | undefined;

/** Throws one error listing every problem in the timeline data. */
function checkOnce(): Promise<void> {
  checked ??= (async () => {
    const problems = checkEventsContent({
      events: readYamlDir('content/events'),
      places: readYamlDir('content/places'),
      actorSlugs: readActorSlugs(),
      index: loadArticles().index,
    });
    if (problems.length > 0) throw new Error(`Timeline data problems:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  })();
  return checked;
}

let events: Promise<EventEntry[]> | undefined;

/** Every event, oldest first. */
export function getEvents(): Promise<EventEntry[]> {
  events ??= checkOnce().then(async () => sortEvents(await getCollection('events')));
  return events;
}

let places: Promise<Map<string, PlaceEntry>> | undefined;

/** Every place by slug. */
export function getPlaceMap(): Promise<Map<string, PlaceEntry>> {
  places ??= checkOnce().then(async () => new Map((await getCollection('places')).map((p) => [p.id, p])));
  return places;
}

/** The explainers that discuss an event: those that cite a paragraph the event cites. */
export async function explainersDiscussing(event: EventEntry): Promise<{ id: string; title: string }[]> {
  const keys = new Set([...event.data.citations, ...event.data.casualties.map((c) => c.cite)].map((c) => `${c.article}#p${c.paragraph}`));
  return (await getExplainers()).filter((e) => citedParagraphsOf(e).some((k) => keys.has(k))).map((e) => ({ id: e.id, title: e.data.title }));
}
