/**
 * Which article bodies a build renders again: the content store keeps each rendered body under the
 * key it was rendered with (`digest`), and a body whose key is unchanged is kept as it is. The key
 * is `moduleKey` of src/lib/mdx-cache.ts over the body, its path, the code and what the plugins read
 * of the content model for it (`modelInputs`), so a change to any of them renders it again.
 */

/** What to do with each entry: render (new or changed), keep (same key), drop (no longer an article). */
export interface RenderPlan {
  render: string[];
  keep: string[];
  drop: string[];
}

/**
 * The plan for `wanted` (each article's id and key, in the order to render them) against what the
 * store holds (each id and the digest it was stored with; undefined when it has none, which is
 * never kept).
 */
export function renderPlan(wanted: ReadonlyMap<string, string>, stored: ReadonlyMap<string, string | number | undefined>): RenderPlan {
  const plan: RenderPlan = { render: [], keep: [], drop: [] };
  for (const [id, key] of wanted) (stored.get(id) === key ? plan.keep : plan.render).push(id);
  for (const id of stored.keys()) if (!wanted.has(id)) plan.drop.push(id);
  return plan;
}
