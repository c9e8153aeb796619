import { describe, expect, it } from 'vitest';
import { keys } from '../../../src/lib/paths.ts';
import { timesCited } from '../../../src/lib/sources.ts';

describe('timesCited', () => {
  const record = { slug: 'harbour-board-notice', data: { facts: [{ key: 'closure', text: 'The quay closed.' }, { key: 'reopening', text: 'The quay reopened.' }] } } as never;

  it('sums the uses of each of a record’s facts', () => {
    const uses = new Map([[keys.sourceFact('harbour-board-notice', 'closure'), 3], [keys.sourceFact('harbour-board-notice', 'reopening'), 2]]);
    expect(timesCited(record, uses)).toBe(5);
  });

  it('counts no use of another record’s fact of the same name, and none where a fact is never cited', () => {
    const uses = new Map([[keys.sourceFact('river-trust-report', 'closure'), 4]]);
    expect(timesCited(record, uses)).toBe(0);
  });
});
