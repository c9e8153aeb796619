/**
 * The evidence rules: what a line shows by its own form before any classifying — a photo caption
 * or credit, a repeat, a stray token, a copyright or SOURCE line, a byline, a date line — and the
 * lines an editor keeps back. Each rule names what it found; bylines and date lines are only marked
 * here, because whether they leave the text depends on where they stand (see `classify.ts`).
 */
import { creditOnly, isPictureControl, labelledCaption, slashCreditOnly, splitCredit, splitInlineCaption, type CaptionParts } from './captions.ts';
import { findDates, isLabelledTime, isRelativeTime, numericOrder, readDateLine, type FoundDate } from './dates.ts';
import { isRoleLine } from './headline.ts';
import { bareName, isAgency, isStandaloneDateline, looksLikeOrganisation, readByline, readCopyright, readNameLine, readSourceLine, type Byline } from './metadata.ts';
import { isStrayToken, wordCount, type RuleId } from './rules.ts';
import { isRemoved, type Mark, type Unit } from './units.ts';
import type { Evidence, Figure, Removal, Trace } from './article.ts';

/** A picture's catalogue number on a line of its own: "VIRIN: 240112-A-QT418-1004", "Image ID: 2X4K9P". */
const PICTURE_ID = /^(?:VIRIN|image id|photo id|asset id|picture id)\s*:\s*[\w.-]{4,40}$/i;

/** A browser's print stamp, a numeric date and a time: "05/02/2024, 09:12", "2/5/24, 9:12 AM". */
const PRINT_STAMP = /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AP]M)?$/i;

/** A header line of an e-mail: "From: The Example Record <news@example.com>", "Subject: Morning Wire: …". */
const MAIL_HEADER = /^(?:from|sent|date|to|cc|bcc|reply-to|subject)\s*:\s+\S/i;

/**
 * The header of an e-mail the copy was pasted from: its first lines, with no blank line between
 * them, each a header line, two or more, one of them "From:" or "Subject:". Returns their indices.
 */
function mailHeader(units: Unit[]): Set<number> {
  let end = 0;
  while (end < units.length && !units[end]!.page && (end === 0 || units[end]!.n === units[end - 1]!.n + 1) && MAIL_HEADER.test(units[end]!.text.trim())) end++;
  const lines = units.slice(0, end).map((u) => u.text.trim().toLowerCase());
  return new Set(end >= 2 && lines.some((t) => t.startsWith('from') || t.startsWith('subject')) ? lines.keys() : []);
}

/** What the evidence rules found in an article's units. */
export interface Found {
  /** Per unit: removed (caption, repeat…), or marked as byline or date; undefined when nothing. */
  marks: (Mark | undefined)[];
  /** Indices of the units the editor keeps back, and the keep entries that matched them. */
  kept: Set<number>;
  keptBack: Set<number | string>;
  removals: Removal[];
  figures: Figure[];
  trace: Trace[];
  bylines: Evidence<Byline>[];
  copyrights: Evidence<string>[];
  dates: Evidence<FoundDate>[];
  updates: Evidence<FoundDate>[];
  /** A "From:" line's issuing organisation ("From: Ministry of Defence and The Rt Hon …"). */
  issuers: Evidence<string>[];
  /** An agency's name on a line alone above the date ("AFP"): whose report the page carries. */
  agencies: Evidence<string>[];
}

/** A labelled date line with a date in digits: "Published 08/02/2024, 01:14", "Updated: 3.2.2024". */
const UNREAD_DATE_LINE = /^(?:(?:first |last )?(?:published|posted|updated|modified)|last updated)\b:?\s*(?:on\s+)?\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/i;

/**
 * Runs the evidence rules over an article's units. A unit whose text is replaced in part (an inline
 * caption) is changed in place.
 *
 * @param keep The editor's keep list: line (block) numbers or exact texts.
 * @param initial Removals made before the units were formed (the leading date token).
 */
export function readEvidence(units: Unit[], keep: readonly (number | string)[], initial: Removal[] = []): Found {
  const removals: Removal[] = [...initial];
  const figures: Figure[] = [];
  const trace: Trace[] = [];
  const marks: (Mark | undefined)[] = [];
  const kept = new Set<number>();
  const keptBack = new Set<number | string>();
  const seen = new Set<string>();
  const bylines: Evidence<Byline>[] = [];
  const copyrights: Evidence<string>[] = [];
  const dates: Evidence<FoundDate>[] = [];
  const updates: Evidence<FoundDate>[] = [];
  // The order the page writes numeric dates in, from those that show it ("31-01-2024"): "08-02-2024" is then read the same way.
  const order = numericOrder(units.map((u) => u.text));
  const issuers: Evidence<string>[] = [];
  const agencies: Evidence<string>[] = [];
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

  const header = mailHeader(units);

  units.forEach((unit, i) => {
    const text = unit.text;
    const entry = keep.find((k) => k === unit.n || (typeof k === 'string' && k.trim() === text) || unit.table?.lines.includes(k as number));
    if (entry !== undefined) {
      kept.add(i);
      keptBack.add(entry);
      return;
    }
    // Read already, with the line above it (a caption under its credit).
    if (marks[i]) return;
    if (unit.pageFurniture) return remove(i, 'page-furniture');
    if (header.has(i)) return remove(i, 'mail-header');
    if (unit.page?.figure) {
      figure(i, unit.page.figure);
      return remove(i, 'photo-caption');
    }
    // Captions that a page labels ("Image source, …", "Image caption, …"), each label maybe on its own line.
    // A picture's catalogue number under its credit ("VIRIN: 240112-A-QT418-1004"): part of the figure.
    if (PICTURE_ID.test(text.trim()) && i > 0 && (marks[i - 1] === 'figure' || creditOnly(units[i - 1]!.text))) return remove(i, 'photo-credit');
    const onlyCredit = creditOnly(text);
    const startsBlock = (j: number): boolean => j < 1 || units[j - 1]!.n < units[j]!.n - 1 || marks[j - 1] === 'removed';
    // A credit over its caption, the two lines a block of their own, as a print edition's text
    // view prints a photo ("KEN ALVAREZ/LEDGER STAFF", then "Marcy Lund holds a photo of her son …").
    const over = onlyCredit ?? slashCreditOnly(text);
    const below = units[i + 1];
    const endsBlock = (j: number): boolean => j + 1 >= units.length || units[j + 1]!.n > units[j]!.n + 1;
    if (over && !pendingCaption && unit.shape === 'line' && startsBlock(i) && below?.shape === 'line' && below.n === unit.n + 1 && endsBlock(i + 1) && wordCount(below.text) <= 60 && /[.!?]["”’)]*$/.test(below.text) && !keep.some((k) => k === below.n || k === below.text.trim())) {
      remove(i, 'photo-credit');
      figure(i + 1, { caption: below.text, credit: over });
      return remove(i + 1, 'photo-caption');
    }
    // A caption over a credit with no label, the two lines a block of their own ("Mourners carry …", "Ayman Yaqoob/Anadolu via Getty Images").
    const bare = over !== undefined && onlyCredit === undefined && unit.shape === 'line' && !pendingCaption ? over : undefined;
    const above = units[i - 1];
    if (bare && above?.shape === 'line' && above.n === unit.n - 1 && startsBlock(i - 1) && endsBlock(i) && !marks[i - 1] && !kept.has(i - 1) && wordCount(above.text) <= 40 && /[.!?]["”’)]*$/.test(above.text)) {
      remove(i - 1, 'photo-caption');
      figure(i - 1, { caption: above.text, credit: bare });
      return remove(i, 'photo-credit');
    }
    if (onlyCredit && unit.shape !== 'heading') {
      // A gallery prints each caption with its credit on the line under it, the two lines a block
      // of their own, perhaps under a counter ("2 / 5", "Smoke rises from a warehouse…", "Photo: Rami Saleh/Gulf Courier").
      // The block may open with the photo's title ("Strike Eagles Over the Region"): a short line with no full stop.
      // A copy may read the block's lines as a list's items, the credit the last of them: still a figure.
      const lineOf = (v: Unit): boolean => v.shape === 'line' || (v.shape === 'item' && unit.shape === 'item' && v.list?.group === unit.list?.group);
      const title = i >= 2 && units[i - 2]!.n === unit.n - 2 && lineOf(units[i - 2]!) && !marks[i - 2] && !kept.has(i - 2) && wordCount(units[i - 2]!.text) <= 8 && !/[.!?:]["”’)]*$/.test(units[i - 2]!.text) && startsBlock(i - 2);
      const block = above !== undefined && above.n === unit.n - 1 && (startsBlock(i - 1) || title);
      if (!pendingCaption && block && lineOf(above) && !marks[i - 1] && !kept.has(i - 1) && wordCount(above.text) <= 40 && /[.!?]["”’)]*$/.test(above.text)) {
        if (title && !startsBlock(i - 1)) remove(i - 2, 'photo-caption');
        remove(i - 1, 'photo-caption');
        figure(i - 1, { caption: above.text, credit: onlyCredit });
        return remove(i, 'photo-credit');
      }
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
        remove(j, 'photo-caption');
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
    // The page's headline is never the repeat: a breadcrumb may end with it above (Joomla's "You are here").
    if (!unit.page?.isHeadline && (seen.has(text) || figures.some((f) => f.caption.length >= 30 && text !== f.caption && text.includes(f.caption)))) return remove(i, 'duplicate-line');
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
    // "From: Ministry of Defence and The Rt Hon Jane Doe MP": who issued a release or a government page.
    const issuer = text.match(/^From:\s+(\p{Lu}[^@<>]{2,150})$/u)?.[1]?.split(/\s+and\s+|,\s*/)[0]?.trim();
    if (issuer && looksLikeOrganisation(issuer)) {
      issuers.push({ value: issuer, line: unit.n, text });
      return remove(i, 'issuer-line');
    }
    const holder = readCopyright(text) ?? readSourceLine(text);
    if (holder) {
      copyrights.push({ value: holder, line: unit.n, text });
      return remove(i, 'copyright');
    }
    // A list item is text, unless it is a line of the byline or the date, as a CMS may list them
    // under the headline ("Published Feb. 6, 2024", "By Senior Airman …" as <li>s).
    if (unit.shape === 'quote' || (unit.shape === 'item' && !readByline(text) && !/^(?:published|posted|updated)\b/i.test(text))) return;
    // "Posted on March 3, 2024 by Ruth Calloway": a date line that ends with its byline.
    // "Jan. 30, 2024 | By Dale Whitford , DOD News |": the date, a separator, then the byline.
    const signed = text.match(/^(.*\d.*?)\s*(?:[|·•]\s*)?\s[Bb]y\s+(\p{Lu}.*?)[\s|·•]*$/u);
    const byline = readByline(text) ?? (signed?.[1] && readDateLine(signed[1]) ? readByline(`By ${signed[2]!.replace(/\s+,/g, ',')} | ${signed[1]}`) : undefined);
    if (byline) {
      marks[i] = 'byline';
      // "By AFP - Jan 29,2024": the agency's report, whose byline names no one; the agency is what it names.
      const agency = text.replace(/^by\s+/i, '').split(/\s+[-–—|·•]\s+|,\s+/)[0]!.trim();
      if (isAgency(agency)) agencies.push({ value: agency, line: unit.n, text });
      else bylines.push({ value: byline, line: unit.n, text });
      const when = byline.rest ? readDateLine(byline.rest, order) : undefined;
      if (when?.published) dates.push({ value: when.published, line: unit.n, text });
      if (when?.updated) updates.push({ value: when.updated, line: unit.n, text });
      return;
    }
    // A dateline block of a statement: "March 3, 2024 – Kessling, Aldermark – Ministry of Defence".
    const segments = text.split(/\s+[–—|·]\s+/);
    const when = readDateLine(text, order) ?? (segments.length >= 2 && segments.length <= 4 && segments.every((s) => wordCount(s) <= 5) ? readDateLine(segments[0]!, order) : undefined);
    // A browser's print stamp: "05/02/2024, 09:12". When the page was printed, not published.
    // An agency's dateline on a line of its own: "Qaranah, Sunday 13 Rajab 1445 AH corresponding to 24 January 2024 (QNA) –".
    const standalone = !when && isStandaloneDateline(text) ? findDates(text).at(-1) : undefined;
    if (standalone) {
      marks[i] = 'date';
      dates.push({ value: standalone, line: unit.n, text });
      return;
    }
    if (PRINT_STAMP.test(text)) {
      marks[i] = 'labelled-date';
      return;
    }
    if (!when && isLabelledTime(text)) {
      marks[i] = 'labelled-date';
      return;
    }
    // A date line whose digits could be read either way ("Published 08/02/2024, 01:14 · Updated …",
    // on a page that prints no other date to show the order): a date line still, its date unread.
    if (!when && UNREAD_DATE_LINE.test(text) && wordCount(text) <= 16) {
      marks[i] = 'labelled-date';
      return;
    }
    if (when || isRelativeTime(text)) {
      const labelled = /\b(?:published|posted|updated|modified|issued|released)\b|\d[:.]\d\d|\bago$/i.test(text);
      marks[i] = labelled ? 'labelled-date' : 'date';
      if (when?.published) dates.push({ value: when.published, line: unit.n, text });
      if (when?.updated) updates.push({ value: when.updated, line: unit.n, text });
    }
  });
  if (pendingCaption) figures.push({ caption: pendingCaption.caption, credit: '', line: pendingCaption.line });
  /** The next unit that is not evidence already taken out of the text (a caption, a duplicate), or the end. */
  const liveAfter = (j: number): number => {
    let k = j + 1;
    while (k < units.length && isRemoved(marks[k])) k++;
    return k;
  };
  // A job title on its own line under a byline is part of it ("By Jane Doe", then "Environment reporter").
  units.forEach((_unit, i) => {
    if (marks[i] !== 'byline') return;
    const next = liveAfter(i);
    const role = units[next];
    // Or where the reporters filed from: "Reporting from Washington and Baghdad".
    const filed = role !== undefined && /^reporting from \p{Lu}[\p{L} ,.'’-]{1,60}$/iu.test(role.text.trim());
    if (role && !marks[next] && !kept.has(next) && role.shape === 'line' && ((isRoleLine(role.text) && wordCount(role.text) <= 5) || filed)) marks[next] = 'byline';
  });
  // An author's chip: her name, then her job title on the line under it ("Mette Kjærgaard-Lind", "Senior Researcher"), above the text.
  if (!bylines.length) {
    const chip = units.findIndex((unit, i) => !marks[i] && !kept.has(i) && unit.shape === 'line' && readNameLine(unit.text) !== undefined && units[i + 1] !== undefined && !marks[i + 1] && units[i + 1]!.shape === 'line' && isRoleLine(units[i + 1]!.text) && wordCount(units[i + 1]!.text) <= 5 && units.slice(0, i).some((_u, k) => marks[k] === 'date' || marks[k] === 'labelled-date'));
    if (chip >= 0) {
      marks[chip] = 'byline';
      marks[chip + 1] = 'byline';
      bylines.push({ value: readNameLine(units[chip]!.text)!, line: units[chip]!.n, text: units[chip]!.text });
    }
  }
  // A columnist's name alone over a line about her that opens with it ("Jane Doe", then "Jane Doe is
  // a former …"), above a date: the byline, with her biography (which the classifier then drops).
  if (!bylines.length) {
    const named = units.findIndex((unit, i) => {
      const next = units[i + 1];
      const name = unit.text.trim();
      return !marks[i] && !kept.has(i) && unit.shape === 'line' && readNameLine(name) !== undefined && next !== undefined && !marks[i + 1] && next.text.startsWith(`${name} `) && /^(?:is|was|has|served|spent|writes|covers|worked)\b/.test(next.text.slice(name.length + 1)) && units.slice(i + 2, i + 5).some((_u, k) => marks[i + 2 + k] === 'date' || marks[i + 2 + k] === 'labelled-date');
    });
    const author = named >= 0 ? readNameLine(units[named]!.text) : undefined;
    if (author) {
      marks[named] = 'byline';
      bylines.push({ value: author, line: units[named]!.n, text: units[named]!.text });
    }
  }
  // "By" on a block of its own, the names in the next ("By", then "Jane Doe and John Roe"): one byline.
  units.forEach((unit, i) => {
    if (marks[i] || kept.has(i) || !/^by:?$/i.test(unit.text.trim())) return;
    const next = liveAfter(i);
    const names = units[next] && (marks[next] === 'byline' || (!marks[next] && !kept.has(next))) ? readByline(`By ${units[next]!.text}`) : undefined;
    if (!names) return;
    marks[i] = 'byline';
    if (marks[next] !== 'byline') {
      marks[next] = 'byline';
      bylines.push({ value: names, line: units[next]!.n, text: units[next]!.text });
    }
  });
  // A name on its own line just above the date is the byline ("Clara Whitfield", then the date),
  // perhaps with the paper's name between them ("Tess Marlowe and Gabe Lindqvist", "Cordell Springs Dispatch", the date).
  const isDate = (j: number): boolean => marks[j] === 'date' || marks[j] === 'labelled-date';
  const isOutlet = (j: number): boolean => !marks[j] && !kept.has(j) && units[j]!.shape === 'line' && copyrights.some((c) => bareName(c.value) === bareName(units[j]!.text));
  units.forEach((unit, i) => {
    if (kept.has(i) || unit.shape !== 'line') return;
    const next = liveAfter(i);
    // An agency's name alone above the date ("Reuters"): the byline of its report, whose agency it
    // names; the names, if any, are in its credits. A short one ("AFP") is also a stray token, marked already.
    if (isDate(next) && isAgency(unit.text.trim())) {
      agencies.push({ value: unit.text.trim(), line: unit.n, text: unit.text });
      marks[i] ??= 'byline';
      return;
    }
    if (marks[i]) return;
    const outlet = next < units.length && isOutlet(next) && isDate(liveAfter(next));
    const name = isDate(next) || outlet ? readNameLine(unit.text) : undefined;
    // A name over a date is no byline when a "By" line naming others follows it closely: over a
    // newsletter's date, "MORNING WIRE" is its masthead, and the story's byline comes with the story.
    const story = name && bylines.some((b) => b.line > unit.n && b.line - unit.n <= 15 && /^by\s/i.test(b.text.trim()) && b.value.names !== name.names);
    if (name && !story) {
      marks[i] = 'byline';
      bylines.push({ value: name, line: unit.n, text: unit.text });
      if (outlet) marks[next] = 'byline';
    }
  });

  return { marks, kept, keptBack, removals, figures, trace, bylines, copyrights, dates, updates, issuers, agencies };
}
