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

/** Readers' names for roles on an event card's one-line "who", singular and plural. */
export const ROLE_GROUP_LABEL: Record<Event['actors'][number]['role'], { one: string; many: string }> = {
  attacker: { one: 'Attacker', many: 'Attackers' },
  claimant: { one: 'Claimed by', many: 'Claimed by' },
  target: { one: 'Target', many: 'Targets' },
  killed: { one: 'Killed', many: 'Killed' },
  responder: { one: 'Responded', many: 'Responded' },
  official: { one: 'Official', many: 'Officials' },
  mediator: { one: 'Mediator', many: 'Mediators' },
};

/** The order of roles on the one-line "who": who acted, on whom, then the others. */
const ROLE_ORDER = ['attacker', 'claimant', 'target', 'killed', 'responder', 'official', 'mediator'] as const;

/** An event's actors grouped by role, in reading order, each actor once per role; `attributed` when someone only attributes the role. */
export function roleGroups(actors: Event['actors']): { role: Event['actors'][number]['role']; label: string; actors: { actor: string; attributed: boolean }[] }[] {
  return ROLE_ORDER.flatMap((role) => {
    const list = actors.filter((a) => a.role === role).map((a) => ({ actor: a.actor, attributed: Boolean(a.attributedBy) }));
    return list.length === 0 ? [] : [{ role, label: ROLE_GROUP_LABEL[role][list.length === 1 ? 'one' : 'many'], actors: list }];
  });
}

/** How many events the timeline's overview shows (the latest), however many there are. */
export const LATEST_EVENTS = 6;

/** How many events an actor's or a place's page shows (its latest) before linking to all of them. */
export const KEY_EVENTS = 4;

/**
 * Events per page of a year or a filter of the timeline. An event card is 3–5 KB of HTML (its
 * sources' quotes, its grade's definition), so 15 keep a page near 70 KB with its filters, under
 * the 100 KB every page must stay below (issue #15), however many events a year holds.
 */
export const TIMELINE_PAGE_SIZE = 15;

/** How many actors, and how many places, the timeline's filters offer (those with the most events). */
export const FACET_CHIPS = 12;

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Readers' words for a date's precision, where it is not a day. */
export const PRECISION_LABEL: Record<Event['datePrecision'], string> = { day: '', month: 'month known', year: 'year known', approximate: 'approximate date' };

/**
 * The date chip of an event card, whose form carries the precision: "29 Dec / 2019" (a day),
 * "Dec / 2019" (a month), "2019" (a year), "c. Jan / 2020" (approximate).
 */
export function dateChip(event: Pick<Event, 'date' | 'datePrecision'>): { main: string; year: string; precision: Event['datePrecision'] } {
  const [year = event.date, m, d] = event.date.split('-');
  const month = m ? (SHORT_MONTHS[Number(m) - 1] ?? m) : '';
  const exact = event.datePrecision === 'day' && d ? `${Number(d)} ${month}` : event.datePrecision === 'year' ? '' : month;
  const main = event.datePrecision === 'approximate' ? `c. ${month}`.trim() : exact;
  return { main, year, precision: event.datePrecision };
}

/** The year of an event: the first four characters of its date. */
export function yearOf(event: Pick<Event, 'date'>): string {
  return event.date.slice(0, 4);
}

/** The latest `n` events, in date order. */
export function latest<T extends TimelineEvent>(events: T[], n: number): T[] {
  return sortEvents(events).slice(-n);
}

/**
 * Where each event lives on the timeline: its year and its page (from 1) of that year's events,
 * `size` to a page, in date order.
 */
export function yearPages<T extends TimelineEvent>(events: T[], size: number): Map<string, { year: string; page: number }> {
  const out = new Map<string, { year: string; page: number }>();
  for (const { year, events: list } of byYear(events)) list.forEach((e, i) => out.set(e.slug, { year, page: Math.floor(i / size) + 1 }));
  return out;
}

/** A date as short as its precision allows: "2 Feb 2024", "Feb 2024", "2024", "c. Jan 2020". */
export function shortDate(event: Pick<Event, 'date' | 'datePrecision'>): string {
  const { main, year } = dateChip(event);
  return main ? `${main} ${year}` : year;
}

/**
 * The pages of a list of events, `size` to a page in date order, each with the dates it covers
 * ("2 Feb 2024 – 14 Mar 2024"), so a reader can pick any page directly.
 */
export function pageSpans<T extends TimelineEvent>(events: T[], size: number): { n: number; label: string }[] {
  const sorted = sortEvents(events);
  const out: { n: number; label: string }[] = [];
  for (let i = 0; i < sorted.length; i += size) {
    const [first, last] = [sorted[i]!, sorted[Math.min(i + size, sorted.length) - 1]!];
    const [from, to] = [shortDate(first.data), shortDate(last.data)];
    out.push({ n: out.length + 1, label: from === to ? from : `${from} – ${to}` });
  }
  return out;
}

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

/** Figures as English prose writes them: 1,200, not 1200. */
const NUMBER = new Intl.NumberFormat('en-US');

/** Describes a count in the source's words: "at least 17", "more than 40", "3", "25–30", "at least 1,200". */
export function countText(count: { min: number; max?: number | undefined; said?: string | undefined }): string {
  const n = (value: number): string => NUMBER.format(value);
  if (count.max === undefined) return `${count.said ?? 'at least'} ${n(count.min)}`;
  const figure = count.max === count.min ? n(count.min) : `${n(count.min)}–${n(count.max)}`;
  return count.said === 'about' ? `about ${figure}` : figure;
}
