/**
 * Rendering a body: Astro's collections hold the bodies only so that Astro can render them (an
 * actor's or explainer's MDX compiled by Vite, an article's Markdown rendered by the articles
 * loader); every datum a page shows comes from the content model.
 */
import { getEntry, render } from 'astro:content';

/** The compiled body of an entry, as a component. */
export async function renderBody(collection: 'articles' | 'actors' | 'explainers', slug: string): Promise<Awaited<ReturnType<typeof render>>['Content']> {
  const entry = await getEntry(collection, slug);
  if (!entry) throw new Error(`No ${collection} entry "${slug}" in Astro's content store.`);
  return (await render(entry)).Content;
}
