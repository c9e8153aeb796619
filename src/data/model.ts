/**
 * The content model for pages and endpoints: read once per build (src/build/content.ts) and
 * shared with the config and the plugins. Every query below is a plain function of it.
 */
import { getModel } from '../build/content.ts';
import type { ContentModel } from '../lib/content/model.ts';

/** The build's content model. */
export function model(): ContentModel {
  return getModel();
}

const memo = new WeakMap<ContentModel, Map<string, unknown>>();

/**
 * A value computed once per content model (a build, or a dev-server reload). Queries that every
 * page calls (the layout's, the lists') go through it: computed per page, the layout's sort of
 * every article cost 8 ms a page at 10,000 articles, and grew with the site.
 */
export function once<T>(key: string, compute: (m: ContentModel) => T): T {
  const m = model();
  let store = memo.get(m);
  if (!store) memo.set(m, (store = new Map()));
  if (!store.has(key)) store.set(key, compute(m));
  return store.get(key) as T;
}
