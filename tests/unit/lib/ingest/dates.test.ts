import { describe, expect, it } from 'vitest';
import { findDates, isRealDate, latest } from '../../../../src/lib/ingest/dates.ts';

describe('findDates', () => {
  it.each([
    ['December 30, 2019', '2019-12-30'],
    ['Nov. 8, 2023', '2023-11-08'],
    ['Tuesday, Sept. 24, 2024.', '2024-09-24'],
    ['on February 3rd, 2024', '2024-02-03'],
    ['July 25, 2014 (credit: X)', '2014-07-25'],
    ['Jan 1 2020', '2020-01-01'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });

  it('ignores dates without a year', () => {
    expect(findDates('since Oct. 17, and on Dec. 25 and February 15')).toEqual([]);
  });

  it('skips impossible dates', () => {
    expect(findDates('February 30, 2024')).toEqual([]);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2023, 2, 29)).toBe(false);
  });

  it('picks the latest date', () => {
    expect(latest(findDates('January 28th, 2024 and February 3rd, 2024 and May 1, 2023'))?.iso).toBe('2024-02-03');
  });
});
