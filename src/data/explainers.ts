/**
 * Explainer queries: the explainers in the home page's order, and which articles and paragraphs
 * each one cites (from the content model's citations, body and key facts alike).
 */
import type { ExplainerRecord } from '../lib/content/model.ts';
import { keys } from '../lib/paths.ts';
import type { Citation } from '../schemas/citation.ts';
import type { ArticleSlug, ExplainerSlug } from '../schemas/slugs.ts';
import { model, once } from './model.ts';

/** All explainers, in the home page's order (then by title). */
export function getExplainers(): ExplainerRecord[] {
  return [...once('explainers', (m) => [...m.explainers.values()].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)))];
}

/** An explainer by slug. */
export function getExplainer(slug: ExplainerSlug): ExplainerRecord {
  const e = model().explainers.get(slug);
  if (!e) throw new Error(`No explainer "${slug}".`);
  return e;
}

/** Every citation of an explainer, body first then key facts. */
export function citationsOf(entry: ExplainerRecord): Citation[] {
  const answer = typeof entry.data.shortAnswer === 'string' ? [] : entry.data.shortAnswer.flatMap((s) => s.cites);
  return [...answer, ...entry.cites.map((c) => c.ref), ...entry.data.keyFacts.flatMap((f) => f.cites)];
}

/** The article slugs an explainer cites, in order of first citation. */
export function citedArticles(entry: ExplainerRecord): ArticleSlug[] {
  return [...new Set(citationsOf(entry).flatMap((c) => ('article' in c ? [c.article] : [])))];
}

/** The `article#pN` paragraphs an explainer cites. */
export function citedParagraphs(entry: ExplainerRecord): Set<string> {
  return new Set(citationsOf(entry).flatMap((c) => ('article' in c ? [keys.paragraph(c.article, c.paragraph)] : [])));
}

/** The explainers that cite an article ("Explained in"). */
export function explainersCiting(article: ArticleSlug): ExplainerRecord[] {
  const index = once('explainers-by-article', () => {
    const by = new Map<ArticleSlug, ExplainerRecord[]>();
    for (const e of getExplainers()) for (const a of citedArticles(e)) (by.get(a) ?? by.set(a, []).get(a)!).push(e);
    return by;
  });
  return [...(index.get(article) ?? [])];
}
