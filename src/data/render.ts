/**
 * Rendering a body: Astro's collections hold the bodies only so that Astro can render them (an
 * actor's or explainer's MDX compiled by Vite); an article's Markdown is rendered by the articles
 * loader, and its HTML read back from disk (src/build/article-html.ts). Every datum a page shows
 * comes from the content model.
 */
import { getEntry, render } from 'astro:content';
import { readArticleHtml } from '../build/article-html.ts';
import type { ArticleSlug } from '../schemas/slugs.ts';

/** The compiled body of an actor or an explainer, as a component. */
export async function renderBody(collection: 'actors' | 'explainers', slug: string): Promise<Awaited<ReturnType<typeof render>>['Content']> {
  const entry = await getEntry(collection, slug);
  if (!entry) throw new Error(`No ${collection} entry "${slug}" in Astro's content store.`);
  return (await render(entry)).Content;
}

/** The rendered body of an article, as HTML (the site's Markdown processor made it, escaping its text). */
export async function articleHtml(slug: ArticleSlug): Promise<string> {
  const entry = await getEntry('articles', slug);
  if (!entry || typeof entry.digest !== 'string') throw new Error(`No articles entry "${slug}" in Astro's content store: run the build again.`);
  return readArticleHtml(slug, entry.digest);
}
