/**
 * Chart geometry, pure: a time scale, a linear scale, and the layout of the counts chart (counts
 * the sources give as labelled bars, events as marks on the same time axis).
 */

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
