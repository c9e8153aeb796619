/**
 * Showing dates to readers. Dates come from content, never from the clock, so builds are
 * reproducible.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Formats `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as "26 December 2023", "December 2023" or "2023". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? date;
}

/** A sortable key for a partial date: missing parts sort first within their period. */
export function dateSortKey(date: string | null): string {
  return date ?? '0000';
}

/** The first day a partial date can mean, as a Date at UTC midnight ("2023-11" → 1 November 2023). */
export function partialDateStart(date: string): Date {
  const [y, m = '01', d = '01'] = date.split('-');
  return new Date(`${y}-${m}-${d}T00:00:00Z`);
}
