/**
 * Actor queries: the glossary entries A–Z, by slug, their relations both ways, and the alias
 * pages that redirect to them.
 */
import type { ActorRecord } from '../lib/content/model.ts';
import { slugify } from '../lib/slug.ts';
import { articleDate } from '../lib/sources.ts';
import type { Actor } from '../schemas/actor.ts';
import type { ActorSlug } from '../schemas/slugs.ts';
import { model, once } from './model.ts';

/** Every actor, A–Z by name. */
export function getActors(): ActorRecord[] {
  return [...once('actors', (m) => [...m.actors.values()].sort((a, b) => a.data.name.localeCompare(b.data.name)))];
}

/** An actor by slug. */
export function getActor(slug: ActorSlug): ActorRecord {
  const actor = model().actors.get(slug);
  if (!actor) throw new Error(`No actor "${slug}".`);
  return actor;
}

/** The relations other actors have to this one ("Includes", "Backs"), with who has them. */
export function reverseRelations(slug: ActorSlug): (Actor['relations'][number] & { source: ActorRecord })[] {
  return getActors().flatMap((other) => other.data.relations.filter((r) => r.target === slug).map((r) => ({ ...r, source: other })));
}

/**
 * Pages a reader might guess for an alias (`/actors/hezbollah-brigades/`, `/actors/pmf/`) that
 * redirect to the actor. Skipped: native-script and ambiguous aliases, slugs of real actors and
 * actors' former slugs (their old addresses redirect on their own), and slugs two actors would share.
 */
export function aliasRedirects(): { slug: string; actor: ActorRecord }[] {
  const actors = getActors();
  const taken = new Set<string>(actors.flatMap((a) => [a.slug, ...a.data.formerSlugs]));
  const claims = new Map<string, ActorRecord[]>();
  for (const actor of actors) {
    for (const alias of actor.data.aliases) {
      if (alias.ambiguous || alias.type === 'native-script') continue;
      const slug = slugify(alias.text);
      if (slug === 'untitled' || taken.has(slug)) continue;
      const list = claims.get(slug) ?? [];
      if (!list.includes(actor)) list.push(actor);
      claims.set(slug, list);
    }
  }
  return [...claims.entries()].filter(([, list]) => list.length === 1).map(([slug, list]) => ({ slug, actor: list[0]! }));
}

/** Every actor by slug. */
export function getActorMap(): ReadonlyMap<ActorSlug, ActorRecord> {
  return model().actors;
}

/**
 * The date an actor's entry speaks as of: the newest of the articles it cites. A profile in the
 * present tense is true as of then; pages and previews say so.
 */
export function actorAsOf(slug: ActorSlug): string | undefined {
  const m = model();
  let newest: { date: string; label: string } | undefined;
  for (const c of m.citations()) {
    if (c.owner.kind !== 'actor' || c.owner.slug !== slug || !('article' in c.ref)) continue;
    const a = m.articles.get(c.ref.article);
    const date = a?.data.published.date;
    if (a && date && (!newest || date > newest.date)) newest = { date, label: articleDate(a.data) };
  }
  return newest?.label;
}

/** Readers' words for how an actor ended: "Killed on". */
export const END_LABEL: Record<NonNullable<Actor['end']>['kind'], string> = { died: 'Died on', killed: 'Killed on', fell: 'Fell on', dissolved: 'Dissolved on' };
