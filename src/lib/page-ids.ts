/**
 * Ids unique within one page: a counter per page request, so the same citation shown twice on a
 * page gets two ids, and every build numbers them the same way.
 */

const counters = new WeakMap<object, number>();

/** The next number for this page (its request object), from 1. */
export function nextId(page: object): number {
  const n = (counters.get(page) ?? 0) + 1;
  counters.set(page, n);
  return n;
}
