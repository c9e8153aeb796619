/**
 * Article queries. Drafts are filtered here, once; pages never see one.
 */
import { dateSortKey } from '../lib/dates.ts';
import type { ArticleRecord } from '../lib/content/model.ts';
import type { ArticleSlug } from '../schemas/slugs.ts';
import { model, once } from './model.ts';

/** Published articles, newest first (ties by title, so the order is stable). */
export function getArticles(): ArticleRecord[] {
  return [
    ...once('articles', (m) =>
      [...m.articles.values()]
        .filter((a) => !a.data.draft)
        .sort((a, b) => dateSortKey(b.data.published.date).localeCompare(dateSortKey(a.data.published.date)) || a.data.title.localeCompare(b.data.title)),
    ),
  ];
}

/** A published article by slug. */
export function getArticle(slug: ArticleSlug): ArticleRecord {
  const article = model().articles.get(slug);
  if (!article || article.data.draft) throw new Error(`No published article "${slug}".`);
  return article;
}
