/**
 * One article from its units, for raw text and saved pages alike: the evidence rules first (photo
 * captions, duplicates, stray tokens, copyright lines, bylines, date lines), then the classifier,
 * then the agency dateline of the first paragraph. Every unit ends up in exactly one place — the
 * body, the title or standfirst, a figure, the frontmatter's evidence, or the report's list of
 * removed lines — and `trace` says which, so nothing is lost without a line in the report.
 */
import type { CaptionParts } from './captions.ts';
import { classify, type Verdict } from './classify.ts';
import type { FoundDate } from './dates.ts';
import { readEvidence } from './evidence.ts';
import { confirmedMasthead, isAgency, looksLikeOrganisation, readDateline, readSiteName, type Byline, type Dateline } from './metadata.ts';
import { wordCount, type RuleId } from './rules.ts';
import { blocksFromUnits, type Block } from './structure.ts';
import type { Unit } from './units.ts';

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
  /** The page's name above the headline ("The Daily Meridian"), when it names an organisation. */
  masthead?: Evidence<string>;
  /** True when the page names its masthead again (its copyright holder, a sentence of its footer): the page's own name, not a guess. */
  mastheadConfirmed?: boolean;
  /** The first line of the page when it is shaped like a name ("The Patient Gardener"): a guess. */
  siteName?: Evidence<string>;
  /** A copyright line that names the byline's author, not a publisher. */
  authorCopyright?: Evidence<string>;
  /** The agency dateline of the first paragraph ("WASHINGTON (AP) —"). */
  dateline?: Evidence<Dateline>;
  /** The app a copy was shared from ("Shared from the Example Echo app"): the publisher's name, when nothing else gives it. */
  app?: Evidence<string>;
  /** A press release's issuer, when a distribution wire carries it: the organisation its "About …" section describes. */
  issuer?: Evidence<string> & { wire: string };
  /** The paper that supplied a syndicated story: a "Source: X" line after it, X also shown above the headline (a portal's partner). */
  provider?: Evidence<string>;
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
  const { marks, kept, keptBack, removals, figures, trace, bylines, copyrights, dates, updates } = readEvidence(units, options.keep ?? [], options.removals);
  const meta: ArticleMeta = {};

  const result = classify(units, marks, {
    kept,
    authors: [...bylines.map((b) => b.value.names), ...(options.authors ?? [])],
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
    else if (v.fate === 'standfirst') standfirst = { text: unit.text, line: unit.n };
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
  const byline = pick(bylines);
  if (byline) meta.byline = byline;
  const published = pick(dates.filter((d) => early(d.line) || /\b(?:published|posted)\b/i.test(d.text)));
  if (published) meta.published = published;
  const updated = pick(updates);
  if (updated) meta.updated = updated;
  // A page may carry the agency's copyright in the article and its own in the footer: the last
  // holder that is not an agency is the publisher; an agency's line names the agency carried.
  const holder = [...copyrights].reverse().find((c) => !isAgency(c.value)) ?? copyrights[0];
  if (holder) meta.copyright = holder;
  const agencyLine = copyrights.find((c) => isAgency(c.value));
  if (agencyLine && agencyLine !== holder) meta.agencyCopyright = agencyLine;
  // The masthead: the first line above the headline that names an organisation; failing that, the
  // first name-shaped line of the page ("The Patient Gardener"), which is only a guess.
  const head = (i: number): boolean => result.zones[i] === 'head' && units[i]!.shape === 'line';
  // A head line the page names again in its own furniture (a notice, the footer, the copyright
  // holder) comes first: it is the page's own name (see `confirmedMasthead`). Article prose that
  // names a kicker ("Climate Crisis") confirms nothing.
  const headLines = units.map((u, i) => ({ i, text: u.text })).filter(({ i }) => head(i));
  const furniture = units.filter((_u, i) => !head(i) && (result.zones[i] === 'tail' || result.verdicts[i]?.fate === 'drop')).map((u) => u.text);
  const confirmed = confirmedMasthead(headLines, furniture, holder?.value);
  const masthead = confirmed?.i ?? units.findIndex((u, i) => head(i) && wordCount(u.text) >= 2 && wordCount(u.text) <= 6 && looksLikeOrganisation(u.text));
  if (masthead >= 0) meta.masthead = { value: confirmed?.value ?? units[masthead]!.text, line: units[masthead]!.n, text: units[masthead]!.text };
  if (confirmed) meta.mastheadConfirmed = true;
  const named = units.findIndex((u, i) => head(i) && result.verdicts[i]?.rule !== 'interface' && !/[\d:|·•@]/.test(u.text));
  const siteName = named >= 0 ? readSiteName(units[named]!.text) : undefined;
  if (siteName && masthead < 0) meta.siteName = { value: siteName, line: units[named]!.n, text: units[named]!.text };
  // A portal carrying a partner's story credits it after the text ("Source: The Example Ledger") and
  // shows the partner's name above the headline too: the partner published it, the portal carries it.
  const provider = units.findIndex((u, i) => {
    const name = result.zones[i] === 'tail' && dropped.has(u.n) ? u.text.match(/^source\s?:\s+(\p{Lu}.{1,60})$/iu)?.[1]?.trim() : undefined;
    return name !== undefined && readSiteName(name) !== undefined && headLines.some((h) => h.text.trim().toLowerCase() === name.toLowerCase());
  });
  if (provider >= 0) meta.provider = { value: units[provider]!.text.replace(/^source\s?:\s+/i, '').trim(), line: units[provider]!.n, text: units[provider]!.text };
  // A copy shared from a news app names the app, and so its publisher: "Shared from the Example Echo app".
  const app = units.findIndex((u, i) => result.zones[i] !== 'body' && dropped.has(u.n) && APP_SHARE.test(u.text.trim()));
  if (app >= 0) {
    const name = units[app]!.text.trim().match(APP_SHARE)![1]!.trim();
    if (readSiteName(name)) meta.app = { value: name, line: units[app]!.n, text: units[app]!.text };
  }
  // A release a distribution wire carries ("CITY--(BUSINESS WIRE)--", "/PRNewswire/") is the issuer's; its "About X" section names it.
  const wire = body.slice(0, 2).map((u) => u.text.match(WIRE_TAG)?.[1]).find(Boolean);
  const about = wire ? units.findIndex((u) => u.shape === 'line' && /^About \p{Lu}/u.test(u.text) && readSiteName(u.text.slice(6).trim()) !== undefined) : -1;
  if (wire && about >= 0) meta.issuer = { value: units[about]!.text.slice(6).trim(), line: units[about]!.n, text: units[about]!.text, wire };
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
