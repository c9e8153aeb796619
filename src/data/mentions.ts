/**
 * "Mentioned in" for actor and place pages: every published article and explainer that mentions
 * an entry, newest first, from the content model's mentions (computed once per build).
 */
import { dateSortKey } from '../lib/dates.ts';
import type { MentionRecord } from '../lib/content/model.ts';
import { paths } from '../lib/paths.ts';
import { model } from './model.ts';

/** A mention with what a list item needs: the document's kind, title, path and date. */
export interface MentionItem extends MentionRecord {
  title: string;
  path: string;
  date: string;
}

let cache: { of: object; items: Map<string, MentionItem[]> } | undefined;

/** Every entry's mentions as list items, newest first. */
function all(): Map<string, MentionItem[]> {
  const m = model();
  if (cache?.of === m) return cache.items;
  const items = new Map<string, MentionItem[]>();
  for (const [term, mentions] of m.mentions()) {
    const list = mentions.map((mention): MentionItem => {
      if (mention.doc.kind === 'article') {
        const a = m.articles.get(mention.doc.slug)!;
        return { ...mention, title: a.data.title, path: paths.article(a.slug), date: dateSortKey(a.data.published.date) };
      }
      const e = m.explainers.get(mention.doc.slug)!;
      return { ...mention, title: e.data.title, path: paths.explainer(e.slug), date: e.data.updated };
    });
    items.set(term, list.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)));
  }
  cache = { of: m, items };
  return items;
}

/** The documents that mention an actor (slug) or a place (`place:<slug>`), newest first. */
export function mentionsOf(term: string): MentionItem[] {
  return all().get(term) ?? [];
}

let names: { of: object; byDoc: Map<string, string[]> } | undefined;

/** The names of the actors a document mentions, A–Z (for the search filter). */
export function actorNamesIn(doc: MentionRecord['doc']): string[] {
  const m = model();
  if (names?.of !== m) {
    const byDoc = new Map<string, string[]>();
    for (const [term, mentions] of m.mentions()) {
      const actor = m.actors.get(term as never);
      if (!actor) continue;
      for (const x of mentions) {
        const key = `${x.doc.kind}:${x.doc.slug}`;
        byDoc.set(key, [...(byDoc.get(key) ?? []), actor.data.name]);
      }
    }
    for (const list of byDoc.values()) list.sort((a, b) => a.localeCompare(b));
    names = { of: m, byDoc };
  }
  return names.byDoc.get(`${doc.kind}:${doc.slug}`) ?? [];
}
