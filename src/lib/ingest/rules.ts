/**
 * Page furniture: the lines a web page wraps around an article (share buttons, comment forms,
 * teasers, stray tokens). Each rule is general — it describes a kind of line, never a file — and
 * every line a rule removes is listed in the ingest report under the rule's id.
 */

/** The id of a rule, as printed in the report. */
export type RuleId =
  | 'date-metadata'
  | 'duplicate-line'
  | 'stray-token'
  | 'machine-translation-notice'
  | 'advertisement'
  | 'share-cookie-newsletter'
  | 'teaser'
  | 'comment-form'
  | 'agency-licensing-note'
  | 'photo-caption';

/** What each rule removes, for the report's legend and the editor's guide. */
export const RULES: Record<RuleId, string> = {
  'date-metadata': 'a leading "date YYYY-MM-DD" token: it becomes the published date',
  'duplicate-line': 'a line that repeats an earlier line of the same article (repeated titles and captions)',
  'stray-token': 'a line of one to three capital letters or lone punctuation, such as "TT"',
  'machine-translation-notice': 'a machine-translation notice such as "Powered by automated translation"',
  advertisement: 'an "Advertisement" or "Sponsored" label',
  'share-cookie-newsletter': 'a share, cookie or newsletter line',
  teaser: 'a "Read more" or "Related" teaser',
  'comment-form': 'a comment or log-in form, from "Leave a Reply" to the end of the article',
  'agency-licensing-note': 'a photo agency licensing note such as "NO RESALES. NO ARCHIVES."',
  'photo-caption': 'a photo caption: kept once, as the figure caption with its credit',
};

/** A short line: furniture rules only ever match short lines, never paragraphs of prose. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const LINE_RULES: { id: RuleId; test: (text: string) => boolean }[] = [
  { id: 'stray-token', test: (t) => /^(?:[A-Z]{1,3}|[^\p{L}\p{N}\s-]{1,3})$/u.test(t) },
  {
    id: 'machine-translation-notice',
    test: (t) =>
      wordCount(t) <= 8 &&
      /^(?:powered by (?:automated|automatic|machine) translation|(?:this (?:article|text|content) (?:was|is|has been) )?(?:automatically|machine)[ -]translated)\b/i.test(
        t,
      ),
  },
  { id: 'advertisement', test: (t) => /^(?:advertisement|advert|sponsored(?: content)?|ad|scroll to continue)$/i.test(t) },
  {
    id: 'share-cookie-newsletter',
    test: (t) =>
      wordCount(t) <= 14 &&
      /^(?:share(?: this(?: article| story)?)?(?: on \w+)?|tweet|email|print|copy link|follow us\b.*|subscribe\b.*|sign up\b.*newsletter.*|(?:get|receive) our newsletter.*|newsletter\b.*|we use cookies\b.*|(?:accept|reject|manage)(?: all)? cookies|cookie (?:settings|policy|preferences))$/i.test(
        t,
      ),
  },
  {
    id: 'teaser',
    test: (t) =>
      wordCount(t) <= 16 && /^(?:read more|read also|also read|related(?: articles| stories| coverage)?|recommended|more from\b.*|most read|you may (?:also )?like)\b\s*:?/i.test(t),
  },
];

/** The first line rule that matches a line, if any (duplicates and comment forms are found elsewhere). */
export function matchLineRule(text: string): RuleId | undefined {
  return LINE_RULES.find((rule) => rule.test(text))?.id;
}

/** The line that opens a comment form; everything after it in the article is the form. */
export function opensCommentForm(text: string): boolean {
  return /^(?:leave a (?:reply|comment)|post a comment|add a comment|\d+ comments?|comments?)$/i.test(text);
}

/** A line that can belong to a comment or log-in form (short, or one of the known form sentences). */
export function isCommentFormLine(text: string): boolean {
  return (
    wordCount(text) <= 12 ||
    /^(?:fill in your details|you are commenting using|connecting to|notify me|log in|cancel reply)/i.test(text)
  );
}

/** The leading date token of some scraped texts: `date 2023-12-26 The US …`. */
export const DATE_TOKEN = /^date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

/** A photo agency's licensing note at the end of a caption. */
export const LICENSING_NOTE = /\s*\bNO RESALES\.\s*NO ARCHIVES\.?\s*$/;
