/**
 * Article queries. Drafts are filtered here, once; pages never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { dateSortKey } from '../lib/dates.ts';

/** A published article entry. */
export type ArticleEntry = CollectionEntry<'articles'>;

/** Published articles, newest first (ties by title, so the order is stable). */
export async function getArticles(): Promise<ArticleEntry[]> {
  const all = await getCollection('articles', ({ data }) => !data.draft);
  return all.sort(
    (a, b) =>
      dateSortKey(b.data.published.date).localeCompare(dateSortKey(a.data.published.date)) ||
      a.data.title.localeCompare(b.data.title),
  );
}

let metaCache: Promise<Map<string, ArticleEntry>> | undefined;

/** Published articles by slug, for citations outside MDX bodies (key facts, actor facts). */
export function getArticleMap(): Promise<Map<string, ArticleEntry>> {
  metaCache ??= getArticles().then((all) => new Map(all.map((a) => [a.id, a])));
  return metaCache;
}
