/**
 * Dates a claim gives that its sources do not.
 *
 * A fact-checker reads "In November 2023, Iraq's prime minister met Khamenei" against the cited
 * paragraph: if the paragraph says "this month", the year and month came from somewhere else (the
 * article's publication date), and the claim says more than its source. The honest form dates the
 * report, not the event: "AP reported in November 2023 that Iraq's prime minister had met
 * Khamenei". This module finds the first kind and lets the second stand.
 *
 * A year in a claim is supported when
 * - a cited text (a paragraph, or an outside record's fact, title or date) has it;
 * - or the paragraph gives the day and month (or, for a claim that gives only a month, the month)
 *   without a year, the way wire style writes dates of the current year ("since Oct. 17"), and the
 *   cited article was published that year, in that month or later: "Oct. 17" in an article of
 *   21 November 2023 can only be 17 October 2023;
 * - or it is **as-of dating**: the claim attributes what it says (a reporting word: reported,
 *   said, told, according to, a report of …) and the year (with its month, if the claim gives one)
 *   is the publication date of an article the claim cites.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** A date a claim gives: the phrase, its year, and its month (1–12) when the phrase has one. */
export interface ClaimDate {
  phrase: string;
  year: string;
  month?: number;
  day?: number;
}

/** Words that attribute a statement to its source, making a date the date of a report. */
const REPORTING = /\b(?:report(?:s|ed)?|said|says|say|told|tells|call(?:s|ed)|describ(?:es|ed)|wr(?:ote|ites)|name[sd]|according to|analys[ie]s|interview|article|statement|stated|quoted|briefing|account)\b/i;

/** Every year (1900–2099) in a text, with the month (and mid-/early/late, day) written before it. */
export function claimDates(text: string): ClaimDate[] {
  const out: ClaimDate[] = [];
  const re = /(?:\b(?:(?:mid|early|late)-?\s*)?(?:(\d{1,2})\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?\b((?:19|20)\d\d)\b/gi;
  for (const m of text.matchAll(re)) {
    const month = m[2] ? MONTHS.indexOf(m[2].toLowerCase() as (typeof MONTHS)[number]) + 1 : undefined;
    out.push({ phrase: m[0].trim(), year: m[3]!, ...(month ? { month } : {}), ...(month && m[1] ? { day: Number(m[1]) } : {}) });
  }
  return out;
}

/** What a claim cites, for this check: the texts it cites and the cited articles' publication dates. */
export interface ClaimSources {
  /** The cited paragraphs' texts and outside records' facts (with their titles and dates). */
  texts: readonly string[];
  /** The cited articles' publication dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  published: readonly string[];
}

/** True when a cited text has the year, written in full or as `'23`. */
function textHas(texts: readonly string[], year: string): boolean {
  return texts.some((t) => t.includes(year) || t.includes(`’${year.slice(2)}`) || t.includes(`'${year.slice(2)}`));
}

/** The months and days a text gives without a year: "Oct. 17", "17 October", "in October". */
function monthDaysIn(text: string): { month: number; day?: number }[] {
  const out: { month: number; day?: number }[] = [];
  const name = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)';
  const month = (m: string): number => MONTHS.findIndex((n) => n.startsWith(m.toLowerCase().slice(0, 3))) + 1;
  for (const m of text.matchAll(new RegExp(`\\b${name}(?![a-z])(?:\\s+(\\d{1,2})\\b)?`, 'g'))) out.push({ month: month(m[1]!), ...(m[2] ? { day: Number(m[2]) } : {}) });
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\s+${name}`, 'g'))) out.push({ month: month(m[2]!), day: Number(m[1]) });
  return out;
}

/**
 * True when a cited paragraph gives the date's month (and day) without a year and a cited article
 * was published in that year, in that month or later: wire style leaves out the current year.
 */
function currentYearDate(d: ClaimDate, sources: ClaimSources): boolean {
  if (d.month === undefined) return false;
  const inText = sources.texts.some((t) => monthDaysIn(t).some((md) => md.month === d.month && (d.day === undefined || md.day === d.day)));
  return inText && sources.published.some((p) => p.startsWith(d.year) && p.length >= 7 && Number(p.slice(5, 7)) >= d.month!);
}

/** True when the date is a cited article's publication year (and month, when both have one). */
function isPublicationDate(d: ClaimDate, published: readonly string[]): boolean {
  return published.some((p) => {
    if (!p.startsWith(d.year)) return false;
    const month = p.length >= 7 ? Number(p.slice(5, 7)) : undefined;
    return d.month === undefined || month === undefined || d.month === month;
  });
}

/** The dates of a claim that no cited text gives and that are not as-of dating. */
export function unsupportedDates(claim: string, sources: ClaimSources): ClaimDate[] {
  const attributed = REPORTING.test(claim);
  return claimDates(claim).filter((d) => !textHas(sources.texts, d.year) && !currentYearDate(d, sources) && !(attributed && isPublicationDate(d, sources.published)));
}
