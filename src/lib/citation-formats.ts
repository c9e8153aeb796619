/**
 * "Cite this page", as Our World in Data has it: a plain-text citation and a BibTeX entry for any
 * page, naming the page's last-updated date (or, for a page that records none, the date of the
 * content version, when it has one) and its content version (`src/lib/history.ts`), so a reader
 * can tell which state of the site they cite. Pure: dates and the version come from the content,
 * never from the clock.
 */
import { formatPartialDate } from './dates.ts';
import { labels } from './paths.ts';

/** What a citation of a page needs. */
export interface PageCitation {
  /** The page's title, as shown. */
  title: string;
  /** What sort of page it is, e.g. "Explainer", "Glossary entry". Optional. */
  kind?: string | undefined;
  /** The page's full URL. */
  url: string;
  /** The day the page was last updated, when it records one. */
  updated?: string | undefined;
  /** The content version: of the page's own content file, or of the whole content for a hub page. */
  version: string;
  /** The date of the content version, when it has one (hub pages: the newest date the editors recorded). Optional. */
  versionDate?: string | undefined;
}

/** The date a citation gives, and how it reads: "Last updated …", "Version of …", or none. */
export function citationDate(c: Pick<PageCitation, 'updated' | 'versionDate'>): { date: string; label: string } | undefined {
  if (c.updated) return { date: c.updated, label: `Last updated ${formatPartialDate(c.updated)}` };
  return c.versionDate ? { date: c.versionDate, label: `Version of ${formatPartialDate(c.versionDate)}` } : undefined;
}

/** The plain-text citation: `Tit for Tat. “Title.” Explainer. Last updated 20 November 2026. Content version 3f9a…. URL` */
export function plainCitation(c: PageCitation): string {
  const dated = citationDate(c);
  const title = /[.?!]$/.test(c.title) ? c.title : `${c.title}.`;
  return [`${labels.site}.`, `“${title}”`, c.kind ? `${c.kind}.` : '', dated ? `${dated.label}.` : '', `Content version ${c.version}.`, c.url].filter(Boolean).join(' ');
}

/** Escapes text for a BibTeX field: the characters LaTeX treats specially. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}%$&#_~^]/g, (ch) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[ch] ?? `\\${ch}`);
}

/** A BibTeX key for a page URL: `titfortat-explainers-who-is-kataib-hezbollah`, or `titfortat-home`. */
export function bibtexKey(url: string): string {
  const path = new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-+|-+$/g, '').toLowerCase();
  return `titfortat-${path || 'home'}`;
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The BibTeX entry: `@misc`, which BibTeX and biblatex both read, with `url`, `date` and `version`
 * for biblatex and `howpublished` and `note` for plain BibTeX styles. The title is braced twice so
 * styles keep its capitals.
 */
export function bibtexCitation(c: PageCitation): string {
  const dated = citationDate(c);
  const [year, month] = dated ? dated.date.split('-') : [];
  const fields: [string, string][] = [
    ['author', `{${labels.site}}`],
    ['title', `{${bibtexEscape(c.title)}}`],
    ['year', year ?? ''],
    ...(month ? ([['month', MONTH_MACROS[Number(month) - 1] ?? '']] as [string, string][]) : []),
    ['date', dated?.date ?? ''],
    ['version', c.version],
    ['howpublished', `\\url{${c.url}}`],
    ['url', c.url],
    ['note', bibtexEscape([c.kind, dated?.label, `Content version ${c.version}`].filter(Boolean).join('. '))],
  ];
  // A month macro is written bare (month = nov); every other value in braces.
  const lines = fields.filter(([, v]) => v !== '').map(([k, v]) => `  ${k} = ${k === 'month' ? v : `{${v}}`},`);
  return `@misc{${bibtexKey(c.url)},\n${lines.join('\n')}\n}`;
}
