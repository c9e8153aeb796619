/**
 * Outside sources: the records the editors rely on beyond the articles, newest first, and which
 * entries cite each fact (so the sources page can say where each one is used).
 */
import type { SourceRecord } from '../lib/content/model.ts';
import { keys } from '../lib/paths.ts';
import { getArticles } from './articles.ts';
import { once } from './model.ts';

/** Every outside source, newest first (then by publisher). */
export function getOutsideSources(): readonly SourceRecord[] {
  return once('outside-sources', (m) => [...m.sources.values()].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.publisher.localeCompare(b.data.publisher)));
}

/** How many citations use each outside fact (`source!fact`). */
export function outsideFactUses(): ReadonlyMap<string, number> {
  return once('outside-fact-uses', (m) => {
    const uses = new Map<string, number>();
    for (const c of m.citations()) if ('source' in c.ref) uses.set(keys.sourceFact(c.ref.source, c.ref.fact), (uses.get(keys.sourceFact(c.ref.source, c.ref.fact)) ?? 0) + 1);
    return uses;
  });
}

/** The years the published articles cover, e.g. "2019–2024". */
export function coverage(): string {
  return once('coverage', () => {
    const years = getArticles().flatMap((a) => (a.data.published.date ? [a.data.published.date.slice(0, 4)] : [])).sort();
    const [first, last] = [years[0], years.at(-1)];
    return !first || !last ? '' : first === last ? first : `${first}–${last}`;
  });
}
