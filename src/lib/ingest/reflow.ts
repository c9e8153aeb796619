/**
 * Hard-wrapped text back into paragraphs. A copy out of a PDF, a plain-text e-mail or a wire
 * service's fixed-width feed breaks every paragraph into lines of about the same width; the rest of
 * ingest reads one paragraph (heading, item, caption) per line. A seed is hard-wrapped when no line
 * runs much past one width and many run close to it and go on into the next line; then each line that runs to that
 * width and is followed by one that goes on is joined to it, across the running header, footer and
 * page number a page break leaves in the middle of a sentence (those stay lines of their own, after
 * the paragraph, for the classifier and the report). Nothing is dropped and no word is changed: a
 * word split by a hyphen at the end of a line is joined without a space and keeps its hyphen
 * ("draw-ing"), since only a dictionary could tell "draw-ing" from "well-known".
 */
import type { Line } from './structure.ts';

/** What reflowing found: the lines (some joined), the wrap width, and how many lines were joined into others. */
export interface Reflowed {
  lines: Line[];
  /** The width the text is wrapped at, in characters; 0 when it is not hard-wrapped. */
  width: number;
  /** How many lines were joined to the line above them. */
  joined: number;
}

/** A page's number as a PDF prints it: "Page 1 of 2", "2/3", "- 4 -". */
const PAGE_NUMBER = /^(?:page\s+\d+(?:\s*(?:of|\/)\s*\d+)?|\d+\s*(?:of|\/)\s*\d+|[-–—]\s*\d+\s*[-–—])$/i;
/** A line that starts a block of its own: a list item, a table row, a quote. */
const OWN_BLOCK = /^(?:[-*•]\s|\d{1,3}[.)]\s|>|\|)/;
/** How many characters short of the width a line may end, its next word still too long for it, and go on into the next line. */
const ROOM = 6;
/** The end of a sentence, with any closing quote or bracket. */
const SENTENCE_END = /[.!?:]["”’)\]]*$/;

/**
 * The line a paragraph goes on into: it starts in lower case or with a figure after a line that
 * ends mid-sentence, or with a capital after a line that ends on a word in lower case ("the
 * villages of the" / "Lyne valley."). A line that ends on a capitalised word and one that starts
 * with one ("Media contact: Dev Rasmussen, Communications Officer" / "Tel: …") are two lines.
 */
function goesOn(above: string, next: string): boolean {
  if (!next || OWN_BLOCK.test(next) || SENTENCE_END.test(above)) return /^\p{Ll}/u.test(next) && !OWN_BLOCK.test(next);
  return /^[\p{Ll}\d("“‘]/u.test(next) || /(?:^|\s)\p{Ll}[\p{L}'’-]*[,;]?$/u.test(above);
}

/** The width a text is wrapped at: the length most long lines come close to without passing, or 0. */
export function wrapWidth(lines: readonly Line[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n > 0);
  if (lengths.length < 8) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  // Browser copies put a paragraph on one line: long lines run far past any fixed width.
  if (width < 40 || width > 100 || lengths.filter((n) => n > width + 8).length > lengths.length * 0.05) return 0;
  // Many lines run to within a quarter of the width and go on into the next line (a copy that
  // puts a paragraph on a line has none: its paragraphs end with their sentences).
  let full = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const here = lines[i]!.text;
    if (here.length >= width * 0.75 && goesOn(here, lines[i + 1]!.text)) full++;
  }
  return full >= 5 && full >= lengths.length * 0.25 ? width : 0;
}

/** Joins the lines of a hard-wrapped text into paragraphs; any other text comes back as it was. */
export function reflow(lines: readonly Line[]): Reflowed {
  const width = wrapWidth(lines);
  if (width === 0) return { lines: [...lines], width: 0, joined: 0 };
  const isFull = (text: string): boolean => text.length >= width * 0.6;
  const running = runningLines(lines, isFull);
  const isPageFurniture = (l: Line): boolean => l.text !== '' && (PAGE_NUMBER.test(l.text) || running.has(l.text));
  const mark = (l: Line): Line => (isPageFurniture(l) ? { ...l, pageFurniture: true } : l);
  const out: Line[] = [];
  let joined = 0;
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    if (isPageFurniture(first) || !isFull(first.text)) {
      out.push(mark(first));
      continue;
    }
    let text = first.text;
    let last = first.text;
    const between: Line[] = [];
    let j = i + 1;
    // Each line that runs to the width takes the next one, while the paragraph goes on.
    while (isFull(last)) {
      // Past a page break: the page's footer, number and the next page's header sit mid-sentence.
      let k = j;
      while (k < lines.length && isPageFurniture(lines[k]!)) k++;
      const next = lines[k];
      // A line the next one's first word would have fitted on, with room to spare, ended where the page ended it.
      if (!next || !goesOn(last, next.text) || last.length + 1 + (next.text.trim().split(/\s+/)[0]?.length ?? 0) + ROOM <= width) break;
      between.push(...lines.slice(j, k).map(mark));
      text = text.endsWith('-') && /^\p{Ll}/u.test(next.text) ? `${text}${next.text}` : `${text} ${next.text}`;
      last = next.text;
      joined++;
      j = k + 1;
    }
    out.push({ n: first.n, text }, ...between);
    i = j - 1;
  }
  return { lines: out, width, joined };
}

/**
 * The running header and footer lines of a paginated text: lines printed on more than one page,
 * word for word, that stand together with a page number or in the middle of a sentence a page
 * break cut (between a line that runs to the width and one that goes on).
 */
function runningLines(lines: readonly Line[], isFull: (text: string) => boolean): Set<string> {
  const count = new Map<string, number>();
  for (const l of lines) if (l.text) count.set(l.text, (count.get(l.text) ?? 0) + 1);
  const candidate = (l: Line | undefined): boolean => l !== undefined && l.text !== '' && (PAGE_NUMBER.test(l.text) || (count.get(l.text) ?? 0) >= 2);
  const running = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (!candidate(lines[i])) continue;
    let j = i;
    while (candidate(lines[j + 1])) j++;
    const group = lines.slice(i, j + 1);
    const above = lines[i - 1];
    const below = lines[j + 1];
    const midSentence = above !== undefined && below !== undefined && isFull(above.text) && goesOn(above.text, below.text);
    if (group.some((l) => PAGE_NUMBER.test(l.text)) || midSentence) for (const l of group) if (!PAGE_NUMBER.test(l.text)) running.add(l.text);
    i = j;
  }
  return running;
}
