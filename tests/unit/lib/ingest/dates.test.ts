import { describe, expect, it } from 'vitest';
import { findDates, isRealDate, isRelativeTime, latest, readDateLine } from '../../../../src/lib/ingest/dates.ts';

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

describe('more date forms', () => {
  it.each([
    ['3 February 2024', '2024-02-03'],
    ['Tue 6 Feb 2024 14.32 GMT', '2024-02-06'],
    ['2024-03-14T07:30:00+00:00', '2024-03-14'],
    ['Published on 04.03.2024 at 14:20', '2024-03-04'],
    ['12 Mar, 2024, 08:00 ET', '2024-03-12'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(findDates(text).map((d) => d.iso)).toEqual([iso]);
  });
});

describe('readDateLine', () => {
  it('tells the publication date from the update', () => {
    expect(readDateLine('Published 3 February 2024 · Updated 4 February 2024')).toMatchObject({ published: { iso: '2024-02-03' }, updated: { iso: '2024-02-04' } });
    expect(readDateLine('PUBLISHED: March 3, 2024 at 5:00 a.m. | UPDATED: March 3, 2024 at 9:12 a.m.')?.published?.iso).toBe('2024-03-03');
    expect(readDateLine('Last updated: 28 March 2024')).toEqual({ updated: expect.objectContaining({ iso: '2024-03-28' }) });
    expect(readDateLine('Updated 3:14 PM EST, March 5, 2024')).toEqual({ updated: expect.objectContaining({ iso: '2024-03-05' }) });
  });

  it('refuses a line that says more than when', () => {
    expect(readDateLine('The strike began on March 3, 2024, and ended a week later.')).toBeUndefined();
  });

  it('knows a relative time or a reading time', () => {
    expect(isRelativeTime('2 hours ago')).toBe(true);
    expect(isRelativeTime('Updated 3 hours ago')).toBe(true);
    expect(isRelativeTime('5 min read')).toBe(true);
    expect(isRelativeTime('2 hours of talks')).toBe(false);
  });
});
