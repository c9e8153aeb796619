import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boxesOverlap } from '../../../src/lib/geometry.ts';
import { chartWindow, countLabel, countsChart, dayNumber, shortDate, STRIP_MAX_EVENTS, stripMarks, weekStart, type ChartCount, type ChartEvent } from '../../../src/lib/chart.ts';
import { labelSize } from '../../../src/lib/labels.ts';

const counts: ChartCount[] = [
  { id: 'a', series: 'attacks-on-us-forces', count: { min: 61, max: 61 }, since: '2023-10-17', sinceLabel: '17 October 2023', asOf: '2023-11-15', according: 'the Pentagon' },
  { id: 'b', series: 'attacks-on-us-forces', count: { min: 103 }, since: '2023-10-07', sinceLabel: '7 October 2023', asOf: '2023-12-26', according: 'an analysis that does not name its source' },
  { id: 'c', series: 'us-strikes', count: { min: 3, max: 3 }, since: '2023-10-17', sinceLabel: '17 October 2023', asOf: '2023-11-15', according: 'AP' },
];
const events: ChartEvent[] = [
  { id: 'e1', date: '2023-10-17', title: 'First attacks', kind: 'attack-on-us-forces', href: '/timeline/#e1', dateLabel: '17 October 2023' },
  { id: 'e2', date: '2023-10-27', title: 'Strikes', kind: 'us-strike', href: '/timeline/#e2', dateLabel: '27 October 2023' },
];

/** The chart, parsed, with its label boxes as the layout measured them. */
function render(list: ChartCount[], width: number) {
  const window = chartWindow(list);
  const { document } = parseHTML(`<!doctype html><html><body>${countsChart(list, events, { id: 'c', width, ...window })}</body></html>`);
  const svg = document.querySelector('svg')!;
  const labels = [...svg.querySelectorAll('.count-label')].map((t) => {
    const text = [...t.querySelectorAll('tspan')].map((s) => s.textContent).join('\n');
    const { width: w, height } = labelSize(text, 13);
    const x = Number(t.getAttribute('x'));
    return { text, box: { x: t.getAttribute('text-anchor') === 'end' ? x - w : x, y: Number(t.getAttribute('y')) - 13 * 1.08, width: w, height } };
  });
  return { svg, labels };
}

describe('the counts chart', () => {
  it.each([640, 358])('draws each count as a labelled dated point, not a bar, at %i px', (width) => {
    const { svg, labels } = render(counts, width);
    expect(svg.querySelectorAll('rect')).toHaveLength(0);
    expect(svg.querySelectorAll('.point circle, .point path')).toHaveLength(counts.length + events.length);
    expect(svg.querySelectorAll('.period path, .period line').length).toBeGreaterThanOrEqual(counts.length);
    const all = labels.map((l) => l.text.replaceAll('\n', ' ')).join(' | ');
    expect(all).toContain('61 attacks since 17 Oct 2023');
    expect(all).toContain('at least 103 attacks since 7 Oct 2023');
    expect(all).toContain('3 US strikes since 17 Oct 2023');
    // No label covers a count's period line, drawn at the point's height from its start to its date.
    const periods = [...svg.querySelectorAll('g.period path')].map((p) => p.getAttribute('d')!.match(/M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/)!.slice(1).map(Number));
    expect(periods).toHaveLength(counts.length);
    for (const l of labels) for (const [x1, y1, x2] of periods) expect(boxesOverlap(l.box, { x: x1!, y: y1! - 1, width: x2! - x1!, height: 2 }), `${l.text} over a period line`).toBe(false);
    for (let i = 0; i < labels.length; i++) {
      expect(labels[i]!.box.x, labels[i]!.text).toBeGreaterThanOrEqual(0);
      expect(labels[i]!.box.x + labels[i]!.box.width, labels[i]!.text).toBeLessThanOrEqual(width);
      for (let j = i + 1; j < labels.length; j++) expect(boxesOverlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
    }
  });

  it('has a title, a description, axis labels and links to the events, with no inline style for the CSP', () => {
    const { svg } = render(counts, 640);
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('aria-labelledby')).toBe('c-title c-desc');
    expect(svg.querySelector('title')?.id).toBe('c-title');
    expect(svg.querySelector('desc')?.id).toBe('c-desc');
    expect(svg.textContent).toContain('Count since the start of its period');
    expect([...svg.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/timeline/#e1', '/timeline/#e2']);
    expect(svg.querySelectorAll('style, [style]')).toHaveLength(0);
    expect(svg.querySelectorAll('[aria-label]')).toHaveLength(0);
    expect(svg.querySelectorAll('[font-variant]')).toHaveLength(0);
  });

  it('draws an "at least" count hollow and an exact one filled', () => {
    const { svg } = render(counts, 640);
    const fills = [...svg.querySelectorAll('g.point.s-attacks-on-us-forces')].map((g) => g.getAttribute('fill'));
    // A filled mark takes the series colour (the SVG's currentColor); a hollow one has no fill.
    expect(fills.filter((f) => f === 'none')).toHaveLength(1);
    expect(fills.filter((f) => f !== 'none').length).toBeGreaterThan(0);
  });

  it('fits the labels of many counts on a phone, however close their dates', () => {
    const many: ChartCount[] = Array.from({ length: 7 }, (_, i) => ({ id: `n${i}`, series: i % 2 ? 'us-strikes' : 'attacks-on-us-forces', count: i % 3 ? { min: 10 * i + 4, max: 10 * i + 4 } : { min: 10 * i + 1 }, since: '2024-01-01', sinceLabel: '1 January 2024', asOf: `2024-02-0${i + 1}`, according: 'a ministry of a very long name' }));
    const { svg, labels } = render(many, 358);
    expect(labels).toHaveLength(7);
    const height = Number(svg.getAttribute('viewBox')!.split(' ')[3]);
    for (let i = 0; i < labels.length; i++) {
      expect(labels[i]!.box.y + labels[i]!.box.height).toBeLessThanOrEqual(height);
      for (let j = i + 1; j < labels.length; j++) expect(boxesOverlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.text} / ${labels[j]!.text}`).toBe(false);
    }
  });

  it('spans the axis from the month the earliest count starts to two months after the latest', () => {
    expect(chartWindow(counts)).toEqual({ from: '2023-10-01', to: '2024-02-29' });
    expect(chartWindow([{ since: '2019-12', asOf: '2020-01-05' }])).toEqual({ from: '2019-12-01', to: '2020-03-31' });
  });

  it('labels a count with its figure, its start and who counted, wrapped to the width asked', () => {
    expect(countLabel(counts[1]!)).toBe('at least 103 attacks since 7 Oct 2023\n(an analysis that does not name its source)');
    expect(countLabel(counts[2]!, 13, Infinity, false)).toBe('3 US strikes since 17 Oct 2023');
    expect(countLabel({ ...counts[2]!, count: { min: 1, max: 1 } }, 13, Infinity, false)).toBe('1 US strike since 17 Oct 2023');
    expect(countLabel(counts[1]!, 13, 120).split('\n').length).toBeGreaterThan(2);
    expect(shortDate('2023-10')).toBe('Oct 2023');
    expect(dayNumber('2023-10-02') - dayNumber('2023-10-01')).toBe(1);
  });

  describe('the strip of dated events, on a timeline of many events', () => {
    /** `n` events spread over the chart's window, in a fixed pseudo-random order. */
    const many = (n: number): ChartEvent[] =>
      Array.from({ length: n }, (_, i) => {
        const day = dayNumber('2023-10-01') + ((i * 37) % 150);
        const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
        return { id: `e${i}`, date, title: `Event ${i}`, kind: i % 3 === 0 ? 'us-strike' : 'attack-on-us-forces', href: `/timeline/2023/#e${i}`, dateLabel: date };
      });

    it('starts a week on its Monday', () => {
      expect(weekStart('2023-10-16')).toBe('2023-10-16');
      expect(weekStart('2023-10-17')).toBe('2023-10-16');
      expect(weekStart('2023-10-22')).toBe('2023-10-16');
      expect(weekStart('2024-01-01')).toBe('2024-01-01');
    });

    it('draws each event, linking to its entry, while there are few', () => {
      const { marks, weekly } = stripMarks(many(STRIP_MAX_EVENTS));
      expect(weekly).toBe(false);
      expect(marks).toHaveLength(STRIP_MAX_EVENTS);
      expect(marks.every((m) => m.count === 1)).toBe(true);
    });

    it('past that, draws one mark a kind and a week, standing for all its events and linking to the earliest', () => {
      const list = many(900);
      const { marks, weekly } = stripMarks(list);
      expect(weekly).toBe(true);
      expect(marks.reduce((n, m) => n + m.count, 0)).toBe(900);
      expect(new Set(marks.map((m) => `${m.date} ${m.kind}`)).size).toBe(marks.length);
      expect(marks.length).toBeLessThanOrEqual(2 * 23);
      for (const m of marks) {
        const members = list.filter((e) => weekStart(e.date) === m.date && e.kind === m.kind).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
        expect(m.count).toBe(members.length);
        expect(m.href).toBe(members[0]!.href);
        expect(m.title).toMatch(new RegExp(`^${m.count} (attacks? on US forces|US strikes?) in the timeline in the week of `));
      }
    });

    it('weighs the same however many events there are, and says in its description that it counts by week', () => {
      const chart = (n: number): string => countsChart(counts, many(n), { id: 'm', width: 640, ...chartWindow(counts) });
      const [a, b] = [chart(1_000), chart(10_000)];
      expect(Math.abs(a.length - b.length)).toBeLessThan(a.length * 0.05);
      expect(a.length).toBeLessThan(40_000);
      expect(a).toContain('counted by week');
      expect(chart(10)).toContain('each linking to its entry');
    });
  });
});
