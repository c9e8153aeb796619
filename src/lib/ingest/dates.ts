/**
 * Dates the text states: "December 30, 2019", "Nov. 8, 2023", "Sept. 24, 2024", "February 3rd, 2024".
 * Only full dates (with a year) count; "Oct. 17" alone is never turned into a guess.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** Month name or abbreviation, day with an optional ordinal suffix, and a four-digit year. */
const FULL_DATE =
  /\b(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/g;

/** A date found in text: its ISO form and the words it was read from. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** The text as written, for the report ("Nov. 8, 2023"). */
  text: string;
}

/** Every full date in a text, in the order written. Impossible dates (Feb 30) are skipped. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const [whole, monthName = '', dayText = '', yearText = ''] = m;
    const month = MONTHS[monthName.slice(0, monthName.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()];
    const day = Number(dayText);
    const year = Number(yearText);
    if (!month || !isRealDate(year, month, day)) continue;
    found.push({ iso: `${yearText}-${pad(month)}-${pad(day)}`, text: whole });
  }
  return found;
}

/** The latest of some dates (ISO strings compare in date order). */
export function latest(dates: FoundDate[]): FoundDate | undefined {
  return dates.reduce<FoundDate | undefined>((best, d) => (!best || d.iso > best.iso ? d : best), undefined);
}

/** True for a calendar date that exists. */
export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number): string => String(n).padStart(2, '0');
