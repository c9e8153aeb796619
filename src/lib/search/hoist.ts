/**
 * The glossary entry first: when a query is an actor's name or alias, that actor's page leads the
 * results, whatever Pagefind's scores say. Pagefind scores a prefix the same in metadata ("KH" in
 * "Khamenei"), and a name that is part of another actor's alias ("IRGC" in "IRGC Quds Force")
 * scores as high on both pages, so ranking weights alone cannot promise this.
 */

/** A search result as Pagefind returns it: only its id matters here. */
export interface Identified {
  /** Pagefind's id of the page. */
  id: string;
}

/**
 * The results with `entry` first. When the entry is not among them it is put first only if
 * `insert` is true (a name typed a letter off, which Pagefind cannot find); otherwise the results
 * stay as they are, since the reader's filters left it out. The input is not changed.
 */
export function hoist<T extends Identified>(results: readonly T[], entry: T | undefined, options: { insert: boolean }): T[] {
  if (!entry) return [...results];
  const at = results.findIndex((r) => r.id === entry.id);
  if (at === 0) return [...results];
  if (at > 0) return [results[at] as T, ...results.slice(0, at), ...results.slice(at + 1)];
  return options.insert ? [entry, ...results] : [...results];
}

/** True when a Pagefind filter object selects anything: `{ type: ['Article'] }`, `{ year: '2021' }`. */
export function hasActiveFilters(filters: Readonly<Record<string, unknown>> | undefined): boolean {
  return Object.values(filters ?? {}).some((value) => {
    if (Array.isArray(value)) return value.length > 0;
    if (value && typeof value === 'object') return hasActiveFilters(value as Record<string, unknown>);
    return value !== undefined && value !== null && value !== '';
  });
}
