/**
 * Photo captions. Scraped pages repeat a photo's caption (once per image size); we keep one, as a
 * figure with its credit. A caption is recognised by its credit or its label ("Image caption,"),
 * never by its wording. The credit forms are the ones news pages print: "(AP)", "(Department of
 * Defense via AP)", "(credit: NAME/REUTERS)", "REUTERS/Stringer", "Photograph: Jane Doe/EPA",
 * "(Photo by Jane Doe/Getty Images)", and a separate "Image source, Getty Images" line.
 */
import { LICENSING_NOTE, wordCount } from './rules.ts';

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

/** A name as credits write it: capitalised words, initials, slashes (spaced or not: "Owen Tarrant / Example Review"), "via", "for", "and", "&" ("Sam Ortiz for Harbour & Field"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}.'’&-]*(?:(?: ?\/ ?|[ -])(?:via|for|and|&|of|de|al|el|van|von|\p{Lu}[\p{L}\p{N}.'’&-]*|\p{N}+(?:\.\p{N}+)?))*`;

/** Words that label a credit: "Photo:", "Photograph by", "Illustration:", "Map:", "Credit:", "Image source,". */
const LABEL = String.raw`(?:(?:file|handout|courtesy) photo|(?:satellite|aerial) (?:image(?:ry)?|photo(?:graph)?)|photo(?:graph)?s?|pictures?|pic|images?|illustrations?|graphics?|maps?|charts?|artwork|drawings?|credit|photo credit|image source|picture source|photo source)`;

/** "… in a file image. — AFP", "… on Monday. – Jane Doe/Reuters": an agency's credit after a dash, past the caption's full stop. */
const DASH_CREDIT = new RegExp(String.raw`(?<=[.!?”"’])\s+[—–]\s*((?:[^—–]*\bvia\s+)?${AGENCY}|\p{Lu}[\p{L}.'’ -]*\/\s?${AGENCY})\s*$`, 'u');

/** "… in Baghdad on Saturday Credit: Jane Doe/Agency": a copy that runs a caption's "Credit:" label into its text. */
const RUN_IN_CREDIT = new RegExp(String.raw`(?<=\p{Ll})\s+(?:Credit|Photo credit|Photograph|Picture):\s*(${NAME})\s*$`, 'u');

/** `(Department of Defense via AP)`, `(AP)`, `(AFP)`, `( Getty Images )` at the end of a line. */
const PAREN_CREDIT = new RegExp(String.raw`\s*\(\s*((?:[^()]*\bvia\s+)?${AGENCY}(?:\s+Photo[^()]*)?|[^()]*\/${AGENCY}|${AGENCY}\/[^()]*)\s*\)\s*$`);

/** `(credit: THAIER AL-SUDANI/REUTERS)`, `(Photo by Jane Doe/Getty Images)` at the end of a line. */
const CREDIT_LABEL = new RegExp(String.raw`\s*\(${LABEL}(?::|,|\s+by)\s*([^()]+)\)\s*$`, 'iu');

/** `(U.S. Air Force photo by Staff Sgt. Jane Doe)`, `(Courtesy photo by …)`: a military or agency credit, whole, at the end of a line. */
const OWNER_PHOTO_BY = new RegExp(String.raw`(?<=[.!?”"’]\s*)\(((?:[\p{Lu}][\p{L}.'’&-]*\s+){0,5}(?:photo|photograph|image|illustration|graphic|video still)s?\s+by\s+[^()]{2,80})\)\s*$`, 'u');

/** `… in Baghdad. Photograph: Jane Doe/EPA` or `… Photo: Jane Doe` after the caption's last sentence. */
const TRAILING_LABEL = new RegExp(String.raw`(?<=[.!?”"’)]\s*|^)\s*${LABEL}(?::|,|\s+by)\s*(${NAME})\s*$`, 'iu');

/** `(Jane Doe/Bloomberg)`, `(Jane Doe for The Daily Example)` after the caption's last sentence. */
const PAREN_NAME = new RegExp(String.raw`(?<=[.!?”"’]\s*)\((${NAME}(?:\/|\s+(?:via|for)\s+)${NAME}|\p{Lu}{2,6})\)\s*$`, 'u');

/** `(Example Pictures)`, `(Tigris Images)`: a photo agency's name alone, by the word such names end with, after the caption's last sentence. */
const PAREN_PHOTO_AGENCY = new RegExp(String.raw`(?<=[.!?”"’]\s*)\((\p{Lu}[\p{L}'’&.-]*(?:\s\p{Lu}[\p{L}'’&.-]*){0,3}\s(?:Pictures|Images|Photos|Photography|Pics|Imaging))\)\s*$`, 'u');

/** `… on Wednesday night. / Jane Doe, Example Lens`: a credit after a spaced slash, past the caption's last sentence (a name, then its agency after a comma). */
const SPACED_SLASH = new RegExp(String.raw`(?<=[.!?”"’])\s+\/\s+(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3})?)\s*$`, 'u');

/** `Photograph: Jane Doe/Agency. Caption …`: a labelled credit that opens the caption, closed by a full stop. */
const LEADING_LABEL = new RegExp(String.raw`^(?:[Pp]hoto(?:graph)?s?|PHOTO(?:GRAPH)?S?|[Pp]ictures?|[Ii]mages?|[Cc]redit)(?::|,)\s*(${NAME})\.\s+(\p{Lu}.+[.!?]["”’)]*)$`, 'u');

/** `REUTERS/Stringer`, `REUTERS/Jane Doe/File Photo` at the end of a line. */
const SLASH_CREDIT = new RegExp(String.raw`\s+(${AGENCY}\/[\p{L}. -]+?(?:\/[\p{L}. -]+?)?)\s*$`, 'u');

/** `Jane Doe/AFP` after the caption's last sentence. */
const SLASH_NAME = new RegExp(String.raw`(?<=[.!?”"’]\s+)(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\/\s?\p{Lu}[\p{L}.&'’ -]*?)\s*$`, 'u');

/**
 * Splits a line that ends with a photo credit into caption and credit.
 *
 * @returns The parts, or undefined when the line carries no credit.
 */
export function splitCredit(line: string): CaptionParts | undefined {
  let text = line.trim();
  // The credit first, as some galleries print it: "Photograph: Jane Doe/Agency. Smoke rises over …".
  const lead = text.match(LEADING_LABEL);
  if (lead?.[1] && lead[2] && wordCount(lead[2]) >= 3) return { caption: lead[2], credit: lead[1] };
  let licensing: string | undefined;
  const note = text.match(LICENSING_NOTE);
  if (note) {
    licensing = note[0].trim();
    text = text.slice(0, note.index).trimEnd();
  }
  for (const pattern of [CREDIT_LABEL, OWNER_PHOTO_BY, PAREN_CREDIT, DASH_CREDIT, SLASH_CREDIT, TRAILING_LABEL, RUN_IN_CREDIT, PAREN_NAME, PAREN_PHOTO_AGENCY, SPACED_SLASH, SLASH_NAME]) {
    const m = text.match(pattern);
    if (m && m.index !== undefined && m[1]) {
      // A gallery's counter in front of the caption ("Item 1 of 2", "[1/2]") is not part of it.
      const caption = text.slice(0, m.index).trim().replace(/^(?:(?:item|photo|image|picture|slide)\s+)?\[?\d{1,3}\s*(?:of|\/)\s*\d{1,3}\]?\s+/i, '');
      // A credit's closing full stop ("Image: Jane Doe.") ends the sentence, not the name (an initial keeps its own: "J. R.").
      const parts: CaptionParts = { caption, credit: m[1].trim().replace(/(?<=\p{Ll}{2})\.$/u, '') };
      if (licensing) parts.licensing = licensing;
      return parts;
    }
  }
  return undefined;
}

/** A line that is only a credit: "Image source, Getty Images", "Photo: Jane Doe/AFP", "© Jane Doe/AFP". */
export function creditOnly(line: string): string | undefined {
  if (LEADING_LABEL.test(line.trim())) return undefined;
  // "Courtesy of the Halloran Institute": the whole line is the credit, as the page words it.
  const courtesy = line.trim().match(/^(?:(?:photo|image|picture) )?courtesy(?: of)? (?:the )?\p{Lu}[\p{L}.'’&-]*(?: (?:of|and|the|\p{Lu}[\p{L}.'’&-]*)){0,6}$/iu);
  if (courtesy) return line.trim();
  const m = line.trim().match(new RegExp(String.raw`^${LABEL}(?::|,|\s+by:?|\.{3}|…)\s*(${NAME})$`, 'iu'));
  // "© Karim Odeh/Levant Images": a picture's copyright, photographer and outlet, no year (a page's own copyright line has one).
  return m?.[1] ?? line.trim().match(/^(?:©|\(c\))\s?(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s?\/\s?\p{Lu}[\p{L}.&'’ -]*)$/u)?.[1];
}

/** A line that is only a photographer and outlet joined by a slash: "Rosa Delgado/Public Radio". */
export function slashCreditOnly(line: string): string | undefined {
  return line.trim().match(/^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\/\s?\p{Lu}[\p{L}.&'’ -]*)$/u)?.[1];
}

/** A control that works a picture rather than describing it: "Enlarge this image", "toggle caption". */
export function isPictureControl(line: string): boolean {
  return /^(?:enlarge|expand|hide|show|toggle|view|open)\b.{0,20}\b(?:images?|photos?|pictures?|captions?|gallery)$/i.test(line.trim());
}

/**
 * A line that is only a labelled caption: "Image caption, Firefighters at the scene". A bare label
 * ("Image caption,") gives "", and the caption is the next line: pages hide the label visually, and
 * a copy puts it on a line of its own.
 */
export function labelledCaption(line: string): string | undefined {
  return line.trim().match(/^(?:image|photo|picture|media|video)?\s*caption[,:]\s*(.*)$/i)?.[1];
}

/** Sentence boundaries good enough to find where an inline caption starts. */
export function sentences(text: string): string[] {
  // Not after a title, a rank or an initial: "Spc. Aubrey Kessler", "Lt. Col. Renee Sandoval", "J. R. Doe".
  return text.split(/(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Sen|Rep|Gov|Gen|Col|Lt|Maj|Capt|Cpt|Sgt|Spc|Cpl|Pvt|Pfc|Adm|Cmdr|Brig|Sgt\. Maj|St|Jr|Sr|No|Nos|Vol|Fig|[A-Z]))(?<=[.!?][”"’)]?)\s+(?=[A-Z“"‘(])/u);
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
  // The credit's sentence may hold only a dateline or only the credit: the caption starts before it.
  const last = parts[parts.length - 1] ?? '';
  if (DATELINE.test(last) || wordCount(last.replace(CREDIT_LABEL, '')) < 3) take = 2;
  if (parts.length - take < 1) return undefined;
  // What stays must be a paragraph, not a word cut off the caption.
  if (wordCount(parts.slice(0, -take).join(' ')) < 4) return undefined;
  const captionText = parts.slice(-take).join(' ');
  const credit = splitCredit(captionText);
  if (!credit) return undefined;
  return { rest: parts.slice(0, -take).join(' '), parts: credit };
}
