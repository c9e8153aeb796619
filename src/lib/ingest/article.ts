/**
 * One article from its units, for raw text and saved pages alike: the evidence rules first (photo
 * captions, duplicates, stray tokens, copyright lines, bylines, date lines), then the classifier,
 * then the agency dateline of the first paragraph. Every unit ends up in exactly one place — the
 * body, the title or standfirst, a figure, the frontmatter's evidence, or the report's list of
 * removed lines — and `trace` says which, so nothing is lost without a line in the report.
 */
import { DECK_LABEL } from './headline.ts';
import type { CaptionParts } from './captions.ts';
import { classify, type Verdict } from './classify.ts';
import type { FoundDate } from './dates.ts';
import { readEvidence } from './evidence.ts';
import { confirmedMasthead, isAgency, looksLikeOrganisation, readDatedOpening, readDateline, readSiteName, type Byline, type Dateline } from './metadata.ts';
import { SITE_SUB } from './notices.ts';
import { wordCount, type RuleId } from './rules.ts';
import { blocksFromUnits, type Block } from './structure.ts';
import type { Unit } from './units.ts';

/** A government site's banner: "An official website of the United States government", "… of the State of Ohio". */
const GOVERNMENT_BANNER = /^an official (?:web ?site|website) of the (?:united states|u\.s\.|state of \p{Lu}[\p{L} ]+|government of \p{Lu}[\p{L} ]+)(?: government)?\.?$/iu;

/** A street address: a number then a street ("2101 Tower Hill Road"), a street then its number ("Kanalvej 14"), or a postcode and a town after a comma. */
const ADDRESS = /^\d{1,5}[A-Za-z]?\s+\p{Lu}[\p{L}.' -]+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Way|Place|Square|Boulevard|Blvd\.?|Drive|Dr\.?)\b|^\p{Lu}\p{L}+(?:vej|gade|straße|strasse|weg|laan|gatan|katu)\s+\d{1,5}\b|,\s*(?:[A-Z]{1,2}-?)?\d{4,5}\s+\p{Lu}\p{L}+/u;

/** The classifier's scores for a line, as the report prints them. */
export interface Scores {
  /** How much the line reads like article text, 0 to 1. */
  text: number;
  /** How much it reads like furniture, 0 to 1. */
  furniture: number;
  /** The neighbours' furniture score. */
  neighbours: number;
  /** Its class from its own features, then after its neighbours ("short → bad"). */
  cls: string;
}

/** A line (or part of a line) that did not go into the article, and why. */
export interface Removal {
  /** 1-based line in the seed (block of a saved page). */
  line: number;
  /** The text removed, as written. */
  text: string;
  /** The rule that removed it. */
  rule: RuleId;
  /** The classifier's scores, for lines it decided on. */
  scores?: Scores;
}

/** A line kept in the article that the classifier is unsure of. */
export interface Check {
  /** 1-based line in the seed (block of a saved page). */
  line: number;
  /** The text, as written. */
  text: string;
  /** Why it may be furniture after all. */
  why: string;
  /** The classifier's scores for it. */
  scores: Scores;
}

/** A photo kept from the page: its caption and credit. */
export interface Figure extends CaptionParts {
  /** The seed line (page block) the caption was read from. */
  line: number;
}

/** A value read from a line, with the line quoted. */
export interface Evidence<T> {
  /** What was read. */
  value: T;
  /** The line (block) it was read from. */
  line: number;
  /** The line as written. */
  text: string;
}

/** "Shared from the Example Echo app", "Sent via the Example app". */
const APP_SHARE = /^(?:shared|sent) (?:from|via|with) (?:the )?(.{2,60}?) app$/i;
/** A press-release distribution wire's tag in a release's first paragraph. */
/** A line that is only a host name: "westgatepost.example", "www.example-times.co.uk". */
const HOST_LINE = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9][a-z0-9-]{2,})(?:\.[a-z]{2,})+\/?$/i;

const WIRE_TAG = /--\s*\((BUSINESS WIRE|GLOBE NEWSWIRE|ACCESSWIRE|MARKETWIRE)\)\s*--|\/(PRNewswire|PRWeb|GLOBE NEWSWIRE|EINPresswire)\//i;

/** What the page says about its article beyond the body. */
export interface ArticleMeta {
  /** The byline, from a "By …" line or a name above the date. */
  byline?: Evidence<Byline>;
  /** The publication date, from a date line above the first paragraph (or one labelled "Published"). */
  published?: Evidence<FoundDate>;
  /** The latest update, from a date line labelled "Updated". */
  updated?: Evidence<FoundDate>;
  /** The copyright (or SOURCE) line that names the publisher. */
  copyright?: Evidence<string>;
  /** A copyright line of a news agency whose report the page carries. */
  agencyCopyright?: Evidence<string>;
  /** An agency's name alone above the date line ("AFP"). */
  agencyLine?: Evidence<string>;
  /** The page's name above the headline ("The Daily Meridian"), when it names an organisation. */
  masthead?: Evidence<string>;
  /** True when the page names its masthead again (its copyright holder, a sentence of its footer): the page's own name, not a guess. */
  mastheadConfirmed?: boolean;
  /** The first line of the page when it is shaped like a name ("The Patient Gardener"): a guess. */
  siteName?: Evidence<string>;
  /** A reference site's line under the title, naming it ("From Wikipedia, the free encyclopedia"). */
  siteLine?: Evidence<string>;
  /** A line above the headline that is only the site's host name ("westgatepost.example", as Reader View prints it): its first label. */
  host?: Evidence<string>;
  /** A copyright line that names the byline's author, not a publisher. */
  authorCopyright?: Evidence<string>;
  /** The agency dateline of the first paragraph ("WASHINGTON (AP) —"). */
  dateline?: Evidence<Dateline>;
  /** The app a copy was shared from ("Shared from the Example Echo app"): the publisher's name, when nothing else gives it. */
  app?: Evidence<string>;
  /** A press release's issuer (and the distribution wire that carries it, if one does): the organisation its "About …" section describes. */
  issuer?: Evidence<string> & { wire?: string };
  /** The paper that supplied a syndicated story: a "Source: X" line after it, X also shown above the headline (a portal's partner). */
  provider?: Evidence<string>;
  /** The organisation the footer's address block names: its name on the line above its street address. */
  addressed?: Evidence<string>;
}

/** Where each unit went, for the report and for measuring the classifier. */
export interface Trace {
  /** 1-based line in the seed (block of a saved page). */
  line: number;
  /** The text, as written. */
  text: string;
  /** Where it went: the body, the body marked "check", the report, the title or standfirst, a figure. */
  fate: 'kept' | 'check' | 'removed' | 'title' | 'standfirst' | 'figure';
  /** The rule that removed it, if one did. */
  rule?: RuleId;
}

/** One article found in a seed. */
export interface ParsedArticle {
  /** 1-based position of the article in its seed. */
  part: number;
  /** The title, and whether it was a line of its own or derived from the first sentence. */
  title: { text: string; source: 'first-line' | 'first-sentence'; line: number };
  /** The line under the title that sums the article up, if there is one. */
  standfirst?: { text: string; line: number };
  /** A `date YYYY-MM-DD` token the text states. */
  statedDate?: string;
  /** Photos, with caption and credit. */
  figures: Figure[];
  /** The body. */
  blocks: Block[];
  /** Every line (or part of one) that left the text, with its rule. */
  removals: Removal[];
  /** Lines kept but reported: the classifier is unsure they are article text. */
  checks: Check[];
  /** What the lines say about the article: byline, dates, copyright, masthead, dateline. */
  meta: ArticleMeta;
  /** Where every unit went. */
  trace: Trace[];
  /** The editor's keep entries that matched a unit of this article. */
  keptBack: (number | string)[];
  /** For a hard-wrapped text: the width it was wrapped at and how many lines were joined into paragraphs. */
  reflowed?: { width: number; joined: number };
}

/** How to build an article. */
export interface BuildOptions {
  /** The editor's keep list: line numbers, or exact texts. */
  keep?: readonly (number | string)[];
  /** Index of the headline unit when the page's metadata names it (saved pages). */
  headline?: number;
  /** Index of the standfirst unit when the page's description matches one (saved pages). */
  standfirst?: number;
  /** Authors the page's metadata names (saved pages), besides any byline line: their biography after the article is not its text. */
  authors?: string[];
  /** Removals made before the units were formed (the leading date token). */
  removals?: Removal[];
  statedDate?: string;
}

const scoresOf = (v: Verdict): Scores => ({
  text: v.features.text,
  furniture: v.features.furniture,
  neighbours: v.neighbours,
  cls: v.cls === v.revised ? v.cls : `${v.cls} → ${v.revised}`,
});

/** Builds one article from its units. */
export function buildArticle(units: Unit[], part: number, options: BuildOptions = {}): ParsedArticle {
  const { marks, kept, keptBack, removals, figures, trace, bylines, copyrights, dates, updates, issuers, agencies } = readEvidence(units, options.keep ?? [], options.removals);
  const meta: ArticleMeta = {};

  const result = classify(units, marks, {
    kept,
    authors: [...bylines.map((b) => b.value.names), ...(options.authors ?? [])],
    holders: copyrights.map((c) => c.value),
    ...(options.headline === undefined ? {} : { headline: options.headline }),
    ...(options.standfirst === undefined ? {} : { standfirst: options.standfirst }),
  });
  const body: Unit[] = [];
  const checks: Check[] = [];
  let title: ParsedArticle['title'] | undefined;
  let standfirst: ParsedArticle['standfirst'];
  result.verdicts.forEach((v, i) => {
    if (!v) return;
    const unit = units[i]!;
    if (v.fate === 'title') title = { text: unit.text, source: 'first-line', line: unit.n };
    else if (v.fate === 'standfirst') standfirst = { text: unit.text.replace(DECK_LABEL, ''), line: unit.n };
    else if (v.fate === 'drop') removals.push({ line: unit.n, text: unit.text, rule: v.rule!, scores: scoresOf(v) });
    else {
      body.push(unit);
      if (v.fate === 'check' && !kept.has(i)) checks.push({ line: unit.n, text: unit.text, why: v.why ?? '', scores: scoresOf(v) });
    }
    const fate = v.fate === 'drop' ? 'removed' : v.fate === 'keep' ? 'kept' : v.fate;
    trace.push(v.rule ? { line: unit.n, text: unit.text, fate, rule: v.rule } : { line: unit.n, text: unit.text, fate });
  });

  // Evidence from the head of the page counts first; the tail's (credits, teasers' dates) after.
  const early = (line: number): boolean => result.firstAnchor < 0 || line < (units[result.firstAnchor]?.n ?? Infinity);
  const dropped = new Set(removals.map((r) => r.line));
  const pick = <T>(list: Evidence<T>[]): Evidence<T> | undefined => list.filter((e) => dropped.has(e.line)).sort((a, b) => Number(early(b.line)) - Number(early(a.line)))[0];
  // "Hosted by …" opens a podcast's byline above it; after the article it credits the site's host.
  const byline = pick(bylines.filter((b) => early(b.line) || !/^hosted by\b/i.test(b.text.trim())));
  if (byline) meta.byline = byline;
  // A date under its own label counts by the label: "Originally published" (or "First published")
  // before "Published", before "Posted" (a portal's day of reposting) and the rest.
  const labelAbove = (d: Evidence<FoundDate>): string => {
    const i = units.findIndex((u) => u.n === d.line);
    return i > 0 ? units[i - 1]!.text.trim().toLowerCase() : '';
  };
  // The label may also open the date's own line ("Published: Thu 9 Nov 2023"), over a date the
  // masthead prints with no label (the day the page was viewed).
  const labelRank = (d: Evidence<FoundDate>): number => {
    const label = labelAbove(d);
    const own = d.text.trim().toLowerCase();
    if (/^(?:originally|first) published:?$/.test(label) || /^(?:originally|first) published\b/.test(own)) return 2;
    return /^published:?$/.test(label) || /^published\b/.test(own) ? 1 : 0;
  };
  // A date under a label of its own that is no publication's ("Date and Time: …" of an export,
  // "Load-Date:", "Printed:", "Accessed:") is when the copy was made, not when the article appeared.
  const otherLabel = (d: Evidence<FoundDate>): boolean => {
    const label = d.text.match(/^([\p{L}][\p{L} -]{1,30}):/u)?.[1]?.trim();
    return label !== undefined && !/^(?:(?:originally |first )?published|posted|date|dated|issued|released|(?:last )?updated|modified|created)(?: on| at)?$/i.test(label);
  };
  // A date printed with no label above the page's menus is the day the site shows on every page
  // (the day the page was saved), not the article's: any other date counts before it.
  const aboveMenus = (d: Evidence<FoundDate>): boolean => labelRank(d) === 0 && title !== undefined && d.line < title.line && removals.filter((r) => (r.rule === 'link-list' || r.rule === 'navigation') && r.line > d.line && r.line < title!.line).length >= 2;
  const read = dates.filter((d) => (early(d.line) || /\b(?:published|posted)\b/i.test(d.text)) && !otherLabel(d));
  const candidates = read.some((d) => dropped.has(d.line) && !aboveMenus(d)) ? read.filter((d) => !aboveMenus(d)) : read;
  const bestLabel = Math.max(0, ...candidates.filter((d) => dropped.has(d.line)).map(labelRank));
  const published = pick(bestLabel > 0 ? candidates.filter((d) => labelRank(d) === bestLabel) : candidates);
  if (published) meta.published = published;
  const updated = pick(updates);
  if (updated) meta.updated = updated;
  // A page may carry the agency's copyright in the article and its own in the footer: the last
  // holder that is not an agency is the publisher; an agency's line names the agency carried.
  const holder = [...copyrights].reverse().find((c) => !isAgency(c.value)) ?? copyrights[0];
  if (holder) meta.copyright = holder;
  const agencyLine = copyrights.find((c) => isAgency(c.value));
  if (agencyLine && agencyLine !== holder) meta.agencyCopyright = agencyLine;
  const alone = agencies.find((a) => early(a.line));
  if (alone) meta.agencyLine = alone;
  // The masthead: the first line above the headline that names an organisation; failing that, the
  // first name-shaped line of the page ("The Patient Gardener"), which is only a guess.
  const head = (i: number): boolean => result.zones[i] === 'head' && units[i]!.shape === 'line';
  // A head line the page names again in its own furniture (a notice, the footer, the copyright
  // holder) comes first: it is the page's own name (see `confirmedMasthead`). Article prose that
  // names a kicker ("Climate Crisis") confirms nothing.
  const headLines = units.map((u, i) => ({ i, text: u.text })).filter(({ i }) => head(i));
  const furniture = units.filter((_u, i) => !head(i) && (result.zones[i] === 'tail' || result.verdicts[i]?.fate === 'drop')).map((u) => u.text);
  // A government site's banner ("An official website of the United States government") stands over
  // the agency's own name: the first organisation's name under it is the masthead, not a desk's below.
  const banner = headLines.find((h) => GOVERNMENT_BANNER.test(h.text.trim()));
  const agencyName = banner ? headLines.find((h) => h.i > banner.i && wordCount(h.text) >= 2 && wordCount(h.text) <= 8 && looksLikeOrganisation(h.text.trim()) && !/[.!?]$/.test(h.text.trim())) : undefined;
  const confirmed = agencyName ? { i: agencyName.i, value: agencyName.text.trim() } : confirmedMasthead(headLines, furniture, holder?.value);
  const masthead = confirmed?.i ?? units.findIndex((u, i) => head(i) && wordCount(u.text) >= 2 && wordCount(u.text) <= 6 && looksLikeOrganisation(u.text));
  if (masthead >= 0) meta.masthead = { value: confirmed?.value ?? units[masthead]!.text, line: units[masthead]!.n, text: units[masthead]!.text };
  if (confirmed) meta.mastheadConfirmed = true;
  const named = units.findIndex((u, i) => head(i) && result.verdicts[i]?.rule !== 'interface' && !/[\d:|·•@]/.test(u.text));
  const siteName = named >= 0 ? readSiteName(units[named]!.text) : undefined;
  if (siteName && masthead < 0) meta.siteName = { value: siteName, line: units[named]!.n, text: units[named]!.text };
  const sub = units.findIndex((u, i) => result.zones[i] !== 'body' && u.shape === 'line' && SITE_SUB.test(u.text.trim()));
  if (sub >= 0) meta.siteLine = { value: units[sub]!.text.trim().match(SITE_SUB)![1]!, line: units[sub]!.n, text: units[sub]!.text };
  // Reader View and some print views put the site's host name above the headline.
  const hostLine = units.findIndex((u, i) => head(i) && HOST_LINE.test(u.text.trim()));
  if (hostLine >= 0) meta.host = { value: units[hostLine]!.text.trim().match(HOST_LINE)![1]!.toLowerCase(), line: units[hostLine]!.n, text: units[hostLine]!.text };
  // A portal carrying a partner's story credits it after the text ("Source: The Example Ledger") and
  // shows the partner's name above the headline too: the partner published it, the portal carries it.
  const provider = units.findIndex((u, i) => {
    const name = result.zones[i] === 'tail' && dropped.has(u.n) ? u.text.match(/^source\s?:\s+(\p{Lu}.{1,60})$/iu)?.[1]?.trim() : undefined;
    return name !== undefined && readSiteName(name) !== undefined && headLines.some((h) => h.text.trim().toLowerCase() === name.toLowerCase());
  });
  if (provider >= 0) meta.provider = { value: units[provider]!.text.replace(/^source\s?:\s+/i, '').trim(), line: units[provider]!.n, text: units[provider]!.text };
  // The footer's address block: an organisation's name, then its street address ("Kanalvej 14, 1401 Copenhagen K, Denmark").
  const addressed = units.findIndex((u, i) => i > 0 && result.zones[i] === 'tail' && ADDRESS.test(u.text.trim()) && wordCount(u.text) <= 12 && looksLikeOrganisation(units[i - 1]!.text.trim()) && result.zones[i - 1] === 'tail');
  if (addressed > 0) meta.addressed = { value: units[addressed - 1]!.text.trim(), line: units[addressed - 1]!.n, text: units[addressed - 1]!.text };
  // A copy shared from a news app names the app, and so its publisher: "Shared from the Example Echo app".
  const app = units.findIndex((u, i) => result.zones[i] !== 'body' && dropped.has(u.n) && APP_SHARE.test(u.text.trim()));
  if (app >= 0) {
    const name = units[app]!.text.trim().match(APP_SHARE)![1]!.trim();
    if (readSiteName(name)) meta.app = { value: name, line: units[app]!.n, text: units[app]!.text };
  }
  // A press release is the issuer's, whoever carries it: a distribution wire ("CITY--(BUSINESS
  // WIRE)--", "/PRNewswire/"), or its own label outside the body ("FOR IMMEDIATE RELEASE", "… |
  // Media Release"). Its "About X" section names the issuer.
  const wire = body.slice(0, 2).map((u) => u.text.match(WIRE_TAG)?.[1]).find(Boolean);
  const aboutName = (text: string): string | undefined => {
    const name = text.match(/^About (?:the )?(\p{Lu}.*)$/u)?.[1]?.trim();
    return name && readSiteName(name) !== undefined ? name : undefined;
  };
  const about = wire || result.release ? units.findIndex((u) => u.shape !== 'item' && aboutName(u.text) !== undefined) : -1;
  if (about >= 0) meta.issuer = { value: aboutName(units[about]!.text)!, line: units[about]!.n, text: units[about]!.text, ...(wire ? { wire } : {}) };
  // Without an "About" section, the organisation whose name the page prints above the headline and
  // the release's first paragraph names again ("Combined Joint Task Force – Steadfast Lantern").
  const lead = body.find((u) => u.shape === 'line' && wordCount(u.text) >= 12)?.text ?? '';
  const issuing = result.release && about < 0 ? headLines.find((h) => wordCount(h.text) >= 2 && wordCount(h.text) <= 10 && /^\p{Lu}/u.test(h.text) && !/[.!?:]$/.test(h.text) && lead.includes(h.text) && /^(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and|for|on|in|[–—-])(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&.-]*|of|the|and|for|on|in|[–—-]))+$/u.test(h.text)) : undefined;
  if (issuing) meta.issuer = { value: issuing.text, line: units[issuing.i]!.n, text: issuing.text };
  // A "From:" line names the issuer outright, release or not.
  if (!meta.issuer && issuers[0]) meta.issuer = issuers[0];
  // A copyright line that names the article's own author is the writer's, not a publisher's.
  if (meta.copyright && bylines.some((b) => b.value.names.split(/,\s*|\s+and\s+/).includes(meta.copyright!.value))) {
    meta.authorCopyright = meta.copyright;
    delete meta.copyright;
  }

  // The agency dateline opens the first paragraph: "WASHINGTON (AP) — ".
  const first = body.find((u) => u.shape === 'line' && u.n !== title?.line);
  const dateline = first ? readDateline(first.text) : undefined;
  if (first && dateline) {
    meta.dateline = { value: dateline, line: first.n, text: dateline.text };
    removals.push({ line: first.n, text: dateline.text, rule: 'dateline' });
    first.text = first.text.slice(first.text.indexOf(dateline.text) + dateline.text.length).trimStart();
  }
  // A statement that opens with its place and date ("Baghdad, Saturday 3 February 2024 – …", which
  // stays in the text) is dated by it, over a date printed with no label above the page's menus.
  const opening = first && !dateline?.date ? readDatedOpening(first.text) : undefined;
  if (first && opening && (!meta.published || aboveMenus(meta.published))) meta.published = { value: opening.date, line: first.n, text: opening.text };

  if (!title) {
    const lead = body[0];
    const sentence = (lead?.text ?? '').split(/(?<=[.!?])\s+/)[0] ?? '';
    title = { text: sentence.replace(/[.!?]$/, ''), source: 'first-sentence', line: lead?.n ?? 0 };
  }
  const article: ParsedArticle = {
    part,
    title,
    figures,
    blocks: blocksFromUnits(body),
    removals: removals.sort((a, b) => a.line - b.line),
    checks,
    meta,
    trace: trace.sort((a, b) => a.line - b.line),
    keptBack: [...keptBack],
  };
  if (standfirst) article.standfirst = standfirst;
  if (options.statedDate) article.statedDate = options.statedDate;
  return article;
}
