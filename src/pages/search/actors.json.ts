/**
 * `/search/actors.json`: every actor's names and aliases (glossary terms) with its card data, for
 * the search page's alias-aware actor card. Fetched only when a reader searches.
 */
import type { APIRoute } from 'astro';
import { getActors } from '../../data/actors.ts';
import { KIND_LABEL } from '../../lib/actors.ts';

export const GET: APIRoute = async () => {
  const actors = getActors();
  const data = {
    actors: Object.fromEntries(actors.map((a) => [a.slug, { name: a.data.name, kind: KIND_LABEL[a.data.kind].one, description: a.data.description }])),
    terms: actors.flatMap((a) => [
      { actor: a.slug, text: a.data.name },
      ...a.data.aliases.map((al) => ({ actor: a.slug, text: al.text, ...(al.ambiguous ? { ambiguous: true } : {}) })),
    ]),
  };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
