/**
 * Fails the build on a dangling reference between content files, once per build, before any page
 * renders one.
 */
import { getCollection } from 'astro:content';
import { danglingReferences } from '../lib/references.ts';

let checked: Promise<void> | undefined;

/** Throws one error listing every dangling reference. */
export function checkReferences(): Promise<void> {
  checked ??= (async () => {
    const [actors, explainers] = await Promise.all([getCollection('actors'), getCollection('explainers')]);
    const actorSlugs = new Set(actors.map((a) => a.id));
    const explainerSlugs = new Set(explainers.map((e) => e.id));
    const problems = danglingReferences([
      ...explainers.flatMap((e) => [
        { file: `content/explainers/${e.id}.mdx`, field: 'actors', slugs: e.data.actors, known: actorSlugs, folder: 'content/actors' },
        { file: `content/explainers/${e.id}.mdx`, field: 'related', slugs: e.data.related, known: explainerSlugs, folder: 'content/explainers' },
      ]),
      ...actors.map((a) => ({ file: `content/actors/${a.id}.mdx`, field: 'relations.target', slugs: a.data.relations.map((r) => r.target), known: actorSlugs, folder: 'content/actors' })),
    ]);
    if (problems.length > 0) throw new Error(`Dangling content references:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  })();
  return checked;
}
