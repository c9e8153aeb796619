/**
 * `/actors/previews.json`: the name, kind and one-sentence description of every actor, fetched by
 * the link-previews element on a reader's first hover. Kept out of pages, so pages stay small and
 * the search index never sees it.
 */
import type { APIRoute } from 'astro';
import { getActors } from '../../data/actors.ts';
import { KIND_LABEL } from '../../lib/actors.ts';

export const GET: APIRoute = async () => {
  const actors = getActors();
  const data = Object.fromEntries(actors.map((a) => [a.slug, { name: a.data.name, kind: KIND_LABEL[a.data.kind].one, description: a.data.description }]));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
