/**
 * One article from its units, for raw text and saved pages alike: the evidence rules first (photo
 * captions, duplicates, stray tokens, copyright lines, bylines, date lines), then the classifier,
 * then the agency dateline of the first paragraph. Every unit ends up in exactly one place — the
 * body, the title or standfirst, a figure, the frontmatter's evidence, or the report's list of
 * removed lines — and `trace` says which, so nothing is lost without a line in the report.
 */
import { creditOnly, isPictureControl, labelledCaption, slashCreditOnly, splitCredit, splitInlineCaption, type CaptionParts } from './captions.ts';
import { classify, type Verdict } from './classify.ts';
import { isRelativeTime, readDateLine, type FoundDate } from './dates.ts';
import { isAgency, looksLikeOrganisation, readByline, readCopyright, readDateline, readNameLine, readSiteName, readSourceLine, type Byline, type Dateline } from './metadata.ts';
import { isStrayToken, wordCount, type RuleId } from './rules.ts';
import { blocksFromUnits, type Block } from './structure.ts';
import { isRemoved, type Mark, type Unit } from './units.ts';

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
  line: number;
  text: string;
  /** Why it may be furniture after all. */
  why: string;
  scores: Scores;
}

/** A photo kept from the page: its caption and credit. */
export interface Figure extends CaptionParts {
  /** The seed line (page block) the caption was read from. */
  line: number;
}

/** A value read from a line, with the line quoted. */
export interface Evidence<T> {
  value: T;
  line: number;
  /** The line as written. */
  text: string;
}

/** What the page says about its article beyond the body. */
export interface ArticleMeta {
  byline?: Evidence<Byline>;
  published?: Evidence<FoundDate>;
  updated?: Evidence<FoundDate>;
  /** The copyright line that names the publisher. */
  copyright?: Evidence<string>;
  /** A copyright line of a news agency whose report the page carries. */
  agencyCopyright?: Evidence<string>;
  /** The page's name above the headline ("The Daily Meridian"), when it names an organisation. */
  masthead?: Evidence<string>;
  /** The first line of the page when it is shaped like a name ("The Patient Gardener"): a guess. */
  siteName?: Evidence<string>;
  /** A copyright line that names the byline's author, not a publisher. */
  authorCopyright?: Evidence<string>;
  dateline?: Evidence<Dateline>;
}

/** Where each unit went, for the report and for measuring the classifier. */
export interface Trace {
  line: number;
  text: string;
  fate: 'kept' | 'check' | 'removed' | 'title' | 'standfirst' | 'figure';
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
  figures: Figure[];
  blocks: Block[];
  removals: Removal[];
  checks: Check[];
  meta: ArticleMeta;
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
  const keep = options.keep ?? [];
  const removals: Removal[] = [...(options.removals ?? [])];
  const figures: Figure[] = [];
  const trace: Trace[] = [];
  const meta: ArticleMeta = {};
  const marks: (Mark | undefined)[] = [];
  const kept = new Set<number>();
  const keptBack = new Set<number | string>();
  const seen = new Set<string>();
  const bylines: Evidence<Byline>[] = [];
  const copyrights: Evidence<string>[] = [];
  const dates: Evidence<FoundDate>[] = [];
  const updates: Evidence<FoundDate>[] = [];
  let pendingCredit: { credit: string; line: number } | undefined;
  let pendingCaption: { caption: string; line: number } | undefined;
  let captionNext = false;

  const remove = (i: number, rule: RuleId, text = units[i]!.text): void => {
    const isFigure = rule === 'photo-caption' || rule === 'photo-credit';
    marks[i] = isFigure ? 'figure' : 'removed';
    removals.push({ line: units[i]!.n, text, rule });
    trace.push({ line: units[i]!.n, text, fate: isFigure ? 'figure' : 'removed', rule });
  };
  const figure = (i: number, parts: CaptionParts, line = units[i]!.n): void => {
    figures.push({ ...parts, line });
  };

  units.forEach((unit, i) => {
    const text = unit.text;
    const entry = keep.find((k) => k === unit.n || (typeof k === 'string' && k.trim() === text) || unit.table?.lines.includes(k as number));
    if (entry !== undefined) {
      kept.add(i);
      keptBack.add(entry);
      return;
    }
    if (unit.page?.figure) {
      figure(i, unit.page.figure);
      return remove(i, 'photo-caption');
    }
    // Captions that a page labels ("Image source, …", "Image caption, …"), each label maybe on its own line.
    const onlyCredit = creditOnly(text);
    if (onlyCredit && unit.shape !== 'heading') {
      if (pendingCaption) figure(i, { caption: pendingCaption.caption, credit: onlyCredit }, pendingCaption.line);
      else pendingCredit = { credit: onlyCredit, line: unit.n };
      pendingCaption = undefined;
      return remove(i, 'photo-credit');
    }
    // "Caption / toggle caption / Rosa Delgado/Public Radio": a credit that a picture's controls
    // separate from its caption. Only across such controls, so a sentence is never taken for one.
    const slashed = !pendingCaption ? slashCreditOnly(text) : undefined;
    if (slashed) {
      let j = i - 1;
      while (j >= 0 && isPictureControl(units[j]!.text)) j--;
      const caption = units[j];
      if (j < i - 1 && caption && !marks[j] && !kept.has(j) && caption.shape === 'line' && wordCount(caption.text) <= 40) {
        marks[j] = 'figure';
        removals.push({ line: caption.n, text: caption.text, rule: 'photo-caption' });
        trace.push({ line: caption.n, text: caption.text, fate: 'figure', rule: 'photo-caption' });
        figure(j, { caption: caption.text, credit: slashed });
        return remove(i, 'photo-credit');
      }
    }
    let labelled = labelledCaption(text);
    if (labelled === '') {
      captionNext = true;
      return remove(i, 'photo-credit');
    }
    if (captionNext && unit.shape === 'line') labelled = text;
    captionNext = false;
    if (labelled) {
      if (pendingCredit) figure(i, { caption: labelled, credit: pendingCredit.credit });
      else pendingCaption = { caption: labelled, line: unit.n };
      pendingCredit = undefined;
      return remove(i, 'photo-caption');
    }
    // A repeated line, or a caption shown again with a counter or a licensing link around it.
    if (seen.has(text) || figures.some((f) => f.caption.length >= 30 && text !== f.caption && text.includes(f.caption))) return remove(i, 'duplicate-line');
    seen.add(text);
    if (isStrayToken(text)) return remove(i, 'stray-token');
    if (unit.shape === 'table') return;
    const credit = splitCredit(text);
    if (credit && wordCount(credit.caption) >= 3 && !splitInlineCaption(text)) {
      figure(i, credit);
      if (!credit.licensing) return remove(i, 'photo-caption');
      remove(i, 'photo-caption', text.slice(0, text.lastIndexOf(credit.licensing)).trim());
      removals.push({ line: unit.n, text: credit.licensing, rule: 'agency-licensing-note' });
      return;
    }
    const inline = splitInlineCaption(text);
    if (inline) {
      figure(i, inline.parts);
      removals.push({ line: unit.n, text: text.slice(inline.rest.length).trim(), rule: 'photo-caption' });
      unit.text = inline.rest;
      return;
    }
    const holder = readCopyright(text) ?? readSourceLine(text);
    if (holder) {
      copyrights.push({ value: holder, line: unit.n, text });
      return remove(i, 'copyright');
    }
    if (unit.shape === 'item' || unit.shape === 'quote') return;
    // "Posted on March 3, 2024 by Ruth Calloway": a date line that ends with its byline.
    const signed = text.match(/^(.*\d.*?)\s+by\s+(\p{Lu}.*)$/u);
    const byline = readByline(text) ?? (signed?.[1] && readDateLine(signed[1]) ? readByline(`By ${signed[2]} | ${signed[1]}`) : undefined);
    if (byline) {
      marks[i] = 'byline';
      bylines.push({ value: byline, line: unit.n, text });
      const when = byline.rest ? readDateLine(byline.rest) : undefined;
      if (when?.published) dates.push({ value: when.published, line: unit.n, text });
      if (when?.updated) updates.push({ value: when.updated, line: unit.n, text });
      return;
    }
    const when = readDateLine(text);
    if (when || isRelativeTime(text)) {
      const labelled = /\b(?:published|posted|updated|modified|issued|released)\b|\d[:.]\d\d|\bago$/i.test(text);
      marks[i] = labelled ? 'labelled-date' : 'date';
      if (when?.published) dates.push({ value: when.published, line: unit.n, text });
      if (when?.updated) updates.push({ value: when.updated, line: unit.n, text });
    }
  });
  if (pendingCaption) figures.push({ caption: pendingCaption.caption, credit: '', line: pendingCaption.line });
  // A name on its own line just above the date is the byline ("Clara Whitfield", then the date).
  units.forEach((unit, i) => {
    if (marks[i] || kept.has(i) || unit.shape !== 'line') return;
    let next = i + 1;
    while (next < units.length && isRemoved(marks[next])) next++;
    const name = marks[next] === 'date' || marks[next] === 'labelled-date' ? readNameLine(unit.text) : undefined;
    if (name) {
      marks[i] = 'byline';
      bylines.push({ value: name, line: unit.n, text: unit.text });
    }
  });

  const result = classify(units, marks, {
    kept,
    authors: bylines.map((b) => b.value.names),
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
  const masthead = units.findIndex((u, i) => head(i) && wordCount(u.text) >= 2 && wordCount(u.text) <= 6 && looksLikeOrganisation(u.text));
  if (masthead >= 0) meta.masthead = { value: units[masthead]!.text, line: units[masthead]!.n, text: units[masthead]!.text };
  const named = units.findIndex((u, i) => head(i) && result.verdicts[i]?.rule !== 'interface' && !/[\d:|·•@]/.test(u.text));
  const siteName = named >= 0 ? readSiteName(units[named]!.text) : undefined;
  if (siteName && masthead < 0) meta.siteName = { value: siteName, line: units[named]!.n, text: units[named]!.text };
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
