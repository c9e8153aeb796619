import { describe, expect, it } from 'vitest';
import { countByYear, dayNumber, monthTicks, scale } from '../../../src/lib/chart.ts';
import { answers, byYear, countText, dateChip, eventDateLabel, latest, pageSpans, roleGroups, shortDate, yearPages } from '../../../src/lib/events.ts';
import { href, paths } from '../../../src/lib/paths.ts';

const ev = (slug: string, date: string, inResponseTo: string[] = [], datePrecision = 'day') => ({ slug, data: { date, title: slug, inResponseTo, datePrecision, kind: 'us-strike' } as never });

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

describe('the timeline’s cards and pages', () => {
  it('writes the date chip in a form that carries its precision', () => {
    expect(dateChip({ date: '2031-05-04', datePrecision: 'day' })).toEqual({ main: '4 May', year: '2031', precision: 'day' });
    expect(dateChip({ date: '2031-11', datePrecision: 'month' })).toEqual({ main: 'Nov', year: '2031', precision: 'month' });
    expect(dateChip({ date: '1998', datePrecision: 'year' })).toEqual({ main: '', year: '1998', precision: 'year' });
    expect(dateChip({ date: '2031-02', datePrecision: 'approximate' })).toEqual({ main: 'c. Feb', year: '2031', precision: 'approximate' });
    expect(dateChip({ date: '1998', datePrecision: 'approximate' }).main).toBe('c.');
    expect(shortDate({ date: '1998', datePrecision: 'year' })).toBe('1998');
    expect(shortDate({ date: '2031-05-04', datePrecision: 'day' })).toBe('4 May 2031');
  });

  it('groups an event’s actors by role in reading order, flagging a role someone only attributes', () => {
    const groups = roleGroups([
      { actor: 'harbour', role: 'target' },
      { actor: 'storm-chasers', role: 'attacker', attributedBy: 'the coastguard' },
      { actor: 'pier', role: 'target' },
      { actor: 'mayor', role: 'official' },
    ] as never);
    expect(groups.map((g) => [g.label, g.actors.map((a) => `${a.actor}${a.attributed ? '*' : ''}`)])).toEqual([
      ['Attacker', ['storm-chasers*']],
      ['Targets', ['harbour', 'pier']],
      ['Official', ['mayor']],
    ]);
  });

  it('puts every event on its year’s page, a fixed number to a page, in date order', () => {
    const many = Array.from({ length: 7 }, (_, i) => ev(`e${i}`, `2031-0${9 - i}-01`));
    const where = yearPages([...many, ev('old', '1998', [], 'year')], 3);
    expect(where.get('e6')).toEqual({ year: '2031', page: 1 });
    expect(where.get('e4')).toEqual({ year: '2031', page: 1 });
    expect(where.get('e3')).toEqual({ year: '2031', page: 2 });
    expect(where.get('e0')).toEqual({ year: '2031', page: 3 });
    expect(where.get('old')).toEqual({ year: '1998', page: 1 });
  });

  it('labels every page of a long list with the dates it covers', () => {
    const list = [ev('a', '2031-01-05'), ev('b', '2031-02-07'), ev('c', '2031-03', [], 'month'), ev('d', '2031-03-09')];
    expect(pageSpans(list, 2)).toEqual([
      { n: 1, label: '5 Jan 2031 – 7 Feb 2031' },
      { n: 2, label: 'Mar 2031 – 9 Mar 2031' },
    ]);
    expect(pageSpans([ev('a', '2031-01-05')], 2)).toEqual([{ n: 1, label: '5 Jan 2031' }]);
  });

  it('keeps the latest events only, still in date order', () => {
    expect(latest([ev('c', '2031-03-01'), ev('a', '2031-01-01'), ev('b', '2031-02-01')], 2).map((e) => e.slug)).toEqual(['b', 'c']);
  });

  it('links an event on its year’s page, and a later page of a busy year, under any base', () => {
    expect(href('/', paths.timelineEvent('storm-2031' as never, '2031'))).toBe('/timeline/2031/#storm-2031');
    expect(href('/tft/', paths.timelineEvent('storm-2031' as never, '2031', 3))).toBe('/tft/timeline/2031/3/#storm-2031');
    expect(href('/', paths.timelineGrade('contested', 2))).toBe('/timeline/grade/contested/2/');
    expect(href('/', paths.timelinePlace('greyport' as never))).toBe('/timeline/place/greyport/');
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
