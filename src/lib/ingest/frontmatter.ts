/**
 * What the frontmatter says about an article and how we know it: title, published date, publisher
 * and byline, each with the evidence quoted (`published.basis`, `publisher.evidence`) and where it
 * came from (`ingest.sources`). A saved page's own metadata counts first, then the lines of the
 * text (a date line, a copyright line, "told The National", an agency dateline), then inference
 * from the text, which the editor is asked to check.
 */
import type { ParsedArticle } from './article.ts';
import { findDates, latest } from './dates.ts';
import { agencyShortName, isAgency, namesTitleOf, splitAbbreviation, toldCounts } from './metadata.ts';
import type { PageMeta } from './page-meta.ts';

/** A frontmatter value with its evidence, where it came from, and what the editor should check. */
export interface Derived<T> {
  value: T;
  /** Where it came from, for `ingest.sources`. */
  from?: string;
  /** A line for the report. */
  finding: string;
}

/** The whole raw text of an article, for finding dates and publishers in it. */
export function allText(article: ParsedArticle): string {
  const parts = [article.title.text, article.standfirst?.text ?? ''];
  for (const b of article.blocks) {
    if (b.kind === 'list') parts.push(...b.items);
    else if (b.kind === 'table') parts.push(...b.header, ...b.rows.flat());
    else parts.push(b.text);
  }
  return parts.join('\n');
}

const quote = (text: string): string => `"${text.length > 120 ? `${text.slice(0, 117)}…` : text}"`;

/** The title: the page's metadata, the headline line, or the first sentence. */
export function titleOf(article: ParsedArticle, page?: PageMeta): Derived<{ text: string; source: 'first-line' | 'first-sentence' | 'page-metadata' }> {
  if (page?.title) {
    const text = withoutSiteName(page.title.value, page.publisher?.value);
    return { value: { text, source: 'page-metadata' }, from: page.title.from, finding: `title from the page's ${page.title.from}` };
  }
  const { text, source, line } = article.title;
  if (source === 'first-sentence') {
    return { value: { text, source }, from: `the first sentence of line ${line}`, finding: 'no title line: the title is the first sentence; write a real one' };
  }
  return { value: { text, source }, from: `line ${line}`, finding: '' };
}

/** "Headline | The Daily Example" → "Headline", when the suffix is the publisher's name. */
function withoutSiteName(title: string, site: string | undefined): string {
  if (!site) return title;
  const m = title.match(/^(.*\S)\s+[|–—-]\s+(.+)$/);
  return m?.[1] && m[2]?.trim().toLowerCase() === site.toLowerCase() ? m[1] : title;
}

/** The offset from UTC, in hours, of the time zones a page's date line names. */
const ZONE_HOURS: Record<string, number> = { EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7, GMT: 0, UTC: 0, BST: 1, CET: 1, CEST: 2, EET: 2, EEST: 3 };

/** The published date, how it is known, and where from. */
export interface PublishedDate {
  iso: string | null;
  inferred: boolean;
  basis: string;
}

/** The published date: stated by the page or a line of it, or inferred from a caption or the text. */
export function publishedOf(article: ParsedArticle, page?: PageMeta): Derived<PublishedDate> {
  if (article.statedDate) {
    const iso = article.statedDate;
    return { value: { iso, inferred: false, basis: `The text states "date ${iso}".` }, from: `line ${article.removals.find((r) => r.rule === 'date-metadata')?.line ?? 1}`, finding: `date ${iso}, stated by the text` };
  }
  const fromPage = page?.published ? findDates(page.published.value)[0] : undefined;
  // A timestamp in UTC ("2024-01-05T01:12:00Z") may fall on the day after the one the page shows
  // ("January 4, 2024 at 8:12 p.m. EST"): the page's own date line is the day its readers saw.
  const shown = article.meta.published;
  const zone = shown?.text.match(/\b(EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST)\b/)?.[1];
  const stamp = page?.published?.value.trim() ?? '';
  const local = zone && /T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)$/.test(stamp) && !Number.isNaN(Date.parse(stamp)) ? new Date(Date.parse(stamp) + ZONE_HOURS[zone]! * 3_600_000).toISOString().slice(0, 10) : undefined;
  if (fromPage && shown && local === shown.value.iso && fromPage.iso !== shown.value.iso) {
    return {
      value: { iso: shown.value.iso, inferred: false, basis: `The page says ${quote(shown.text)}; its ${page!.published!.from} gives "${page!.published!.value}", the same moment in UTC.` },
      from: `line ${shown.line}: ${quote(shown.text)}`,
      finding: `date ${shown.value.iso}, from line ${shown.line} (${quote(shown.text)}), not the ${page!.published!.from}'s ${fromPage.iso}, the same moment in UTC`,
    };
  }
  if (page?.published && fromPage) {
    return {
      value: { iso: fromPage.iso, inferred: false, basis: `The page's ${page.published.from} gives "${page.published.value}".` },
      from: page.published.from,
      finding: `date ${fromPage.iso}, from the page's ${page.published.from}`,
    };
  }
  const { published, updated } = article.meta;
  if (published) {
    return {
      value: { iso: published.value.iso, inferred: false, basis: `The page says ${quote(published.text)}.` },
      from: `line ${published.line}: ${quote(published.text)}`,
      finding: `date ${published.value.iso}, from line ${published.line} (${quote(published.text)})`,
    };
  }
  const dated = article.meta.dateline;
  if (dated?.value.date) {
    return {
      value: { iso: dated.value.date.iso, inferred: false, basis: `The dateline reads ${quote(dated.text)}.` },
      from: `line ${dated.line}: ${quote(dated.text)}`,
      finding: `date ${dated.value.date.iso}, from the dateline on line ${dated.line}`,
    };
  }
  if (updated) {
    return {
      value: { iso: updated.value.iso, inferred: true, basis: `The page gives only when it was updated: ${quote(updated.text)}.` },
      from: `line ${updated.line}: ${quote(updated.text)}`,
      finding: `date ${updated.value.iso}, the update date on line ${updated.line} (${quote(updated.text)}): it may be later than publication, check it`,
    };
  }
  const fromCaption = latest(article.figures.flatMap((f) => findDates(f.caption)));
  if (fromCaption) {
    return {
      value: { iso: fromCaption.iso, inferred: true, basis: `Latest date in a photo caption: "${fromCaption.text}".` },
      from: 'a photo caption',
      finding: `date ${fromCaption.iso}, inferred from a photo caption ("${fromCaption.text}"): check it`,
    };
  }
  const fromText = latest(findDates(allText(article)));
  if (fromText) {
    return {
      value: { iso: fromText.iso, inferred: true, basis: `Latest full date in the text: "${fromText.text}".` },
      from: 'the latest date in the text',
      finding: `date ${fromText.iso}, inferred from the latest date in the text ("${fromText.text}"): check it`,
    };
  }
  return { value: { iso: null, inferred: true, basis: 'The text states no full date.' }, finding: 'no date found: set published.date before publishing' };
}

/** The publisher, the agency it carries (if any), and the evidence. */
export interface Publisher {
  name: string;
  via?: string;
  evidence: string;
}

/** The publisher: the page's metadata, its copyright line, "told X", the byline, or the dateline's agency. */
export function publisherOf(article: ParsedArticle, page?: PageMeta): Derived<Publisher> {
  const { copyright, byline, dateline, masthead, agencyCopyright, agencyLine, mastheadConfirmed } = article.meta;
  const agencyHolder = copyright && isAgency(copyright.value) ? copyright : undefined;
  const named =
    dateline?.value.agency ??
    (byline?.value.organisation && isAgency(byline.value.organisation) ? byline.value.organisation : undefined) ??
    agencyLine?.value ??
    agencyCopyright?.value ??
    agencyHolder?.value;
  const agency = named === undefined ? undefined : agencyShortName(named);
  const withVia = (written: string, evidence: string, from: string, finding: string): Derived<Publisher> => {
    // The name without the abbreviation it is printed with ("Kuwait News Agency (KUNA)"), as a copyright line gives it.
    const { name, abbreviation } = splitAbbreviation(written);
    const value: Publisher = { name, evidence };
    if (agency && agency !== abbreviation && !sameOrganisation(agency, name)) value.via = agency;
    return { value, from, finding: value.via ? `${finding}, carrying a report by ${value.via}` : finding };
  };
  if (page?.publisher) {
    // A council's site names the place ("Pinecrest Hollow, OR - Official Website"); its footer names the council ("City of Pinecrest Hollow").
    const place = page.publisher.value.replace(/\s*[-–|•]\s*(?:the\s+)?official\s+(?:web\s?site|site|home\s?page)$/i, '').replace(/,\s*\p{Lu}{2}$/u, '').trim();
    const body = article.removals.find((r) => new RegExp(`^(?:City|Town|Village|County|Borough|Township|District|Municipality) of ${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(r.text.trim()))?.text.trim();
    if (body && place !== page.publisher.value) {
      return withVia(body, `The page's ${page.publisher.from} names the place, "${page.publisher.value}", and the page names its council "${body}".`, page.publisher.from, `publisher ${body}, from the page's ${page.publisher.from} and its own "${body}"`);
    }
    return withVia(page.publisher.value, `The page's ${page.publisher.from} names it.`, page.publisher.from, `publisher ${page.publisher.value}, from the page's ${page.publisher.from}`);
  }
  const { issuer, app } = article.meta;
  if (issuer) {
    return withVia(
      issuer.value,
      issuer.wire
        ? `The release carries ${issuer.wire}'s tag and its section ${quote(issuer.text)}: the wire distributed it, the organisation issued it.`
        : /^About /.test(issuer.text)
          ? `The copy is labelled a release, and its section ${quote(issuer.text)} names who issued it.`
          : /^From:/.test(issuer.text)
            ? `The page's line ${quote(issuer.text)} names who issued it.`
          : `The copy is labelled a release; the name above its headline, ${quote(issuer.text)}, is the organisation its first paragraph names.`,
      `line ${issuer.line}: ${quote(issuer.text)}`,
      issuer.wire ? `publisher ${issuer.value}, the issuer of a release distributed by ${issuer.wire} (line ${issuer.line})` : `publisher ${issuer.value}, the issuer of the release (line ${issuer.line})`,
    );
  }
  const provider = article.meta.provider;
  if (provider && !(copyright && sharesName(provider.value, copyright.value))) {
    return withVia(
      provider.value,
      `The page credits the story to ${quote(provider.text)}, a name it also shows above the headline; ${copyright ? `its copyright line ${quote(copyright.text)} is the site's that carries it` : 'the site carries it'}.`,
      `line ${provider.line}: ${quote(provider.text)}`,
      `publisher ${provider.value}, from the source line ${provider.line}: the site ${masthead ? `(${masthead.value}) ` : ''}carries the story`,
    );
  }
  if (masthead && copyright && sharesName(masthead.value, copyright.value)) {
    return withVia(
      masthead.value,
      `The page's masthead reads ${quote(masthead.text)} and its copyright line ${quote(copyright.text)}.`,
      `line ${masthead.line}: ${quote(masthead.text)}`,
      `publisher ${masthead.value}, from the masthead on line ${masthead.line} and the copyright line ${copyright.line}`,
    );
  }
  // The footer may say the masthead is the copyright holder's title: "The Gazette is a trading name of Harbourline Media Ltd."
  const ownerLine = masthead && copyright ? article.removals.find((r) => r.rule === 'notice' && namesTitleOf(r.text, masthead.value, copyright.value)) : undefined;
  if (masthead && copyright && ownerLine) {
    return withVia(
      masthead.value,
      `The page's masthead reads ${quote(masthead.text)}, and its footer says ${quote(ownerLine.text)}.`,
      `line ${masthead.line}: ${quote(masthead.text)}`,
      `publisher ${masthead.value}, from the masthead on line ${masthead.line} and the footer's line ${ownerLine.line} naming ${copyright.value} as its owner`,
    );
  }
  // A company's copyright under a masthead the page prints again: the company owns the title ("© Prairie Signal Broadcasting, LLC" for "KDRX 9 News").
  // Unless the page names the holder elsewhere ("Credit…Jane Doe for The Union Standard"): then the holder is the title itself.
  const holderNamed = copyright !== undefined && [allText(article), ...article.figures.map((f) => f.credit), ...article.removals.filter((r) => r.line !== copyright.line).map((r) => r.text)].some((t) => t.includes(copyright.value));
  if (masthead && mastheadConfirmed && copyright && !agencyHolder && !holderNamed && OWNER.test(copyright.text)) {
    return withVia(
      masthead.value,
      `The page's masthead reads ${quote(masthead.text)}, a name it prints again; its copyright line ${quote(copyright.text)} names the company that owns it.`,
      `line ${masthead.line}: ${quote(masthead.text)}`,
      `publisher ${masthead.value}, from the masthead on line ${masthead.line} (the copyright line ${copyright.line} names its owner, ${copyright.value})`,
    );
  }
  // An agency's copyright on a page that names its own masthead again: the masthead published the agency's copy.
  if (masthead && mastheadConfirmed && agencyHolder && !sameOrganisation(agencyHolder.value, masthead.value)) {
    return withVia(
      masthead.value,
      `The page's masthead reads ${quote(masthead.text)}, and its copyright line ${quote(agencyHolder.text)} is the agency's.`,
      `line ${masthead.line}: ${quote(masthead.text)}`,
      `publisher ${masthead.value}, from the masthead on line ${masthead.line} (the copyright line ${agencyHolder.line} is the agency's)`,
    );
  }
  if (copyright) {
    // The title the holder publishes, printed alone on a line of the page's furniture: "The Portlow
    // Examiner" beside "Copyright 2025 Portlow Examiner Ltd", "The Valley Times" beside "… Valley Times Media Ltd".
    const titled = article.removals.map((r) => r.text.trim()).find((t) => t.toLowerCase() !== copyright.value.toLowerCase() && t !== t.toUpperCase() && /^(?:\p{Lu}[\p{L}&'’-]*)(?:\s\p{Lu}[\p{L}&'’-]*){1,5}$/u.test(t) && namedWithin(t, copyright.value));
    return withVia(titled ?? copyright.value, `The page's copyright line reads ${quote(copyright.text)}${titled ? `, and the page names it "${titled}"` : ''}.`, `line ${copyright.line}: ${quote(copyright.text)}`, `publisher ${titled ?? copyright.value}, from the copyright line ${copyright.line}`);
  }
  // The host name above the headline, spelt out somewhere in the copy ("Ollie Brand/The Westgate Post" for westgatepost.example).
  const host = article.meta.host;
  const spelt = host ? nameOfHost(host.value, [allText(article), ...article.figures.map((f) => `${f.caption}\n${f.credit}`), ...article.removals.map((r) => r.text)].join('\n')) : undefined;
  if (host && spelt) {
    return withVia(spelt, `The copy names its site ${quote(host.text)} above the headline, and spells it "${spelt}".`, `line ${host.line}: ${quote(host.text)}`, `publisher ${spelt}, the site ${host.text} (line ${host.line}) as the copy spells it: check it`);
  }
  const addressed = article.meta.addressed;
  if (addressed) {
    return withVia(addressed.value, `The page's footer gives ${quote(addressed.text)} with its street address.`, `line ${addressed.line}: ${quote(addressed.text)}`, `publisher ${addressed.value}, from the footer's address block (line ${addressed.line}): check it`);
  }
  // "told AFP" in AFP's own copy names the agency that reported it, not the page that carries it.
  const [told, count] = [...toldCounts(allText(article)).entries()].filter(([name]) => !(agency && isAgency(name) && agencyShortName(name) === agency)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (told && count) {
    return withVia(told, `The text says "told ${told}" (${count} time${count > 1 ? 's' : ''}).`, `"told ${told}" in the text`, `publisher ${told}, from "told ${told}" in the text: check it`);
  }
  if (masthead) {
    return withVia(masthead.value, `The page's masthead reads ${quote(masthead.text)}.`, `line ${masthead.line}: ${quote(masthead.text)}`, `publisher ${masthead.value}, from the masthead on line ${masthead.line}: check it`);
  }
  if (app) {
    return withVia(app.value, `The copy says ${quote(app.text)}.`, `line ${app.line}: ${quote(app.text)}`, `publisher ${app.value}, from the app the copy was shared from (line ${app.line}): check it`);
  }
  const organisation = byline?.value.organisation;
  if (byline && organisation && !isAgency(organisation)) {
    return withVia(organisation, `The byline reads ${quote(byline.text)}.`, `line ${byline.line}: ${quote(byline.text)}`, `publisher ${organisation}, from the byline on line ${byline.line}: check it`);
  }
  const { siteLine } = article.meta;
  if (siteLine) {
    return withVia(siteLine.value, `The page's line under its title reads ${quote(siteLine.text)}.`, `line ${siteLine.line}: ${quote(siteLine.text)}`, `publisher ${siteLine.value}, from the line under the title (line ${siteLine.line})`);
  }
  const site = article.meta.siteName;
  if (site) {
    return withVia(site.value, `The page's first line reads ${quote(site.text)}, which looks like its name.`, `line ${site.line}: ${quote(site.text)}`, `publisher ${site.value}, guessed from the page's first line ${site.line}: check it`);
  }
  if (agency) {
    const where = dateline ?? byline!;
    return {
      value: { name: agency, evidence: `The ${dateline ? 'dateline' : 'byline'} reads ${quote(where.text)}: the agency's own report, or a copy of it.` },
      from: `line ${where.line}: ${quote(where.text)}`,
      finding: `publisher ${agency}, from the agency in the ${dateline ? 'dateline' : 'byline'} on line ${where.line}: check who published this copy`,
    };
  }
  return { value: { name: 'unknown', evidence: 'The text names no publisher.' }, finding: 'publisher unknown: the text names none' };
}

/** A company's legal name in a copyright line: "Prairie Signal Broadcasting, LLC", "Harbourline Media Ltd", "Example Holdings Inc.". */
const OWNER = /\b(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|plc|PLC|Corp(?:oration)?\.?|Company|GmbH|Holdings|Broadcasting|Communications|Media Group)\b/;


/**
 * True when a name opens another and every distinctive word of it is in the other ("The Valley
 * Times" within "Valley Times Media"), and the other does not run on past it with "of" or "for":
 * neither "The Ministry" nor "Harbour Region Authority" names "Ministry of Harbours of the Harbour
 * Region Authority".
 */
function namedWithin(name: string, holder: string): boolean {
  const distinct = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !/^(?:the|of|and)$/.test(w));
  const own = distinct(name);
  const theirs = distinct(holder);
  const last = own.at(-1);
  const runsOn = last !== undefined && new RegExp(String.raw`(?:^|[^\p{L}])${last}\s+(?:of|for)\s+(?:the\s+)?\p{Lu}`, 'iu').test(holder);
  return own.length >= 1 && own[0] === theirs[0] && own.every((w) => theirs.includes(w)) && !runsOn;
}

/** True when two names share a distinctive word ("The Daily Meridian", "Meridian News & Media"). */
function sharesName(a: string, b: string): boolean {
  const common = /^(?:the|of|and|news|media|daily|group|limited|ltd|inc|press|online)$/i;
  const set = new Set(a.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !common.test(w)));
  return b.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => set.has(w));
}

/**
 * The name a host name spells, as a text writes it: the run of capitalised words whose letters,
 * without spaces or a leading "The", are the host's first label ("The Westgate Post" for
 * "westgatepost"). The form with "The" wins when the text has both.
 */
export function nameOfHost(label: string, text: string): string | undefined {
  const compact = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  const found: string[] = [];
  for (const run of text.matchAll(/(?:\p{Lu}[\p{L}\p{N}'’&-]*)(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&-]*|of|and|&))*/gu)) {
    const words = run[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      for (let j = i + 1; j <= Math.min(words.length, i + 6); j++) {
        const name = words.slice(i, j).join(' ');
        const bare = name.replace(/^The\s+/, '');
        if (bare !== name && compact(bare) === label) found.push(name);
        else if (compact(name) === label || `the${compact(name)}` === label) found.push(name);
      }
    }
  }
  return found.find((n) => n.startsWith('The ')) ?? found[0];
}

/** True when an agency's short name and a publisher's name are the same organisation ("AP", "The Associated Press"). */
function sameOrganisation(agency: string, name: string): boolean {
  const initials = (s: string): string => s.replace(/^The\s+/i, '').split(/[\s-]+/).map((w) => w[0] ?? '').join('').toUpperCase();
  const a = agency.toLowerCase();
  const n = name.toLowerCase();
  return n.includes(a) || a.includes(n) || initials(name) === agency.toUpperCase();
}

/** The byline: the page's metadata, or the byline line. */
export function bylineOf(article: ParsedArticle, page?: PageMeta): Derived<string> | undefined {
  if (page?.byline) return { value: page.byline.value, from: page.byline.from, finding: `byline ${page.byline.value}, from the page's ${page.byline.from}` };
  const b = article.meta.byline;
  if (!b) return undefined;
  return { value: b.value.names, from: `line ${b.line}: ${quote(b.text)}`, finding: `byline ${b.value.names}, from line ${b.line}` };
}
