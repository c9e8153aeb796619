/**
 * The structure of raw text: which lines are list items, which make a table, which are quotes, and
 * back again from kept blocks to the body's blocks (headings, paragraphs, lists, tables, quotes).
 * Lists: lines that start with "-", "*" or "•" (a bare marker takes the next line as its item),
 * numbered "1." "2." lines, or a list a copy lost its bullets from (see `bareListAfter`). Tables: GFM pipe tables, and the tab-separated rows a browser copies.
 */
import type { Unit } from './units.ts';
import { wordCount } from './rules.ts';
import { functionWordCount, interfaceScore, words } from './words.ts';

/** A block of article body. `line` is the 1-based line of the seed (or block of the page) it starts on. */
export type Block =
  | { kind: 'heading'; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'quote'; text: string; line: number }
  | { kind: 'list'; items: string[]; line: number; ordered?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][]; line: number };

/** One line of raw text, numbered from 1. */
export interface Line {
  /** 1-based line number. */
  n: number;
  /** The line, trimmed. */
  text: string;
  /** A running header, footer or page number of a paginated copy (see `reflow.ts`). */
  pageFurniture?: boolean;
}

/** A list item's bullet; a row of them alone ("* * * * *", "- - -") is a separator, not an item. */
const BULLET = /^(?![-*•](?:\s*[-*•]){2,}\s*$)[-*•](\s|$)/;
const NUMBERED = /^(\d{1,3})[.)]\s+(\S.*)$/;
const TABLE_DELIMITER = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

/** True for a line that reads like a title or heading: short, and not the end of a sentence. */
export function isTitleLike(text: string, maxWords = 25): boolean {
  return wordCount(text) <= maxWords && text.length <= 180 && !/[.,;:]$/.test(text) && !/^[-*•]/.test(text);
}

/** A body heading is shorter still and starts with a capital or digit. */
function isHeadingLike(text: string): boolean {
  return isTitleLike(text, 12) && /^[\p{Lu}\d]/u.test(text) && !/[”"’]$/.test(text);
}

/** Splits a pipe-table row into cells (a `\|` inside a cell stays a pipe). */
export function tableCells(row: string): string[] {
  const trimmed = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/** A line that introduces a list: a clause of three words or more with a function word, ending in a colon ("Each household will receive:"). */
function isListIntro(text: string): boolean {
  const list = words(text);
  // One weak interface word may stand in it ("Three things over the next month:").
  const ui = interfaceScore(text, list);
  return /:$/.test(text) && list.length >= 3 && functionWordCount(list) > 0 && !ui.strong && ui.score <= 0.5;
}

/**
 * A line that can be an item of a list without bullets: a few words to two dozen, no sentence's
 * end, no strong interface word and at most one weak one ("Date of the next meeting").
 */
function isBareItem(text: string): boolean {
  const list = words(text);
  const ui = interfaceScore(text, list);
  return list.length >= 2 && list.length <= 25 && !/[.!?:]["”’)]*$/.test(text) && !BULLET.test(text) && !NUMBERED.test(text) && !text.includes('|') && !ui.strong && ui.score <= 0.5;
}

/**
 * The items of a list that continue the sentence introducing it, each closed by a semicolon and the
 * last by a full stop ("support the investigation;", "continue to work with …; and", "hold
 * accountable those who attack …."): each starts with a small letter, so none is a sentence of its own.
 */
function isSemicolonList(lines: string[]): boolean {
  return lines.every((t, k) => /^\p{L}/u.test(t) && words(t).length <= 60 && (k < lines.length - 1 ? /;(?:\s+(?:and|or))?$/.test(t) : /[.;]$/.test(t)));
}

/**
 * A list whose bullets a browser's copy dropped: under a line that introduces it with a colon
 * (directly, or past one blank line), two or more lines that run together as a copy gives a list's
 * items, each an item and none a sentence, or each a clause of the introducing sentence closed by a
 * semicolon. Returns how many lines after `i` are its items (0: none).
 */
function bareListAfter(body: Line[], i: number, spaced = false): number {
  if (!isListIntro(body[i]!.text)) return 0;
  const first = i + 1;
  if (first >= body.length || body[first]!.n - body[i]!.n > 2) return 0;
  let end = first + 1;
  while (end < body.length && body[end]!.n === body[end - 1]!.n + 1) end++;
  const run = body.slice(first, end).map((l) => l.text);
  // Every line up to the blank line is an item, or none is: a paragraph may follow a colon too.
  // In a text whose paragraphs stand apart, sentences that run together under the colon are its items too.
  return run.length >= 2 && (run.every(isBareItem) || isSemicolonList(run) || (spaced && run.every(isSentenceItem))) ? run.length : 0;
}

/** A short heading with no colon that can head a list: one to four words, a capital first, no sentence's end, no interface words ("Sources", "Line-ups"); not itself a labelled line ("Section: NEWS; Pg. 7" heads a record's fields, not a list). */
function isListHeading(text: string): boolean {
  const list = words(text);
  return list.length >= 1 && list.length <= 4 && /^\p{Lu}/u.test(text) && !/[.!?:;,]["”’)]*$/.test(text) && !LABELLED_ITEM.test(text) && interfaceScore(text, list).score === 0;
}

/** A line of a labelled list: "Referee: Mark Ellery.", "Harbury Town: Pell; Stubbs, Kerr" — a short label, a colon, its value. */
const LABELLED_ITEM = /^\p{Lu}[^:.!?]{0,40}: \S/u;
/** A line of a list of sources: parts separated by commas, ending with a year ("Example Council, Waste Policy, May 2025"). */
const CITATION_ITEM = /^\p{Lu}[^.!?]*,[^.!?]*\b(?:1[5-9]|20)\d\d\)?\.?$/u;

/**
 * A list under a heading with no colon ("Sources", "Line-ups"): two or more lines directly below it,
 * up to the blank line, each a labelled line or a citation (the forms only a list's items take, so
 * a run of headlines under "Most read" is never one). Returns how many lines after `i` are its items.
 */
function headedListAfter(body: Line[], i: number, spaced = false): number {
  if (!isListHeading(body[i]!.text)) return 0;
  // In a text whose paragraphs stand apart, sentences that run together under the heading ("Key points") are its items.
  let end = i + 1;
  while (end < body.length && body[end]!.n === body[end - 1]!.n + 1) end++;
  if (spaced && end - i - 1 >= 2 && (body.slice(i + 1, end).every((l) => isSentenceItem(l.text)) || body.slice(i + 1, end).every((l) => isPointItem(l.text)))) return end - i - 1;
  let k = i + 1;
  // A date line ("Published: Tue 16 Feb 2021, 6:31 PM") is the page's metadata, never a list's item.
  const dated = (text: string): boolean => /^(?:first )?(?:published|updated|last updated|posted|modified|date)\s*:/i.test(text) || /^(?:\p{Lu}[a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{Lu}[a-z]{2,8}\s+\d{4})$/u.test(text.trim());
  while (k < body.length && body[k]!.n === body[k - 1]!.n + 1 && words(body[k]!.text).length <= 30 && !dated(body[k]!.text) && (LABELLED_ITEM.test(body[k]!.text) || CITATION_ITEM.test(body[k]!.text) || isReferenceItem(body[k]!.text))) k++;
  const count = k - i - 1;
  const runsOn = k < body.length && body[k]!.n === body[k - 1]!.n + 1;
  return count >= 2 && !runsOn ? count : 0;
}

/** A box's point that its page prints without a full stop: a capital first, eight to forty words of prose, no interface phrase. */
function isPointItem(text: string): boolean {
  const list = words(text);
  const ui = interfaceScore(text, list);
  return list.length >= 8 && list.length <= 40 && /^\p{Lu}/u.test(text) && !/[.!?:]["”’)]*$/.test(text) && functionWordCount(list) >= 2 && !BULLET.test(text) && !NUMBERED.test(text) && !text.includes('|') && ui.phrases === 0 && ui.score / list.length < 0.15;
}

/** A sentence short enough to be a list's item: three to forty words, closed by a full stop, no interface phrase and few interface words. */
function isSentenceItem(text: string): boolean {
  const list = words(text);
  const ui = interfaceScore(text, list);
  return list.length >= 3 && list.length <= 40 && /^\p{Lu}/u.test(text) && /[.!?]["”’)]*$/.test(text) && !BULLET.test(text) && !NUMBERED.test(text) && !text.includes('|') && ui.phrases === 0 && ui.score / list.length < 0.15;
}

/**
 * A list of sentences whose bullets a copy dropped, in a text that separates its paragraphs by
 * blank lines: three or more sentences on lines that run together, a blank line before and after
 * ("Ask, don't assume.", "Write anyway, even if it's boring.", …). Returns how many lines from `i`
 * are its items (0: none).
 */
function sentenceRun(body: Line[], i: number): number {
  let end = i + 1;
  while (end < body.length && body[end]!.n === body[end - 1]!.n + 1) end++;
  const run = body.slice(i, end);
  return run.length >= 3 && (run.every((l) => isSentenceItem(l.text)) || run.every((l) => isDatedItem(l.text)) || run.every((l) => isReferenceItem(l.text)) || run.every((l) => isTimedItem(l.text)) || run.every((l) => NOTE_ITEM.test(l.text))) ? run.length : 0;
}

/** A wiki's note, opened by the caret that links back to where it is cited: "^ Harriet Lowe, …", "↑ …". */
const NOTE_ITEM = /^[\^↑]\s+\S.{2,}/u;

/** A chapter of a recording: its time, a dash, then its title ("03:12 – The Tower 22 attack", "1:02:45 - Questions"). */
const TIMED_ITEM = /^(?:\d{1,2}:)?\d{1,2}:\d{2}\s+[–—-]\s+\S/u;

/** A line that is a recording's chapter: its time, a dash, a title of one to twenty words, no interface phrase. */
function isTimedItem(text: string): boolean {
  const list = words(text);
  return TIMED_ITEM.test(text) && list.length >= 2 && list.length <= 22 && interfaceScore(text, list).phrases === 0;
}

/** A dated entry of a chronology: "Oct. 26, 2023: strikes on two facilities …", "3 March 2024: …". */
const DATED_ITEM = /^(?:\p{Lu}[a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} \p{Lu}[a-z]{2,8} \d{4}|\p{Lu}[a-z]{2,8}\.? \d{4}): \S/u;

/** A line that is a chronology's entry: a date, a colon, then a few words to forty, no interface phrase. */
function isDatedItem(text: string): boolean {
  const list = words(text);
  return DATED_ITEM.test(text) && list.length >= 5 && list.length <= 40 && interfaceScore(text, list).phrases === 0;
}

/** The date a reference ends with: ", Oct. 26, 2023", ", Jan. 20–24, 2024", ", 3 March 2024", ", March 2024", ", 2019". */
const REFERENCE_DATE = /,\s+(?:\p{Lu}[a-z]{2,8}\.? \d{1,2}(?:[–-]\d{1,2})?, \d{4}|\d{1,2}(?:[–-]\d{1,2})? \p{Lu}[a-z]{2,8} \d{4}|\p{Lu}[a-z]{2,8}\.? \d{4}|\d{4})$/u;

/** A line of a sources list: who, what, then the date, without a full stop ("U.S. Department of Defense, statement on strikes in Iraq, Dec. 25, 2023"). */
function isReferenceItem(text: string): boolean {
  const list = words(text);
  return REFERENCE_DATE.test(text) && /^\p{Lu}/u.test(text) && list.length >= 3 && list.length <= 30 && interfaceScore(text, list).phrases === 0;
}

/** Turns the non-empty lines of an article into units: lines, list items, tables and quotes. */
export function unitsFromLines(lines: Line[]): Unit[] {
  const body = lines.filter((l) => l.text);
  // A text whose paragraphs stand apart: five or more long lines with a blank line before and after.
  const spaced = body.filter((l, k) => wordCount(l.text) >= 12 && (k === 0 || body[k - 1]!.n < l.n - 1) && (k === body.length - 1 || body[k + 1]!.n > l.n + 1)).length >= 5;
  const units: Unit[] = [];
  let group = 0;
  for (let i = 0; i < body.length; i++) {
    const line = body[i]!;
    if (line.pageFurniture) {
      units.push({ n: line.n, text: line.text, shape: 'line', pageFurniture: true });
      continue;
    }
    const next = body[i + 1];
    // A bare marker between two short fragments, no blank line around it ("Story by Jane Doe", "•",
    // "11 Apr 2025", "•", "3 min read"), separates the parts of a line the copy broke up: a line of its own.
    const prev = body[i - 1];
    const fragment = (l: Line | undefined): boolean => l !== undefined && wordCount(l.text) <= 8 && !/[.!?:;]["”’)]*$/.test(l.text) && !BULLET.test(l.text);
    if (/^[-*•]$/.test(line.text) && prev?.n === line.n - 1 && fragment(prev) && next?.n === line.n + 1 && fragment(next)) {
      units.push({ n: line.n, text: line.text, shape: 'line' });
      continue;
    }
    if (BULLET.test(line.text)) {
      group++;
      while (i < body.length && BULLET.test(body[i]!.text)) {
        let item = body[i]!.text.replace(/^[-*•]\s*/, '');
        let n = body[i]!.n;
        // A bare marker: the item's text is the next line.
        if (!item && i + 1 < body.length && !BULLET.test(body[i + 1]!.text)) {
          i++;
          item = body[i]!.text;
          n = body[i]!.n;
        }
        if (item) units.push({ n, text: item, shape: 'item', list: { group, ordered: false } });
        i++;
      }
      i--;
      continue;
    }
    const numbered = line.text.match(NUMBERED);
    if (numbered?.[1] === '1' && body[i + 1]?.text.match(NUMBERED)?.[1] === '2') {
      group++;
      for (let k = 1; i < body.length && body[i]!.text.match(NUMBERED)?.[1] === String(k); k++, i++) {
        units.push({ n: body[i]!.n, text: body[i]!.text.match(NUMBERED)![2]!, shape: 'item', list: { group, ordered: true } });
      }
      i--;
      // Its last item may introduce a list of its own ("3. The facilities struck were:", then the facilities).
      const under = bareListAfter(body, i);
      if (under > 0) {
        group++;
        for (const item of body.slice(i + 1, i + 1 + under)) units.push({ n: item.n, text: item.text, shape: 'item', list: { group, ordered: false } });
        i += under;
      }
      continue;
    }
    if (line.text.includes('|') && next && TABLE_DELIMITER.test(next.text)) {
      const header = tableCells(line.text);
      const rows: string[][] = [];
      const numbers = [line.n, next.n];
      for (i += 2; i < body.length && body[i]!.text.includes('|'); i++) {
        rows.push(tableCells(body[i]!.text));
        numbers.push(body[i]!.n);
      }
      i--;
      units.push({ n: line.n, text: line.text, shape: 'table', table: { header, rows, lines: numbers } });
      continue;
    }
    // Pipe rows a copy lost the delimiter row of: three or more lines in a row (no blank line between),
    // each of the same two or more cells, numbers in some ("Jan–Jun 2022 | 27 | 4 | 3").
    const width = line.text.includes('|') ? tableCells(line.text).length : 0;
    let k = i;
    while (width >= 2 && k + 1 < body.length && body[k + 1]!.n === body[k]!.n + 1 && body[k + 1]!.text.includes('|') && tableCells(body[k + 1]!.text).length === width) k++;
    if (k - i + 1 >= 3 && body.slice(i + 1, k + 1).some((l) => /\d/.test(l.text))) {
      units.push({ n: line.n, text: line.text, shape: 'table', table: { header: tableCells(line.text), rows: body.slice(i + 1, k + 1).map((l) => tableCells(l.text)), lines: body.slice(i, k + 1).map((l) => l.n) } });
      i = k;
      continue;
    }
    const tabs = line.text.split('\t').length;
    if (tabs >= 2 && next && next.text.split('\t').length === tabs) {
      const cells = (text: string): string[] => text.split('\t').map((c) => c.trim());
      const header = cells(line.text);
      const rows: string[][] = [];
      const numbers = [line.n];
      for (i += 1; i < body.length && body[i]!.text.split('\t').length === tabs; i++) {
        rows.push(cells(body[i]!.text));
        numbers.push(body[i]!.n);
      }
      i--;
      units.push({ n: line.n, text: line.text.replace(/\t/g, ' | '), shape: 'table', table: { header, rows, lines: numbers } });
      continue;
    }
    if (/^>\s?/.test(line.text)) {
      units.push({ n: line.n, text: line.text.replace(/^>\s?/, ''), shape: 'quote' });
      continue;
    }
    const sentenceItems = spaced && prev?.n !== line.n - 1 ? sentenceRun(body, i) : 0;
    if (sentenceItems > 0) {
      group++;
      for (const item of body.slice(i, i + sentenceItems)) units.push({ n: item.n, text: item.text, shape: 'item', list: { group, ordered: false } });
      i += sentenceItems - 1;
      continue;
    }
    units.push({ n: line.n, text: line.text, shape: 'line' });
    const items = bareListAfter(body, i, spaced) || headedListAfter(body, i, spaced);
    if (items > 0) {
      group++;
      for (const item of body.slice(i + 1, i + 1 + items)) units.push({ n: item.n, text: item.text, shape: 'item', list: { group, ordered: false } });
      i += items;
    }
  }
  return units;
}

/** The text a following unit shows to the heading test, as the raw line read. */
function probe(unit: Unit | undefined): string | undefined {
  if (!unit) return undefined;
  if (unit.shape === 'item') return `- ${unit.text}`;
  if (unit.shape === 'table') return `${unit.table?.header.join(' | ')} |`;
  return unit.text;
}

/**
 * Groups kept units into body blocks. A raw-text line is a heading when it is short, has no closing
 * full stop and the next line is not one too; a saved page's headings are its `h2`–`h6`.
 */
export function blocksFromUnits(units: Unit[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (unit.shape === 'item') {
      const items: string[] = [];
      const { group, ordered } = unit.list!;
      while (i < units.length && units[i]!.shape === 'item' && units[i]!.list?.group === group) items.push(units[i++]!.text);
      i--;
      blocks.push(ordered ? { kind: 'list', items, line: unit.n, ordered } : { kind: 'list', items, line: unit.n });
    } else if (unit.shape === 'table' && unit.table) {
      blocks.push({ kind: 'table', header: unit.table.header, rows: unit.table.rows, line: unit.n });
    } else if (unit.shape === 'quote') {
      blocks.push({ kind: 'quote', text: unit.text, line: unit.n });
    } else if (unit.shape === 'heading' || (!unit.page && isHeadingLike(unit.text) && probe(units[i + 1]) !== undefined && !isHeadingLike(probe(units[i + 1])!))) {
      blocks.push({ kind: 'heading', text: unit.text, line: unit.n });
    } else {
      blocks.push({ kind: 'paragraph', text: unit.text, line: unit.n });
    }
  }
  return blocks;
}
