/**
 * The comment section: readers' comments and the machinery around them, which follow an article
 * and are not its text. It opens with a header ("12 Comments", "Reader comments (27)", "Join the
 * conversation", "12 thoughts on …") and runs on through the lines a comment section is made of:
 *
 * - its controls: Reply, Report, a like count, "Sort by", "Newest", "Show 3 replies", "Load more";
 * - its notices: moderation, house rules, "Posting as Guest", the comment form's text;
 * - the comments themselves: a name and a time ("greenfingers_77", "2 hours ago", "Jane says:"),
 *   then the reader's words, up to the next control.
 *
 * The section ends at the first line that is none of these and reads as article prose or belongs to
 * the footer (a "Most read" label, a page notice); what follows is classified as any line after the
 * article is, so a sentence there is kept and checked, never dropped unseen. A header counts only
 * when the lines after it show a comment section (a control, a notice, a name and a time), or when
 * no prose follows it at all, and only when more of the page's prose stands before it than after:
 * a comment count in the share bar above the article opens nothing.
 */
import { isRelativeTime } from './dates.ts';
import { isProseBlock, nearest, type Page } from './regions.ts';

/** A header's own words: comments, replies, a discussion. */
const HEADER_WORD = /\b(?:comments?|repl(?:y|ies)|responses?|conversation|discussion|debate|have your say|guestbook|tributes|condolences|webmentions?)\b/i;
/** A header of its words alone: "Conversation", "Readers' comments", "Discussion (4)". */
const BARE_HEADER = /^(?:(?:reader|user|your)s?['’]?\s+)?(?:comments?|repl(?:y|ies)|responses|conversation|discussion|debate|guestbook|tributes|condolences|webmentions)(?:\s*\(?\d+\)?)?$/i;
/** A section that holds no comments: "Comments are closed.", "Commenting has been disabled for this article." */
const CLOSED = /^(?:comments?|commenting|replies)(?:\s+on\s+this\s+(?:article|story|post|page))?\s+(?:are|is|have\s+been|has\s+been)\s+(?:now\s+)?(?:closed|disabled|turned\s+off|switched\s+off|not\s+available)\b/i;
/** A counted header: "12 thoughts on …", "3 responses to …", "8 Comments". */
const COUNTED_HEADER = /^\d+\s+(?:thoughts|responses|replies|comments|reactions|tributes|condolences|webmentions)\b/i;
/** The line that opens one comment: "Jane says:", "Tom wrote:". */
const SAYS = /\b(?:says|said|wrote|writes|commented|replied)\s*(?::|\.\.\.|…)$/i;
/** A comment's author line: "Posted by pebble_dash", a forum post's "Post by reyes0331 » Wed Jan 01, 2020 11:17 am". */
const POSTED_BY = /^(?:posted|written|submitted|post)\s+by\s+\S+(?:\s+\S+){0,3}(?:\s*[»|·]\s*.{4,40})?$/i;
/** A forum reply's subject line: "Re: After K-1: the strikes …". */
const REPLY_SUBJECT = /^re:\s+\S.{0,150}$/i;
/** A forum poster's profile fields, and a post's edit note: "Posts: 388", "Joined: Wed Jan 09, 2019", "Last edited by … in total." */
const PROFILE = /^(?:posts|messages|joined|member since|location|rank|reputation|karma)\s*:\s*\S|^last edited by\b.{1,80}\bedited \d+ times? in total\.?$/i;

/**
 * The wording of a comment section's own notices and form: moderation, house rules, posting. Only
 * wording that describes the section itself, so a paragraph of news about comments is not taken.
 */
const TALK = new RegExp(
  String.raw`\b(?:moderat(?:ed|ion|ors?)|house rules|community (?:guidelines|standards|rules)|posting as|commenting (?:using|as)|(?:post|leave|add|write|submit) an? (?:comment|reply|response)|your (?:comments?|repl(?:y|ies))|comment(?:ing)? (?:policy|guidelines|rules)|be the first to comment|no comments yet|start the conversation|(?:log|sign) in to (?:comment|reply|join)|comments? (?:below|above|are (?:moderated|checked|reviewed|closed|open|welcome))|share what you think|what do you think|have your say|(?:next time|before) I comment|email address will not be published|sign (?:the|our|a|this) (?:guest ?book|book of condolence)|(?:light|leave) a (?:candle|tribute)|(?:leave|share|add|post) (?:a |your )?(?:tribute|condolences|memories)|(?:by )?send(?:ing)? (?:a |us a )?webmention|reply from your own site)\b`.replace(/ /g, String.raw`\s+`),
  'i',
);

/** One control of a thread. Written whole-line: a control is a button, never part of a sentence. */
const CONTROL = new RegExp(
  [
    String.raw`(?:reply|quote|post reply|report|report abuse|report (?:this )?comment|flag(?:\s+as\s+inappropriate|\s+comment)?|like|share|permalink|edit|edited|delete|upvote|downvote|recommend|(?:load|show|see)(?:\s+\d+)?\s+more)`,
    String.raw`(?:top|all|featured|newest|oldest|recent|best|latest)\s+comments`,
    String.raw`(?:likes?|upvotes?|votes?|points?|recommends?)\s*\(?\d+\)?`,
    String.raw`\d+\s*(?:likes?|repl(?:y|ies)|points?|votes?|upvotes?|recommends?|reactions?|reposts?|mentions?|tributes?|condolences|candles?)`,
    String.raw`(?:view|show|hide|load|see|read)\s+(?:all\s+)?(?:\d+\s+)?(?:more\s+|older\s+|newer\s+|earlier\s+|previous\s+)?(?:repl(?:y|ies)|comments?|responses?|tributes?|condolences|webmentions?)`,
    String.raw`(?:older|newer|more|earlier|previous|next)\s+(?:comments?|repl(?:y|ies)|responses)`,
    String.raw`sort(?:\s+by)?(?:\s*:\s*\S+(?:\s\S+)?)?`,
    String.raw`showing\s+\d+(?:\s*[-–]\s*\d+)?\s+of\s+\d+\s+(?:comments?|repl(?:y|ies)|responses)`,
    String.raw`(?:newest|oldest|latest)(?:\s+first)?|best|top|(?:most|least)\s+(?:liked|recent|popular|replied|recommended|upvoted|voted)|(?:best|worst|highest|lowest)\s+rated`,
  ]
    .map((p) => `^(?:${p})$`)
    .join('|'),
  'i',
);

/** A time a comment was posted, at the end of a name line: "pebble_dash · 3 hours ago", "Jo, 5h". */
const TRAILING_TIME = /(?:^|[·•|,]\s*)(?:\d+\s*(?:s|m|h|d|w|mins?|hrs?|hours?|days?|weeks?|months?|years?)(?:\s+ago)?|yesterday|just now)$/i;

/** Words of a label that starts the footer's lists ("Most read", "Trending in Opinion", "More from …"). */
const FOOTER_LABEL = /\b(?:most (?:read|popular|viewed|shared)|trending|popular|recommended|related|latest (?:news|stories)|top stories|more (?:from|on|in|stories))\b/i;

/** True for a line of thread controls, alone or joined by separators ("Reply · Report · 4 likes"). */
export function isCommentControl(text: string): boolean {
  const parts = text
    .trim()
    .replace(/\s*[›»→]+$/u, '')
    .split(/\s*[|·•∙]\s*/)
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => CONTROL.test(p));
}

/** True for a header that may open a comment section (the lines after it decide). */
export function isCommentHeader(page: Page, i: number): boolean {
  const text = page.units[i]!.text.trim();
  const f = page.features[i]!;
  if (COUNTED_HEADER.test(text) || SAYS.test(text) || CLOSED.test(text) || REPLY_SUBJECT.test(text)) return true;
  if (f.words > 6 || !HEADER_WORD.test(text)) return false;
  // A short line of interface words, or one with a count: "Comments", "Reader comments (27)", "Join the conversation".
  return page.classes[i] === 'bad' || /\d/.test(text) || /\bhave your say\b/i.test(text) || BARE_HEADER.test(text);
}

/** True for the line that opens one comment: its author's "says:", or the time it was posted. */
function isCommentMeta(page: Page, j: number): boolean {
  // "2 days ago edited": the time, and a note that the reader changed the comment since.
  const text = page.units[j]!.text.trim().replace(/\s+\(?edited\)?$/i, '');
  const mark = page.marks[j];
  // A date alone ("Jun 29, 2021"), even one removed as a repeat of the article's own date, is a comment's time.
  const dateOnly = /^(?:\p{Lu}[a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} \p{Lu}[a-z]{2,8},? \d{4})$/u.test(text);
  return SAYS.test(text) || POSTED_BY.test(text) || PROFILE.test(text) || mark === 'date' || mark === 'labelled-date' || dateOnly || isRelativeTime(text) || TRAILING_TIME.test(text) || /^@[\w.]+$/.test(text);
}

/** True for a block of prose: what a reader's comment, and the article, are made of. */
function isProse(page: Page, j: number): boolean {
  const f = page.features[j]!;
  return isProseBlock(page, j) || (page.classes[j] !== 'short' && page.classes[j] !== 'bad' && f.functionShare >= 0.22);
}

/** A control that closes one comment: Reply, Report, a like count (not Share or Sort, which other bars have too). */
const CLOSING = /^(?:reply|report|report abuse|flag|like|upvote|downvote|recommend|(?:likes?|upvotes?|votes?|points?|recommends?)\s*\(?\d+\)?|\d+\s*(?:likes?|repl(?:y|ies)|points?|votes?|upvotes?|recommends?))$/i;

/** A comment's vote count on a line of its own: "7". */
const VOTES = /^\d{1,5}$/;

/** A comment is at most this many blocks of prose. */
const MAX_COMMENT_BLOCKS = 3;

/** True when the prose at j is closed by a comment's own control (Reply, Report, a like count) within a few blocks. */
function closedByControl(page: Page, j: number): boolean {
  let blocks = 1;
  for (let k = j + 1; k < page.units.length; k++) {
    const parts = page.units[k]!.text.trim().split(/\s*[|·•∙]\s*/).filter(Boolean);
    if (parts.length > 0 && parts.some((p) => CLOSING.test(p)) && isCommentControl(page.units[k]!.text)) return true;
    if (!page.live(k) || VOTES.test(page.units[k]!.text.trim())) continue;
    if (!isProse(page, k) || ++blocks > MAX_COMMENT_BLOCKS) return false;
  }
  return false;
}

/** A line of a forum poster's block above a reply: a profile field, a control, or a bare user name. */
function isAboveReply(page: Page, k: number): boolean {
  const text = page.units[k]!.text.trim();
  return PROFILE.test(text) || isCommentControl(text) || (page.units[k]!.shape === 'line' && /^[\p{L}\p{N}_.-]{2,30}(?: [\p{L}\p{N}_.-]{1,30}){0,2}$/u.test(text) && !page.features[k]!.endsSentence);
}

/** The characters of prose in blocks from `from` up to `to` (exclusive). */
function proseChars(page: Page, from: number, to: number): number {
  let sum = 0;
  for (let k = from; k < to; k++) if (page.live(k) && isProseBlock(page, k)) sum += page.features[k]!.chars;
  return sum;
}

/** The blocks of the comment section that header i opens, walking on from it, and whether any showed a thread. */
function walk(page: Page, i: number): { blocks: number[]; signals: number; reachedEnd: boolean; unsigned: number } {
  const { units, features } = page;
  const blocks = [i];
  let signals = 0;
  let inComment = false;
  let signed = false;
  // Characters of prose taken for comments on the strength of a Reply button alone, with no name or time above.
  let unsigned = 0;
  for (let j = i + 1; j < units.length; j++) {
    const text = units[j]!.text.trim();
    if (isCommentControl(text)) {
      // A removed duplicate ("Reply" again) still closes a comment.
      inComment = false;
      signed = false;
      signals++;
      if (page.live(j)) blocks.push(j);
      continue;
    }
    if (!page.live(j)) {
      // A removed duplicate of a comment's time ("2 days ago" again) still opens a comment.
      if (isCommentMeta(page, j)) {
        inComment = true;
        signed = true;
      }
      continue;
    }
    const f = features[j]!;
    // A bare vote count between a comment and its controls ("7", then "Reply").
    if (inComment && VOTES.test(text)) {
      blocks.push(j);
      continue;
    }
    if (isCommentMeta(page, j)) {
      inComment = true;
      signed = true;
      signals++;
    } else if (TALK.test(text) && f.words <= 40) {
      signals++;
    } else if (isProse(page, j)) {
      if (!inComment && !closedByControl(page, j)) return { blocks, signals, reachedEnd: false, unsigned };
      if (!signed) unsigned += f.chars;
      inComment = true;
    } else if (f.notices.length > 0 || (f.words <= 6 && !f.endsSentence && FOOTER_LABEL.test(text))) {
      return { blocks, signals, reachedEnd: false, unsigned };
    }
    blocks.push(j);
  }
  return { blocks, signals, reachedEnd: true, unsigned };
}

/**
 * The blocks of the page's comment section, from its header on; empty when there is none. Only a
 * header after the article's first prose is considered.
 */
export function commentSection(page: Page): number[] {
  const { units } = page;
  // A page may hold more than one: a "Leave a comment" prompt under the post, and the thread further down.
  const found: number[] = [];
  for (let i = 1; i < units.length; i++) {
    if (!page.live(i) || !isCommentHeader(page, i)) continue;
    const before = proseChars(page, 0, i);
    if (before === 0) continue;
    const { blocks, signals, reachedEnd, unsigned } = walk(page, i);
    const last = blocks.at(-1)!;
    const after = proseChars(page, last + 1, units.length);
    if ((signals > 0 || reachedEnd || after === 0) && after + unsigned < before) {
      // A forum reply's poster stands above its subject: the name, "Posts: 388", "Joined: …", and the post above's likes.
      if (REPLY_SUBJECT.test(units[i]!.text.trim())) {
        for (let k = nearest(page, i, -1); k >= 0 && isAboveReply(page, k); k = nearest(page, k, -1)) blocks.unshift(k);
      }
      found.push(...blocks.filter((b) => !found.includes(b)));
      i = Math.max(i, last);
    }
  }
  return found;
}
