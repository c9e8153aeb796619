/**
 * Photo captions. Scraped pages repeat a photo's caption (once per image size); we keep one, as a
 * figure with its credit. A caption is recognised by its credit, never by its wording.
 */
import { LICENSING_NOTE } from './rules.ts';

/** A caption split into its text and its credit. */
export interface CaptionParts {
  /** The caption as written, without the credit. */
  caption: string;
  /** The photographer or agency, as written ("Department of Defense via AP"). */
  credit: string;
  /** A licensing note that was cut off the end, if any (reported as furniture). */
  licensing?: string;
}

const AGENCY = String.raw`(?:AP|AFP|Reuters|REUTERS|EPA|Getty Images|Anadolu|Xinhua|SANA|IRNA|WANA)`;

/** `(Department of Defense via AP)`, `(AP)`, `(AFP)` at the end of a line. */
const PAREN_CREDIT = new RegExp(String.raw`\s*\(((?:[^()]*\bvia\s+)?${AGENCY}(?:\s+Photo[^()]*)?|[^()]*\/${AGENCY}|${AGENCY}\/[^()]*)\)\s*$`);

/** `(credit: THAIER AL-SUDANI/REUTERS)` at the end of a line. */
const CREDIT_LABEL = /\s*\((?:credit|photo|photo credit|image):\s*([^()]+)\)\s*$/i;

/** `REUTERS/Stringer` at the end of a line. */
const SLASH_CREDIT = new RegExp(String.raw`\s+(${AGENCY}\/[\p{L}. -]+?)\s*$`, 'u');

/**
 * Splits a line that ends with a photo credit into caption and credit.
 *
 * @returns The parts, or undefined when the line carries no credit.
 */
export function splitCredit(line: string): CaptionParts | undefined {
  let text = line.trim();
  let licensing: string | undefined;
  const note = text.match(LICENSING_NOTE);
  if (note) {
    licensing = note[0].trim();
    text = text.slice(0, note.index).trimEnd();
  }
  for (const pattern of [CREDIT_LABEL, PAREN_CREDIT, SLASH_CREDIT]) {
    const m = text.match(pattern);
    if (m && m.index !== undefined && m[1]) {
      const parts: CaptionParts = { caption: text.slice(0, m.index).trim(), credit: m[1].trim() };
      if (licensing) parts.licensing = licensing;
      return parts;
    }
  }
  return undefined;
}

/** Sentence boundaries good enough to find where an inline caption starts. */
export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"‘(])/u);
}

/** A caption's dateline: "July 25, 2014". */
const DATELINE = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b/;

/**
 * Finds a caption that a scraper glued to the end of a paragraph ("… the Iraqi government. Iraqi
 * Shi'ite men wave flags … in Baghdad. July 25, 2014 (credit: THAIER AL-SUDANI/REUTERS)"). The
 * caption is the sentence that carries the credit, and the one before it when that sentence is
 * only a dateline.
 *
 * @returns The paragraph text without the caption, and the caption, or undefined.
 */
export function splitInlineCaption(paragraph: string): { rest: string; parts: CaptionParts } | undefined {
  if (!CREDIT_LABEL.test(paragraph)) return undefined;
  const parts = sentences(paragraph.trim());
  if (parts.length < 2) return undefined;
  let take = 1;
  if (DATELINE.test(parts[parts.length - 1] ?? '') && parts.length >= 3) take = 2;
  const captionText = parts.slice(-take).join(' ');
  const credit = splitCredit(captionText);
  if (!credit) return undefined;
  return { rest: parts.slice(0, -take).join(' '), parts: credit };
}
