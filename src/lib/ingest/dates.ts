/**
 * Dates the text states: "December 30, 2019", "Nov. 8, 2023", "Sept. 24, 2024", "February 3rd, 2024",
 * "3 February 2024", "Tue 6 Feb 2024", "04.03.2024", "2024-02-03" and the date part of an ISO timestamp. Only full
 * dates (with a year) count; "Oct. 17" alone is never turned into a guess. A date line ("Published
 * 3 February 2024 · Updated 4 February") is a line that says nothing but when.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;

/** Month day, year: "Nov. 8, 2023", "February 3rd, 2024", "Jan 1 2020", "Jan 29,2024". */
const MONTH_FIRST = new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)(\d{4})\b`, 'g');

/** Day month year: "3 February 2024", "6 Feb. 2024", "3rd of March, 2024". */
const DAY_FIRST = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(\d{4})\b`, 'g');

/** ISO 8601: "2024-02-03", or the date part of "2024-02-03T14:05:00-05:00". */
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?=$|[T\s,.;)Z+-]|[^\d])/g;

/** Day.month.year, as European pages write it: "04.03.2024". */
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g;

/** Numbers with dashes or slashes, day or month first: "08-02-2024", "2/8/2024". */
const NUMERIC = /\b(\d{1,2})([-/])(\d{1,2})\2(\d{4})\b/g;

/** Which comes first in a page's numeric dates: the day ("31-01-2024") or the month ("01/31/2024"). */
export type NumericOrder = 'day-first' | 'month-first';

/** The order of a numeric date that shows it (a number above 12 can only be a day), or undefined. */
function orderOf(a: number, b: number): NumericOrder | undefined {
  if (a > 12 && b <= 12) return 'day-first';
  if (b > 12 && a <= 12) return 'month-first';
  return undefined;
}

/**
 * The order a page writes its numeric dates in, from those that show it ("31-01-2024" can only be
 * day first); undefined when none shows it or two disagree. When none shows it, the months the
 * page names in words decide: "2/4/2024" on a page that speaks of "Feb. 13" and never of April is
 * month first. Without such words "08-02-2024" is never guessed.
 */
export function numericOrder(texts: readonly string[]): NumericOrder | undefined {
  const seen = new Set<NumericOrder>();
  const both: [number, number][] = [];
  for (const text of texts) for (const m of text.matchAll(NUMERIC)) {
    const order = orderOf(Number(m[1]), Number(m[3]));
    if (order) seen.add(order);
    else if (m[1] !== m[3]) both.push([Number(m[1]), Number(m[3])]);
  }
  if (seen.size > 0 || both.length === 0) return seen.size === 1 ? [...seen][0] : undefined;
  const named = new Set(texts.flatMap((t) => [...t.matchAll(new RegExp(String.raw`\b${MONTH}(?=[\s,]|$)`, 'g'))].map((m) => monthNumber(m[1]!))));
  for (const [a, b] of both) {
    if (named.has(a) && !named.has(b)) seen.add('month-first');
    else if (named.has(b) && !named.has(a)) seen.add('day-first');
    else return undefined;
  }
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** A date found in text: its ISO form and the words it was read from. */
export interface FoundDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** The text as written, for the report ("Nov. 8, 2023"). */
  text: string;
  /** Where in the text it starts. */
  index: number;
}

/**
 * Every full date in a text, in the order written. Impossible dates (Feb 30) are skipped. A numeric
 * date with dashes or slashes counts when it shows its order, or when `order` (the page's) gives it.
 */
export function findDates(text: string, order?: NumericOrder): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (whole: string, index: number, year: number, month: number | undefined, day: number): void => {
    if (!month || !isRealDate(year, month, day)) return;
    if (found.some((f) => index < f.index + f.text.length && f.index < index + whole.length)) return;
    found.push({ iso: `${year}-${pad(month)}-${pad(day)}`, text: whole, index });
  };
  for (const m of text.matchAll(MONTH_FIRST)) add(m[0], m.index, Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  for (const m of text.matchAll(DAY_FIRST)) add(m[0], m.index, Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  for (const m of text.matchAll(ISO)) add(m[0], m.index, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of text.matchAll(DOTTED)) add(m[0], m.index, Number(m[3]), Number(m[2]), Number(m[1]));
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const shown = a === b ? 'day-first' : (orderOf(a, b) ?? order);
    if (shown) add(m[0], m.index, Number(m[4]), shown === 'day-first' ? b : a, shown === 'day-first' ? a : b);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The number of a month from its name or abbreviation. */
function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  return MONTHS[lower.slice(0, lower.startsWith('sept') ? 4 : 3)];
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

/** What a date line says: when the article was published, and when it was updated. */
export interface DateLine {
  /** The publication date, when the line gives one. */
  published?: FoundDate;
  /** The latest update, when the line gives one. */
  updated?: FoundDate;
}

/** Words a date line may hold besides dates and times: labels, weekdays, time zones, "at", "on". */
const DATE_LINE_WORDS =
  /\b(?:(?:this (?:page|article|entry|story|post) was )?(?:first |originally |last )?(?:published|posted|updated|modified|edited|issued|released|dated?)(?: on| at)?|on|at|am|pm|a\.m\.|p\.m\.|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?|gmt|utc|bst|cet|cest|eet|est|edt|cst|cdt|mst|mdt|pst|pdt|et|pt|ast|ist|msk|irst|time|local)\b/gi;

/** Clock times: "10:15", "14.32", "9 a.m.", "GMT+3", "UTC+03:00". */
const TIME = /\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?|(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::\d{2})?/gi;

/** The label that marks a date as an update rather than the publication. */
const UPDATE_LABEL = /\b(?:updated|modified|last updated|edited|revised)\b[^\d]*$/i;

/**
 * Reads a line that says nothing but when: dates, clock times, weekdays, time zones and labels such
 * as "Published", "Updated", "Posted on", joined by separators. At most two other words may remain
 * (a place: "Beirut, 3 March 2024").
 *
 * @returns The dates it states, or undefined when the line says more than when.
 */
export function readDateLine(text: string, order?: NumericOrder): DateLine | undefined {
  const dates = findDates(text, order);
  if (dates.length === 0 || text.length > 160) return undefined;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.index) + ' ' + rest.slice(d.index + d.text.length);
  rest = rest.replace(TIME, ' ').replace(DATE_LINE_WORDS, ' ');
  const left = rest.match(/[\p{L}]{2,}/gu) ?? [];
  if (left.length > 2) return undefined;
  const line: DateLine = {};
  for (const d of dates) {
    // The label before the date, skipping a clock time between them ("Updated 3:14 PM EST, March 5").
    const before = (text.slice(0, d.index).split(/[|·•]|\s[–—-]\s/).at(-1) ?? '').replace(TIME, ' ');
    if (UPDATE_LABEL.test(before)) line.updated = d;
    else line.published ??= d;
  }
  return line;
}

/** A relative time or reading time: "2 hours ago", "5 min read", "Updated 3 hours ago". */
export function isRelativeTime(text: string): boolean {
  return /^(?:(?:updated|posted|published)\s+)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+(?:ago|read)$/i.test(text.trim());
}

/** A clock time with its zone and nothing else: "17.41 BST", "9:05 am", "14:05". */
const CLOCK_TIME = /^\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}|GMT[+-]\d{1,2}))?$/i;

/** True for a line that is only a clock time ("17.41 BST"): on a live blog, the time of an entry. */
export function isClockTime(text: string): boolean {
  return CLOCK_TIME.test(text.trim());
}

/** True for a label and a clock time only: "Updated at 16.34 BST", "Posted 9:05 am" (when, not what). */
export function isLabelledTime(text: string): boolean {
  const m = text.trim().match(/^(?:(?:first |last |originally )?(?:updated|posted|published|modified))(?:\s+(?:at|on))?:?\s+(.+)$/i);
  return m?.[1] !== undefined && CLOCK_TIME.test(m[1]);
}
