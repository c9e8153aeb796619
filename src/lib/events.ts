/**
 * Timeline logic, pure: ordering and grouping events, the answers to each event (the reverse of
 * "in response to"), the date as readers see it, and which explainers discuss an event.
 */
import { formatPartialDate } from './dates.ts';
import { keys } from './paths.ts';
import type { Event } from '../schemas/event.ts';

/** An event with its slug. */
export interface TimelineEvent {
  slug: string;
  data: Event;
}

/** Readers' names for event kinds, singular and plural. */
export const EVENT_KIND_LABEL: Record<Event['kind'], { one: string; many: string }> = {
  'attack-on-us-forces': { one: 'Attack on US forces', many: 'Attacks on US forces' },
  'us-strike': { one: 'US strike', many: 'US strikes' },
  killing: { one: 'Killing', many: 'Killings' },
  'other-attack': { one: 'Other attack or war', many: 'Other attacks and wars' },
  'political-event': { one: 'Political event', many: 'Political events' },
  designation: { one: 'Designation', many: 'Designations' },
};

/** Readers' names for roles. */
export const ROLE_LABEL: Record<Event['actors'][number]['role'], string> = {
  attacker: 'attacker',
  target: 'target',
  claimant: 'claimed it',
  responder: 'responded',
  killed: 'killed',
  official: 'official statement',
  mediator: 'mediator',
};

/** The date as readers see it: "29 December 2019", "early January 2020", "2020". */
export function eventDateLabel(event: Event): string {
  return event.dateLabel ?? formatPartialDate(event.date);
}

/** Events in date order (then by title), oldest first. */
export function sortEvents<T extends TimelineEvent>(events: T[]): T[] {
  return [...events].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.data.title.localeCompare(b.data.title));
}

/** Events grouped by year, oldest year first. */
export function byYear<T extends TimelineEvent>(events: T[]): { year: string; events: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const e of sortEvents(events)) {
    const year = e.data.date.slice(0, 4);
    groups.set(year, [...(groups.get(year) ?? []), e]);
  }
  return [...groups].map(([year, list]) => ({ year, events: list }));
}

/** For each event, the events that answered it (the reverse of `inResponseTo`). */
export function answers<T extends TimelineEvent>(events: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const e of sortEvents(events)) {
    for (const target of e.data.inResponseTo) out.set(target, [...(out.get(target) ?? []), e]);
  }
  return out;
}

/** The `article#pN` keys an event cites (citations and casualty figures). */
export function citedParagraphs(event: Event): Set<string> {
  return new Set([...event.citations, ...event.casualties.map((c) => c.cite)].flatMap((c) => ('article' in c ? [keys.paragraph(c.article, c.paragraph)] : [])));
}

/** True when an event involves an actor, in any role. */
export function involves(event: Event, actor: string): boolean {
  return event.actors.some((a) => a.actor === actor);
}

/** Describes a count in the source's words: "at least 17", "more than 40", "3", "25–30". */
export function countText(count: { min: number; max?: number | undefined; said?: string | undefined }): string {
  if (count.max === undefined) return `${count.said ?? 'at least'} ${count.min}`;
  const figure = count.max === count.min ? String(count.min) : `${count.min}–${count.max}`;
  return count.said === 'about' ? `about ${figure}` : figure;
}
