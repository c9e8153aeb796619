/**
 * Parsing a raw seed into articles: where each article starts, which lines are furniture, and what
 * each remaining line is (title, standfirst, heading, paragraph, list, table, quote, caption).
 * Every line of the seed ends up in exactly one place: the article, a figure, or the report.
 */
import { splitCredit, splitInlineCaption, type CaptionParts } from './captions.ts';
import { DATE_TOKEN, isCommentFormLine, matchLineRule, opensCommentForm, type RuleId, wordCount } from './rules.ts';

/** A block of article body. `line` is the 1-based line of the seed it starts on. */
export type Block =
  | { kind: 'heading'; text: string; line: number }
  | { kind: 'paragraph'; text: string; line: number }
  | { kind: 'quote'; text: string; line: number }
  | { kind: 'list'; items: string[]; line: number }
  | { kind: 'table'; header: string[]; rows: string[][]; line: number };

/** A photo kept from the page: its caption and credit. */
export interface Figure extends CaptionParts {
  /** The seed line the caption was read from. */
  line: number;
}

/** A line (or part of a line) that did not go into the article, and why. */
export interface Removal {
  /** 1-based line in the seed. */
  line: number;
  /** The text removed, as written. */
  text: string;
  /** The rule that removed it. */
  rule: RuleId;
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
}

interface Line {
  n: number;
  text: string;
}

/** True for a line that reads like a title or heading: short, and not the end of a sentence. */
export function isTitleLike(text: string, maxWords = 25): boolean {
  return wordCount(text) <= maxWords && text.length <= 180 && !/[.,;:]$/.test(text) && !/^[-*•]/.test(text);
}

/** A body heading is shorter still and starts with a capital or digit. */
function isHeadingLike(text: string): boolean {
  return isTitleLike(text, 12) && /^[\p{Lu}\d]/u.test(text) && !/[”"’]$/.test(text);
}

const TABLE_DELIMITER = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/;

/** Splits a pipe-table row into cells (a `\|` inside a cell stays a pipe). */
export function tableCells(row: string): string[] {
  const trimmed = row.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * Finds where articles start. An article opens with a "masthead": a title line that the page
 * repeats within a few lines, with only captions or stray tokens between the copies. The first
 * article starts at the top of the file whether or not it has one.
 */
export function findArticleStarts(lines: Line[]): number[] {
  const starts = [0];
  for (let i = 1; i < lines.length; i++) {
    const first = lines[i]?.text ?? '';
    if (!first || !isTitleLike(first) || splitCredit(first)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 10); j++) {
      const other = lines[j]?.text ?? '';
      if (other === first) {
        const between = lines.slice(i + 1, j).map((l) => l.text);
        const hasBodyBefore = lines.slice(0, i).some((l) => l.text && wordCount(l.text) > 12 && !splitCredit(l.text));
        if (hasBodyBefore && between.every((t) => !t || splitCredit(t) || matchLineRule(t) === 'stray-token')) {
          starts.push(i);
        }
        break;
      }
      if (other && !splitCredit(other) && matchLineRule(other) !== 'stray-token') break;
    }
  }
  return starts;
}

/** Parses the decoded text of one seed into its articles. */
export function parseSeed(text: string): ParsedArticle[] {
  const lines: Line[] = text.split('\n').map((raw, i) => ({ n: i + 1, text: raw.trim() }));
  const starts = findArticleStarts(lines);
  return starts.map((start, k) => parseArticle(lines.slice(start, starts[k + 1] ?? lines.length), k + 1));
}

function parseArticle(lines: Line[], part: number): ParsedArticle {
  const removals: Removal[] = [];
  const figures: Figure[] = [];
  const kept: Line[] = [];
  const seen = new Set<string>();
  let statedDate: string | undefined;
  let inCommentForm = false;

  for (const line of lines) {
    let text = line.text;
    if (!text) continue;
    if (kept.length === 0 && figures.length === 0 && !statedDate) {
      const m = text.match(DATE_TOKEN);
      if (m) {
        statedDate = m[1];
        removals.push({ line: line.n, text: m[0].trim(), rule: 'date-metadata' });
        text = text.slice(m[0].length);
      }
    }
    if (inCommentForm || opensCommentForm(text)) {
      inCommentForm = inCommentForm || opensCommentForm(text);
      if (isCommentFormLine(text)) {
        removals.push({ line: line.n, text, rule: 'comment-form' });
        continue;
      }
      inCommentForm = false;
    }
    // A lone "-" opens a list item whose text is on the next line: structure, not furniture.
    if (/^[-*•]$/.test(text)) {
      kept.push({ n: line.n, text });
      continue;
    }
    if (seen.has(text)) {
      removals.push({ line: line.n, text, rule: 'duplicate-line' });
      continue;
    }
    seen.add(text);
    const rule = matchLineRule(text);
    if (rule) {
      removals.push({ line: line.n, text, rule });
      continue;
    }
    const credit = splitCredit(text);
    if (credit && wordCount(credit.caption) >= 3 && !splitInlineCaption(text)) {
      figures.push({ ...credit, line: line.n });
      removals.push({ line: line.n, text: credit.licensing ? text.slice(0, text.lastIndexOf(credit.licensing)).trim() : text, rule: 'photo-caption' });
      if (credit.licensing) removals.push({ line: line.n, text: credit.licensing, rule: 'agency-licensing-note' });
      continue;
    }
    const inline = splitInlineCaption(text);
    if (inline) {
      figures.push({ ...inline.parts, line: line.n });
      removals.push({ line: line.n, text: text.slice(inline.rest.length).trim(), rule: 'photo-caption' });
      text = inline.rest;
    }
    kept.push({ n: line.n, text });
  }

  const first = kept[0];
  let title: ParsedArticle['title'];
  let body = kept;
  if (first && isTitleLike(first.text) && kept.length > 1) {
    title = { text: first.text, source: 'first-line', line: first.n };
    body = kept.slice(1);
  } else {
    const sentence = (first?.text ?? '').split(/(?<=[.!?])\s+/)[0] ?? '';
    title = { text: sentence.replace(/[.!?]$/, ''), source: 'first-sentence', line: first?.n ?? 0 };
  }
  const article: ParsedArticle = { part, title, figures, blocks: [], removals };
  if (statedDate) article.statedDate = statedDate;
  const second = body[0];
  if (title.source === 'first-line' && second && isTitleLike(second.text) && wordCount(second.text) > 6) {
    article.standfirst = { text: second.text, line: second.n };
    body = body.slice(1);
  }
  article.blocks = toBlocks(body);
  return article;
}

/** Groups body lines into blocks: lists, tables, quotes, headings and paragraphs. */
function toBlocks(body: Line[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < body.length; i++) {
    const line = body[i] as Line;
    const next = body[i + 1];
    if (/^[-*•](\s|$)/.test(line.text)) {
      const items: string[] = [];
      const start = line.n;
      while (i < body.length && /^[-*•](\s|$)/.test(body[i]?.text ?? '')) {
        let item = (body[i]?.text ?? '').replace(/^[-*•]\s*/, '');
        // A bare marker: the item's text is the next line.
        if (!item && i + 1 < body.length && !/^[-*•](\s|$)/.test(body[i + 1]?.text ?? '')) {
          i++;
          item = body[i]?.text ?? '';
        }
        if (item) items.push(item);
        i++;
      }
      i--;
      blocks.push({ kind: 'list', items, line: start });
      continue;
    }
    if (line.text.includes('|') && next && TABLE_DELIMITER.test(next.text)) {
      const header = tableCells(line.text);
      const rows: string[][] = [];
      i += 2;
      while (i < body.length && (body[i]?.text ?? '').includes('|')) {
        rows.push(tableCells(body[i]?.text ?? ''));
        i++;
      }
      i--;
      blocks.push({ kind: 'table', header, rows, line: line.n });
      continue;
    }
    if (/^>\s?/.test(line.text)) {
      blocks.push({ kind: 'quote', text: line.text.replace(/^>\s?/, ''), line: line.n });
      continue;
    }
    if (isHeadingLike(line.text) && next && !isHeadingLike(next.text)) {
      blocks.push({ kind: 'heading', text: line.text, line: line.n });
      continue;
    }
    blocks.push({ kind: 'paragraph', text: line.text, line: line.n });
  }
  return blocks;
}
