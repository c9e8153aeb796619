/**
 * What each citation shows, for components outside MDX bodies (key facts, actor facts, events):
 * the same views the citations plugin renders, for this build's base path.
 */
import { citeViews, type CiteView } from '../lib/cite-view.ts';
import type { Citation } from '../schemas/citation.ts';
import { model } from './model.ts';

let cache: { of: object; base: string; views: ReturnType<typeof citeViews> } | undefined;

/** The view of a citation. */
export function citeView(ref: Citation, base: string): CiteView {
  const m = model();
  if (cache?.of !== m || cache.base !== base) cache = { of: m, base, views: citeViews(m, base) };
  return cache.views.view(ref);
}
