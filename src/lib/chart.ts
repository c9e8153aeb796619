/**
 * The counts chart, rendered at build time with Observable Plot into a linkedom document, so the
 * page gets static SVG and no script. The counts the sources give are cumulative over periods
 * that differ ("61 attacks since 17 October, as of mid-November"), so each is drawn as a dated
 * point at the date it was given, with a line back to the start of its period, and labelled
 * directly (labels placed clear of each other by src/lib/labels.ts); not as bars, which would
 * read as totals per month. Below, on the same time axis, the dated attacks and strikes of the
 * timeline, each a link to its entry (or, on a timeline of many events, one mark a week).
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { placeLabels, type PlacedLabel } from './labels.ts';
import { wrapText } from './text-width.ts';

/** Days since 1970 for an ISO date (`YYYY-MM-DD`, or the first day of `YYYY-MM`). */
export function dayNumber(date: string): number {
  const [y = '1970', m = '01', d = '01'] = date.split('-');
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

/** A linear scale from a domain onto a range. */
export function scale(domain: [number, number], range: [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  return (v) => Math.round((r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0)) * 10) / 10;
}

/** Month ticks between two dates: the first of each month, labelled "Oct 2023". */
export function monthTicks(from: string, to: string): { date: string; label: string }[] {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const ticks: { date: string; label: string }[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    ticks.push({ date: `${y}-${String(m).padStart(2, '0')}-01`, label: `${names[m - 1]} ${y}` });
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return ticks;
}

/** Counts per year and kind, for the bar chart of events the sources report. */
export function countByYear(events: { date: string; kind: string }[], kinds: string[]): { year: string; counts: Record<string, number> }[] {
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort();
  return years.map((year) => ({
    year,
    counts: Object.fromEntries(kinds.map((k) => [k, events.filter((e) => e.date.startsWith(year) && e.kind === k).length])),
  }));
}

/** A count as the chart needs it. */
export interface ChartCount {
  id: string;
  series: 'attacks-on-us-forces' | 'us-strikes';
  count: { min: number; max?: number | undefined };
  since: string;
  sinceLabel: string;
  asOf: string;
  according: string;
}

/** A dated event of the timeline, as the chart's lower strip needs it. */
export interface ChartEvent {
  id: string;
  date: string;
  title: string;
  kind: 'attack-on-us-forces' | 'us-strike';
  /** Its link (the timeline entry). */
  href: string;
  /** Its date in words, for the tooltip. */
  dateLabel: string;
}

/** The most events the strip draws one by one; past it, it draws one mark a week for each kind. */
export const STRIP_MAX_EVENTS = 60;

/** A mark of the strip below the counts: one event, or the events of one kind in one week. */
export interface StripMark {
  /** The day it stands at: the event's date, or the Monday of the week. */
  date: string;
  kind: ChartEvent['kind'];
  /** How many events it stands for. */
  count: number;
  /** Its link: the event's entry, or the first of the week's on the timeline. */
  href: string;
  /** Its tooltip. */
  title: string;
}

/** The Monday of the week a day falls in (ISO weeks start on Monday). */
export function weekStart(date: string): string {
  const day = dayNumber(date);
  // 1 January 1970 was a Thursday: day 0 is 3 days after a Monday.
  const monday = day - ((day + 3) % 7);
  return new Date(monday * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The strip's marks: every event when there are at most `max`, so each links to its entry; past
 * that, one mark for each kind and week, standing for its events (the chart sizes it by their
 * number) and linking to the earliest of them, so the chart stays the same size however many
 * events the timeline holds (issue #15: every page within its budget at 10,000 articles).
 */
export function stripMarks(events: readonly ChartEvent[], max = STRIP_MAX_EVENTS): { marks: StripMark[]; weekly: boolean } {
  if (events.length <= max) return { marks: events.map((e) => ({ date: e.date, kind: e.kind, count: 1, href: e.href, title: `${e.dateLabel}: ${e.title}` })), weekly: false };
  const bins = new Map<string, ChartEvent[]>();
  for (const e of [...events].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))) {
    const key = `${weekStart(e.date)} ${e.kind}`;
    (bins.get(key) ?? bins.set(key, []).get(key)!).push(e);
  }
  const marks = [...bins].map(([key, list]): StripMark => {
    const [date = '', kind] = key.split(' ') as [string, ChartEvent['kind']];
    const label = SERIES_LABEL[kind === 'us-strike' ? 'us-strikes' : 'attacks-on-us-forces'];
    return { date, kind, count: list.length, href: list[0]!.href, title: `${list.length} ${list.length === 1 ? label.one : label.many} in the timeline in the week of ${shortDate(date)}` };
  });
  return { marks: marks.sort((a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind)), weekly: true };
}

/** Options for {@link countsChart}. */
export interface ChartOptions {
  /** The drawing's width in px. Default 640. */
  width?: number;
  /** Text size in px (axes and labels). Default 13. */
  fontSize?: number;
  /** A prefix for the ids in the SVG, unique on the page. */
  id: string;
  /** The first and last day the time axis shows (ISO dates). */
  from: string;
  to: string;
}

/** Readers' words for what each series counts, singular and plural. */
export const SERIES_LABEL: Record<ChartCount['series'], { one: string; many: string; short: string }> = {
  'attacks-on-us-forces': { one: 'attack on US forces', many: 'attacks on US forces', short: 'attacks' },
  'us-strikes': { one: 'US strike', many: 'US strikes', short: 'US strikes' },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date in short words: "17 Oct 2023", "Oct 2023" for a month, "2023" for a year. */
export function shortDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y ?? date;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** The figure a count shows: its highest figure, or its lowest for "at least". */
export function countValue(c: ChartCount): number {
  return c.count.max ?? c.count.min;
}

/**
 * The chart's direct label for a count: how many of what, since when, and who counted, in lines
 * no wider than `maxWidth` px at `fontSize` (joined by `\n`).
 */
export function countLabel(c: ChartCount, fontSize = 13, maxWidth = Infinity, withWho = true): string {
  const figure = c.count.max === undefined ? `at least ${c.count.min}` : c.count.max === c.count.min ? String(c.count.min) : `${c.count.min}–${c.count.max}`;
  const what = countValue(c) === 1 ? SERIES_LABEL[c.series].one : SERIES_LABEL[c.series].short;
  const parts = [`${figure} ${what} since ${shortDate(c.since)}`, ...(withWho ? [`(${c.according})`] : [])];
  return parts.flatMap((part) => wrapText(part, fontSize, maxWidth)).join('\n');
}

const utc = (date: string): Date => new Date(dayNumber(date) * 86_400_000);

/**
 * The counts chart as an SVG string: a `role="group"` SVG with a title and a description, the
 * counts as dated points with their periods and direct labels, the events as a strip below.
 * Styled only through classes (pictures.css), with no inline style, so it passes the CSP.
 */
export function countsChart(counts: ChartCount[], events: ChartEvent[], options: ChartOptions): string {
  const { width = 640, fontSize = 13, id, from, to } = options;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Room above the highest point for its label; Plot rounds the top to a tidy number.
  const top = Math.max(10, ...counts.map(countValue)) * 1.15;
  const marginLeft = Math.ceil(fontSize * 5.6);
  const marginRight = 14;
  const x = { type: 'utc' as const, domain: [utc(from), utc(to)], label: null, ticks: 'month' as const, tickFormat: (d: Date) => (d.getUTCMonth() === 0 || d.getTime() === utc(from).getTime() ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : MONTHS[d.getUTCMonth()]) };
  const points = counts.map((c) => ({ ...c, date: utc(c.asOf), start: utc(c.since), value: countValue(c), isAtLeast: c.count.max === undefined }));
  const bySeries = (s: ChartCount['series']): typeof points => points.filter((p) => p.series === s);
  const seriesMarks = (tick: number): Plot.Markish[] => (['attacks-on-us-forces', 'us-strikes'] as const).flatMap((s) => {
    const data = bySeries(s);
    const symbol = s === 'us-strikes' ? 'triangle' : 'circle';
    return [
      Plot.link(data, { x1: 'start', x2: 'date', y1: 'value', y2: 'value', className: `period s-${s}`, stroke: 'currentColor' }),
      Plot.ruleX(data, { x: 'start', y1: (d) => d.value - tick, y2: (d) => d.value + tick, className: `period s-${s}`, stroke: 'currentColor' }),
      Plot.dot(
        data.filter((d) => !d.isAtLeast),
        { x: 'date', y: 'value', r: 5.5, symbol, fill: 'currentColor', className: `point s-${s}` },
      ),
      Plot.dot(
        data.filter((d) => d.isAtLeast),
        { x: 'date', y: 'value', r: 5.5, symbol, fill: 'none', stroke: 'currentColor', strokeWidth: 2, className: `point s-${s}` },
      ),
    ];
  });
  // The strip of dated events below, on the same time axis: each event, or (past STRIP_MAX_EVENTS) each week's.
  const stripData = stripMarks(events);
  const most = Math.max(1, ...stripData.marks.map((m) => m.count));
  // A weekly mark's area grows with its number of events, up to twice the radius of one.
  const radius = (m: StripMark, one: number): number => (stripData.weekly ? Math.round(one * (0.8 + 1.2 * Math.sqrt(m.count / most)) * 10) / 10 : one);
  const stripHeight = Math.round(fontSize * 6);
  const strip = Plot.plot({
    document: document as unknown as Document,
    width,
    height: stripHeight,
    marginLeft,
    marginRight,
    marginTop: fontSize * 1.8,
    marginBottom: 6,
    className: 'chart-plot',
    x: { ...x, axis: null },
    r: { type: 'identity' },
    y: { domain: ['attack-on-us-forces', 'us-strike'], label: null, tickFormat: (k: string) => (k === 'us-strike' ? 'US strikes' : 'Attacks'), tickSize: 0 },
    marks: [
      Plot.text(['Dated events in the timeline'], { text: (d: string) => d, frameAnchor: 'top-left', textAnchor: 'start', dx: -marginLeft + 4, dy: -fontSize * 1.2, className: 'strip-title' }),
      Plot.dot(
        stripData.marks.filter((e) => e.kind === 'attack-on-us-forces'),
        { x: (e: StripMark) => utc(e.date), y: 'kind', r: (e: StripMark) => radius(e, 5), symbol: 'circle', fill: 'currentColor', className: 'point s-attacks-on-us-forces', href: 'href', title: 'title' },
      ),
      Plot.dot(
        stripData.marks.filter((e) => e.kind === 'us-strike'),
        { x: (e: StripMark) => utc(e.date), y: 'kind', r: (e: StripMark) => radius(e, 5.5), symbol: 'triangle', fill: 'currentColor', className: 'point s-us-strikes', href: 'href', title: 'title' },
      ),
    ],
  }) as unknown as SVGSVGElement;
  // The plot grows taller until every direct label fits inside it (a phone has little room).
  const isNarrow = width < 480;
  let height = isNarrow ? 300 : 280;
  let main: SVGSVGElement;
  let labels: PlacedLabel[];
  for (let attempt = 0; ; attempt++) {
    const plot = Plot.plot({
      document: document as unknown as Document,
      width,
      height,
      marginLeft,
      marginRight,
      marginTop: fontSize * 2,
      marginBottom: fontSize * 2.6,
      className: 'chart-plot',
      x,
      y: { domain: [0, top], nice: true, label: isNarrow ? '↑ Count since its start' : '↑ Count since the start of its period', grid: true, ticks: 4, labelAnchor: 'top' },
      // The tick at the start of a period is 14 px tall whatever the plot's height.
      marks: [Plot.ruleY([0]), ...seriesMarks((top * 7) / (height - fontSize * 4.6))],
    }) as unknown as SVGSVGElement;
    const xScale = (plot as unknown as { scale(name: 'x' | 'y'): { apply(v: unknown): number } }).scale('x');
    const yScale = (plot as unknown as { scale(name: 'x' | 'y'): { apply(v: unknown): number } }).scale('y');
    // Direct labels, placed in pixels clear of each other and of every point.
    const plotArea = { x: marginLeft, y: 0, width: width - marginLeft - marginRight, height: height - fontSize * 2.6 };
    const requests = points.map((p) => ({ id: p.id, text: countLabel(p, fontSize, Math.min(260, plotArea.width * 0.62), !isNarrow), x: xScale.apply(p.date), y: yScale.apply(p.value), r: 6 }));
    // A label covers neither the axis title nor any count's period line (with its end ticks).
    // (The box stops short of the point, which is the label's own: its leader may start there.)
    const periods = points.map((p) => ({ x: xScale.apply(p.start) - 2, y: yScale.apply(p.value) - 7, width: Math.max(0, xScale.apply(p.date) - xScale.apply(p.start) - 6), height: 14 }));
    const placed = placeLabels(requests, { fontSize, bounds: plotArea, obstacles: [{ x: 0, y: 0, width: marginLeft + fontSize * 14, height: fontSize * 1.6 }, ...periods] });
    if (placed.height <= Math.ceil(plotArea.height) || attempt === 4) {
      main = plot;
      labels = placed.labels;
      break;
    }
    height = Math.round(height * 1.25);
  }
  const svg = main;
  for (const el of [...svg.querySelectorAll('style'), ...strip.querySelectorAll('style')]) el.remove();
  // Plot names its groups with aria-label, which ARIA does not allow on an element without a role:
  // the groups are drawing, described by the title and description, so the names go.
  for (const el of [...svg.querySelectorAll('[aria-label]'), ...strip.querySelectorAll('[aria-label]')]) el.removeAttribute('aria-label');
  // SVG 1.1 has no font-variant value for tabular figures (the HTML checker rejects Plot's); pictures.css sets them.
  for (const el of [...svg.querySelectorAll('[font-variant]'), ...strip.querySelectorAll('[font-variant]')]) el.removeAttribute('font-variant');
  const ns = 'http://www.w3.org/2000/svg';
  const labelGroup = document.createElementNS(ns, 'g');
  labelGroup.setAttribute('class', 'count-labels');
  labelGroup.setAttribute('aria-hidden', 'true');
  for (const l of labels) {
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', String(l.x));
    text.setAttribute('y', String(l.y));
    text.setAttribute('text-anchor', l.anchor);
    text.setAttribute('class', `count-label s-${points.find((p) => p.id === l.id)?.series ?? ''}`);
    l.text.split('\n').forEach((line, i) => {
      const tspan = document.createElementNS(ns, 'tspan');
      tspan.setAttribute('x', String(l.x));
      if (i > 0) tspan.setAttribute('dy', String(Math.round(fontSize * 1.3 * 10) / 10));
      tspan.textContent = line;
      text.append(tspan);
    });
    labelGroup.append(text);
    if (l.leader) {
      const line = document.createElementNS(ns, 'line');
      line.setAttribute('x1', String(l.leader.from.x));
      line.setAttribute('y1', String(l.leader.from.y));
      line.setAttribute('x2', String(l.leader.to.x));
      line.setAttribute('y2', String(l.leader.to.y));
      line.setAttribute('class', 'leader');
      labelGroup.append(line);
    }
  }
  svg.append(labelGroup);
  const below = document.createElementNS(ns, 'g');
  below.setAttribute('transform', `translate(0 ${height})`);
  below.setAttribute('class', 'strip');
  for (const child of [...strip.childNodes]) below.append(child);
  svg.append(below);
  const total = height + stripHeight;
  svg.setAttribute('viewBox', `0 0 ${width} ${total}`);
  svg.setAttribute('height', String(total));
  for (const attr of ['font-size', 'font-family', 'style']) svg.removeAttribute(attr);
  svg.setAttribute('class', 'chart-svg');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
  const title = document.createElementNS(ns, 'title');
  title.setAttribute('id', `${id}-title`);
  title.textContent = 'Counts of attacks on US forces and of US strikes, as the sources give them';
  const desc = document.createElementNS(ns, 'desc');
  desc.setAttribute('id', `${id}-desc`);
  desc.textContent = `${counts.length} counts, each a point at the date it was given, with a line back to the start of the period it covers; a hollow mark is an "at least" figure. The periods differ, so the counts are not a running total. Below, the dated attacks (circles) and US strikes (triangles) of the timeline, ${stripData.weekly ? 'counted by week (a larger mark stands for more events), each linking to the first of them' : 'each linking to its entry'}. The table below gives the same counts.`;
  svg.prepend(desc);
  svg.prepend(title);
  return svg.outerHTML;
}

/**
 * The span the time axis shows: from the first day of the month the earliest count starts in, to
 * the last day of the second month after the latest count, so the events that followed the counts
 * show too. The counts' dates may be partial (`YYYY-MM`).
 */
export function chartWindow(counts: Pick<ChartCount, 'since' | 'asOf'>[]): { from: string; to: string } {
  if (counts.length === 0) return { from: '2023-10-01', to: '2024-02-29' };
  const first = counts.map((c) => c.since).sort()[0]!;
  const last = counts.map((c) => c.asOf).sort().at(-1)!;
  const [fy = '1970', fm = '01'] = first.split('-');
  const [ly = '1970', lm = '01'] = last.split('-');
  const end = new Date(Date.UTC(Number(ly), Number(lm) - 1 + 3, 0));
  return { from: `${fy}-${fm.padStart(2, '0')}-01`, to: end.toISOString().slice(0, 10) };
}
