/**
 * Actor queries: the glossary entries, looked up by slug.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { slugify } from '../lib/slug.ts';
import { checkReferences } from './references.ts';

/** An actor entry. */
export type ActorEntry = CollectionEntry<'actors'>;

let cached: Promise<Map<string, ActorEntry>> | undefined;

/** Every actor by slug. */
export function getActorMap(): Promise<Map<string, ActorEntry>> {
  cached ??= checkReferences().then(() => getCollection('actors')).then((all) => new Map(all.map((a) => [a.id, a])));
  return cached;
}

/** Every actor, A–Z by name. */
export async function getActors(): Promise<ActorEntry[]> {
  return [...(await getActorMap()).values()].sort((a, b) => a.data.name.localeCompare(b.data.name));
}

/**
 * Pages a reader might guess for an alias (`/actors/hezbollah-brigades/`, `/actors/pmf/`) that
 * redirect to the actor. Skipped: native-script and ambiguous aliases, slugs of real actors, and
 * slugs two actors would share.
 */
export function aliasRedirects(actors: ActorEntry[]): { slug: string; entry: ActorEntry }[] {
  const taken = new Set(actors.map((a) => a.id));
  const claims = new Map<string, ActorEntry[]>();
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
  return [...claims.entries()].filter(([, list]) => list.length === 1).map(([slug, list]) => ({ slug, entry: list[0]! }));
}
