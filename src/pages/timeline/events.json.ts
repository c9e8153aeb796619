/**
 * Where every event lives on the timeline (slug → link), so an old link to the single-page
 * timeline (`timeline/#slug`) still reaches its event: the timeline's script looks it up only
 * when the overview does not hold that event.
 */
import type { APIRoute } from 'astro';
import { eventPath, getEvents } from '../../data/events.ts';
import { href } from '../../lib/paths.ts';

export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  // A renamed event's former slugs lead to it too (formerSlugs), so its old links still land.
  const index = Object.fromEntries(getEvents().flatMap((e) => [e.slug, ...e.data.formerSlugs].map((slug) => [slug, href(base, eventPath(e.slug))])));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
