import { describe, expect, it } from 'vitest';
import { hasActiveFilters, hoist } from '../../../../src/lib/search/hoist.ts';

const results = ['p1', 'p2', 'p3', 'p4'].map((id) => ({ id, score: 1 }));

describe('hoist', () => {
  it('moves the entry to the top and keeps the others in their order', () => {
    expect(hoist(results, { id: 'p3', score: 0 }, { insert: false }).map((r) => r.id)).toEqual(['p3', 'p1', 'p2', 'p4']);
  });

  it('keeps the result object Pagefind returned, not the one looked up', () => {
    expect(hoist(results, { id: 'p4', score: 0 }, { insert: false })[0]).toBe(results[3]);
  });

  it('leaves the results as they are when the entry already leads, or there is none', () => {
    expect(hoist(results, { id: 'p1', score: 0 }, { insert: true })).toEqual(results);
    expect(hoist(results, undefined, { insert: true })).toEqual(results);
  });

  it('puts a missing entry first only when asked to', () => {
    expect(hoist(results, { id: 'p9', score: 0 }, { insert: true }).map((r) => r.id)).toEqual(['p9', 'p1', 'p2', 'p3', 'p4']);
    expect(hoist(results, { id: 'p9', score: 0 }, { insert: false })).toEqual(results);
  });

  it('does not change the array it is given', () => {
    const before = results.map((r) => r.id);
    hoist(results, { id: 'p2', score: 0 }, { insert: true });
    expect(results.map((r) => r.id)).toEqual(before);
  });
});

describe('hasActiveFilters', () => {
  it('sees a filter only when it selects a value', () => {
    expect(hasActiveFilters(undefined)).toBe(false);
    expect(hasActiveFilters({})).toBe(false);
    expect(hasActiveFilters({ type: [], year: '' })).toBe(false);
    expect(hasActiveFilters({ type: ['Article'] })).toBe(true);
    expect(hasActiveFilters({ year: '2021' })).toBe(true);
    expect(hasActiveFilters({ any: { type: ['Explainer'] } })).toBe(true);
  });
});
