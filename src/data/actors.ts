/**
 * Actor queries: the glossary entries, looked up by slug.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

/** An actor entry. */
export type ActorEntry = CollectionEntry<'actors'>;

let cached: Promise<Map<string, ActorEntry>> | undefined;

/** Every actor by slug. */
export function getActorMap(): Promise<Map<string, ActorEntry>> {
  cached ??= getCollection('actors').then((all) => new Map(all.map((a) => [a.id, a])));
  return cached;
}

/** Every actor, A–Z by name. */
export async function getActors(): Promise<ActorEntry[]> {
  return [...(await getActorMap()).values()].sort((a, b) => a.data.name.localeCompare(b.data.name));
}
