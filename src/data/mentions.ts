/**
 * "Mentioned in" for actor pages: every published article and explainer that mentions an actor,
 * newest first, computed once per build.
 */
import { loadArticles } from '../build/content-index.ts';
import { getMatcher } from '../build/glossary.ts';
import { dateSortKey } from '../lib/dates.ts';
import { findMentions, type Mention } from '../lib/mentions.ts';
import { parseMdx } from '../lib/mdx-parse.ts';
import { collectParagraphs } from '../lib/paragraphs.ts';
import { getActorMap } from './actors.ts';
import { getArticles } from './articles.ts';
import { getExplainers } from './explainers.ts';

/** A mention with what a list item needs: the document's kind, title, URL path and date. */
export interface MentionItem extends Mention {
  kind: 'article' | 'explainer';
  title: string;
  path: string;
  date: string;
}

let cached: Promise<Map<string, MentionItem[]>> | undefined;

async function compute(): Promise<Map<string, MentionItem[]>> {
  const [articles, explainers] = await Promise.all([getArticles(), getExplainers()]);
  const docs = [
    ...articles.map((a) => ({ id: `article:${a.id}`, kind: 'article' as const, title: a.data.title, path: `articles/${a.id}/`, date: dateSortKey(a.data.published.date), body: a.body ?? '' })),
    ...explainers.map((e) => ({ id: `explainer:${e.id}`, kind: 'explainer' as const, title: e.data.title, path: `explainers/${e.id}/`, date: e.data.updated, body: e.body ?? '' })),
  ];
  const info = new Map(docs.map((d) => [d.id, d]));
  // Articles' paragraphs are already parsed in the build's paragraph index; explainers are parsed here.
  const { index } = loadArticles();
  const found = findMentions(
    docs.map((d) => ({
      id: d.id,
      paragraphs: d.kind === 'article' ? [...(index.get(d.id.slice('article:'.length)) ?? [])] : collectParagraphs(parseMdx(d.body)).map((p) => p.text),
    })),
    getMatcher(),
  );
  const out = new Map<string, MentionItem[]>();
  for (const [actor, mentions] of found) {
    const items = mentions.map((m) => {
      const d = info.get(m.id)!;
      return { ...m, kind: d.kind, title: d.title, path: d.path, date: d.date };
    });
    out.set(actor, items.sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title)));
  }
  return out;
}

/** The documents that mention an actor, newest first. */
export async function mentionsOf(actor: string): Promise<MentionItem[]> {
  cached ??= compute();
  return (await cached).get(actor) ?? [];
}

let byDoc: Promise<Map<string, string[]>> | undefined;

/** The names of the actors a document mentions (`article:<slug>` or `explainer:<slug>`), A–Z. */
export async function actorNamesIn(docId: string): Promise<string[]> {
  byDoc ??= (async () => {
    cached ??= compute();
    const [mentions, actors] = await Promise.all([cached, getActorMap()]);
    const out = new Map<string, string[]>();
    for (const [actor, items] of mentions) {
      const name = actors.get(actor)?.data.name;
      if (!name) continue;
      for (const item of items) out.set(item.id, [...(out.get(item.id) ?? []), name]);
    }
    for (const names of out.values()) names.sort((a, b) => a.localeCompare(b));
    return out;
  })();
  return (await byDoc).get(docId) ?? [];
}
