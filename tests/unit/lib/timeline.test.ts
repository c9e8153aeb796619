import { describe, expect, it } from 'vitest';
import { countByYear, dayNumber, monthTicks, scale } from '../../../src/lib/chart.ts';
import { answers, byYear, countText, eventDateLabel } from '../../../src/lib/events.ts';

const ev = (slug: string, date: string, inResponseTo: string[] = []) => ({ slug, data: { date, title: slug, inResponseTo, datePrecision: 'day', kind: 'us-strike' } as never });

describe('timeline logic', () => {
  it('groups events by year, oldest first, in date order', () => {
    const groups = byYear([ev('b', '2023-11-08'), ev('a', '2019-12-29'), ev('c', '2023-10-27')]);
    expect(groups.map((g) => [g.year, g.events.map((e) => e.slug)])).toEqual([
      ['2019', ['a']],
      ['2023', ['c', 'b']],
    ]);
  });

  it('finds the events that answered an event', () => {
    const map = answers([ev('attack', '2019-12-27'), ev('strike', '2019-12-29', ['attack'])]);
    expect(map.get('attack')?.map((e) => e.slug)).toEqual(['strike']);
  });

  it('describes counts as the sources give them', () => {
    expect(countText({ min: 17 })).toBe('at least 17');
    expect(countText({ min: 3, max: 3 })).toBe('3');
    expect(countText({ min: 25, max: 30 })).toBe('25–30');
  });

  it('shows a date with its precision', () => {
    expect(eventDateLabel({ date: '2020-01', dateLabel: 'early January 2020' } as never)).toBe('early January 2020');
    expect(eventDateLabel({ date: '2019-12-29' } as never)).toBe('29 December 2019');
  });
});

describe('chart geometry', () => {
  it('scales dates and counts onto the drawing', () => {
    const x = scale([dayNumber('2023-10-01'), dayNumber('2023-10-31')], [0, 300]);
    expect(x(dayNumber('2023-10-16'))).toBe(150);
    expect(monthTicks('2023-11', '2024-01').map((t) => t.label)).toEqual(['Nov 2023', 'Dec 2023', 'Jan 2024']);
    expect(countByYear([{ date: '2023-10-27', kind: 'us-strike' }, { date: '2023-11-08', kind: 'us-strike' }], ['us-strike'])).toEqual([{ year: '2023', counts: { 'us-strike': 2 } }]);
  });
});
