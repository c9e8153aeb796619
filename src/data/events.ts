/**
 * Event, place and count queries for the timeline, the map, the chart and the actor and place
 * pages. Everything here was checked by `checkContent` before any page renders.
 */
import type { CountRecord, EventRecord, PlaceRecord } from '../lib/content/model.ts';
import { answers, citedParagraphs as eventParagraphs, involves, sortEvents } from '../lib/events.ts';
import type { ActorSlug, EventSlug, ExplainerSlug, PlaceSlug } from '../schemas/slugs.ts';
import { citedParagraphs, getExplainers } from './explainers.ts';
import { model } from './model.ts';

/** An event, as the timeline components take it. */
export type EventEntry = EventRecord;

/** Every event, oldest first. */
export function getEvents(): EventRecord[] {
  return sortEvents([...model().events.values()]);
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
  return getEvents().filter((e) => involves(e.data, actor));
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
  const keys = eventParagraphs(event.data);
  return getExplainers()
    .filter((e) => [...citedParagraphs(e)].some((k) => keys.has(k)))
    .map((e) => ({ slug: e.slug, title: e.data.title }));
}
