/**
 * Stable ids: an entry renamed keeps its old address working. Each former slug (`formerSlugs`) of
 * a published article, an explainer, an actor or a place becomes a page at the old address that
 * sends readers on to the new one (src/pages/[...moved].astro), kept out of the sitemap and of
 * search. A renamed event has no page of its own: its former slugs stay anchors on the timeline.
 * `checkContent` has made sure no former slug is a live slug or claimed twice.
 */
import type { ContentModel } from './content/model.ts';
import { paths } from './paths.ts';

/** A page that moved: its old path, its new path (both under the base) and the entry's name. */
export interface MovedPage {
  from: string;
  to: string;
  name: string;
}

/** Every old address of a renamed entry, in a stable order. */
export function movedPages(model: ContentModel): MovedPage[] {
  const out: MovedPage[] = [];
  for (const a of model.articles.values()) if (!a.data.draft) for (const old of a.data.formerSlugs) out.push({ from: paths.article(old), to: paths.article(a.slug), name: a.data.title });
  for (const e of model.explainers.values()) for (const old of e.data.formerSlugs) out.push({ from: paths.explainer(old), to: paths.explainer(e.slug), name: e.data.title });
  for (const a of model.actors.values()) for (const old of a.data.formerSlugs) out.push({ from: paths.actor(old), to: paths.actor(a.slug), name: a.data.name });
  for (const p of model.places.values()) for (const old of p.data.formerSlugs) out.push({ from: paths.place(old), to: paths.place(p.slug), name: p.data.name });
  return out;
}
