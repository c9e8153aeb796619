/**
 * `/actors/previews.json`: the name, kind and one-sentence description of every actor, fetched by
 * the link-previews element on a reader's first hover. Kept out of pages, so pages stay small and
 * the search index never sees it. A description is dated ("as of" the newest source the entry
 * cites), and says so when a record shows the actor has died or ended.
 */
import type { APIRoute } from 'astro';
import { actorAsOf, END_LABEL, getActors } from '../../data/actors.ts';
import { KIND_LABEL } from '../../lib/actors.ts';
import { formatPartialDate } from '../../lib/dates.ts';

export const GET: APIRoute = () => {
  const data = Object.fromEntries(
    getActors().map((a) => {
      const end = a.data.end ? ` ${END_LABEL[a.data.end.kind]} ${formatPartialDate(a.data.end.date)}.` : '';
      const asOf = actorAsOf(a.slug);
      return [a.slug, { name: a.data.name, kind: KIND_LABEL[a.data.kind].one, description: `${a.data.description}${end}${asOf ? ` (As of ${asOf}.)` : ''}` }];
    }),
  );
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
