/**
 * The boxes a page sets into or beside its article, each found by its structure, never by its
 * words alone: an embedded social post's header, a sign-up box, an appeal box, a sponsor's box, an
 * editor's note to the reader and an excerpt box.
 *
 * Excerpt boxes: a box that shows the start of another page and links to the whole of it — a paid
 * family notice beside an obituary, a listing, a profile — rather than the article. In a raw copy it
 * is a run of lines with no blank line between them, opened by a short label ("Funeral notice",
 * "Family announcement"), holding a text cut off with "…", and closed by the link to the whole
 * ("View full notice", "Read the full listing") and the box's own buttons. All three must be there,
 * so a paragraph that quotes a notice, or a sentence that trails off, is never taken for one.
 */
import { isProseBlock, nearest, type Page } from './regions.ts';

/** The link to the whole of what the box excerpts: "View full notice", "Read the full announcement", "See full profile". */
const FULL_LINK = /^(?:view|read|see|open|show)\s+(?:the\s+)?(?:full|whole|complete|entire)\s+\p{L}+(?:\s+\p{L}+)?$/iu;
/** A text cut off by the box: it ends with an ellipsis. */
const CUT_OFF = /(?:…|\.\.\.)["”’)]*$/u;
/** A box's label: a short line with no sentence's end, starting with a capital. */
const LABEL = /^\p{Lu}[^.!?:;]*$/u;

/** The last line of the run of raw lines that line i opens, with no blank line between them (a saved page's blocks have their markup, and make no run). */
function runEnd(units: Page['units'], i: number): number {
  let k = i;
  while (k + 1 < units.length && !units[k + 1]!.page && units[k + 1]!.n === units[k]!.n + 1) k++;
  return k;
}

/** The blocks of the excerpt boxes of a raw copy after its first prose (empty when there are none). */
export function excerptBoxes(page: Page): number[] {
  const { units, features } = page;
  const out: number[] = [];
  const firstProse = units.findIndex((_u, i) => isProseBlock(page, i));
  if (firstProse < 0) return out;
  let i = firstProse + 1;
  while (i < units.length) {
    const k = runEnd(units, i);
    const run = units.slice(i, k + 1).map((_u, d) => i + d);
    const label = run[0]!;
    const link = run.findIndex((j) => FULL_LINK.test(units[j]!.text.trim()));
    const opened = !units[label]!.page && LABEL.test(units[label]!.text.trim()) && features[label]!.words <= 4;
    const cut = link > 1 && run.slice(1, link).some((j) => CUT_OFF.test(units[j]!.text.trim()));
    // The box's buttons after the link ("Send flowers", "Share") are short lines with no sentence in them.
    if (opened && cut) out.push(...run.filter((j, d) => d <= link || (features[j]!.words <= 4 && !features[j]!.endsSentence)));
    i = k + 1;
  }
  return out;
}

/** A form's e-mail field, maybe with its button: "Email address", "Your email", "Enter your e-mail", "Enter your email address Sign up". */
export const EMAIL_FIELD = /^(?:your |enter (?:your )?|type your )?e-?mail(?: address)?(?:\.{3}|…)?\*?:?(?:\s+(?:sign up|subscribe|submit|join|go))?$/i;
/**
 * A site's box about itself after the comment section, as a blog's sidebar follows the post
 * ("About the FRG", then what the group is; "About me", then "I'm Kelsey: …"): a heading "About …"
 * past three blocks or more of comments (a saved page's comment landmark, or the comment section
 * a copy's lines make), and the blocks under it up to the next heading or blank line.
 */
export function aboutBoxes(page: Page, comments: ReadonlySet<number>): Set<number> {
  const { units, features } = page;
  const out = new Set<number>();
  let form = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.page?.landmark === 'comment' || comments.has(i)) form++;
    const label = u.shape === 'heading' || (!u.page && u.shape === 'line' && !features[i]!.endsSentence);
    if (form < 3 || u.page?.landmark || !label || features[i]!.words > 5 || !/^About\b/.test(u.text.trim())) continue;
    out.add(i);
    for (let j = i + 1; j < units.length && units[j]!.shape !== 'heading' && !units[j]!.page?.landmark && (u.page || units[j]!.n === units[j - 1]!.n + 1); j++) out.add(j);
  }
  return out;
}

/** A sign-up box's button, alone on its line. */
const SIGN_UP_BUTTON = /^(?:sign (?:me )?up|subscribe(?: now| for free)?|join(?: now)?|count me in)$/i;
/** Runs of two lines or more that touch (no blank line between) and each pass `entry`: [first, end) pairs. */
function touchingRuns(page: Page, entry: (j: number) => boolean): [number, number][] {
  const { units } = page;
  const runs: [number, number][] = [];
  for (let i = 0; i < units.length; i++) {
    let j = i;
    while (j < units.length && entry(j) && (j === i || units[j]!.n === units[j - 1]!.n + 1)) j++;
    if (j - i >= 2) runs.push([i, j]);
    i = Math.max(i, j - 1);
  }
  return runs;
}

/**
 * A print edition's index of its pages, a run of two lines or more that each end with a page
 * ("Iran vows revenge as thousands mourn, A4", "Who was Qassem Soleimani? A4"), with its label
 * straight above ("INSIDE").
 */
export function pageIndexBoxes(page: Page): Set<number> {
  const { units, features } = page;
  const out = new Set<number>();
  const isRef = (j: number): boolean => page.live(j) && units[j]!.shape === 'line' && features[j]!.words <= 14 && PAGE_REF.test(units[j]!.text.trim());
  for (const [i, j] of touchingRuns(page, isRef)) {
    for (let k = i; k < j; k++) out.add(k);
    const label = i - 1;
    if (label >= 0 && page.live(label) && units[label]!.n === units[i]!.n - 1 && features[label]!.words <= 3 && !features[label]!.endsSentence) out.add(label);
  }
  return out;
}

/**
 * A table of contents: a run of two numbered lines or more ("1 Origins", "2.1 The 2021 strikes"),
 * each naming a heading printed later on a line of its own, with its label ("Contents", "On this
 * page") and its toggle ("hide") above.
 */
export function contentsBoxes(page: Page): Set<number> {
  const { units, features } = page;
  const out = new Set<number>();
  const texts = units.map((u) => u.text.trim());
  const entry = (j: number): boolean => {
    const name = texts[j]!.match(/^\d{1,2}(?:\.\d{1,2})*\.?\s+(\S.{0,80})$/)?.[1];
    return page.live(j) && units[j]!.shape !== 'table' && name !== undefined && texts.some((t, k) => k > j + 1 && t === name);
  };
  for (const [i, j] of touchingRuns(page, entry)) {
    for (let k = i; k < j; k++) out.add(k);
    for (let k = i - 1; k >= 0 && k >= i - 2 && units[k]!.n >= units[i]!.n - 2 && features[k]!.words <= 4 && (CONTENTS_LABEL.test(texts[k]!) || CONTENTS_TOGGLE.test(texts[k]!)); k--) out.add(k);
  }
  return out;
}

const CONTENTS_LABEL = /^(?:contents|table of contents|on this page|in this (?:article|page|story|guide)|jump to(?: section)?)$/i;
const CONTENTS_TOGGLE = /^\[?(?:hide|show|toggle|collapse|expand)\]?$/i;

/** A page of a print edition at the end of a line, after a comma, a question mark or "page": ", A4", "? B6", " page C2". */
const PAGE_REF = /(?:,|[?!]|\s(?:page|p\.))\s*[A-H]\d{1,2}$/i;

/** Words of a sign-up box's pitch: "Sign up for the morning briefing". */
const SIGN_UP_WORDS = /\b(?:sign up|subscribe|newsletter|inbox|round-?up|briefing|digest|updates)\b/i;

/**
 * A sign-up box: its e-mail field, the button under it, and the pitch above it when its words say
 * so ("Sign up for …") or when the box's name stands over it ("The Dispatch from Abroad", then "Our
 * correspondents on the week's stories, every Friday.").
 */
export function signUpBoxes(page: Page): Set<number> {
  const { units, features } = page;
  const out = new Set<number>();
  // A box with no e-mail field in the copy: its name, its pitch and its button ("Sign up for The
  // Example Dispatch", "Our best reporting, twice a week.", "Sign up").
  units.forEach((u, b) => {
    if (!page.live(b) || !SIGN_UP_BUTTON.test(u.text.trim())) return;
    const pitch = nearest(page, b, -1);
    const name = pitch >= 0 ? nearest(page, pitch, -1) : -1;
    if (name < 0 || features[pitch]!.words > 30 || features[name]!.words > 8 || features[name]!.endsSentence || !SIGN_UP_WORDS.test(units[name]!.text) || units[b]!.n - units[name]!.n > 4) return;
    for (const k of [name, pitch, b]) out.add(k);
  });
  units.forEach((u, f) => {
    if (!page.live(f) || !EMAIL_FIELD.test(u.text.trim())) return;
    out.add(f);
    const button = nearest(page, f, 1);
    // The button says what it does ("Subscribe", "Sign up", "Go"): a crosshead after the box is no button.
    const isButton = (j: number): boolean => features[j]!.interfaceShare >= 0.5 || /^(?:sign (?:me )?up|submit|join|go|send|register|get (?:it|the newsletter)|count me in)\b/i.test(units[j]!.text.trim());
    if (button >= 0 && features[button]!.words <= 4 && !features[button]!.endsSentence && units[button]!.n - u.n <= 2 && isButton(button)) out.add(button);
    const pitch = nearest(page, f, -1);
    if (pitch < 0) return;
    if (SIGN_UP_WORDS.test(units[pitch]!.text)) out.add(pitch);
    const name = nearest(page, pitch, -1);
    if (name >= 0 && features[pitch]!.words <= 30 && features[name]!.words <= 6 && !features[name]!.endsSentence && units[name]!.shape === 'line' && /^\p{Lu}/u.test(units[name]!.text)) {
      out.add(pitch);
      out.add(name);
    }
  });
  return out;
}

/** An embedded post's link to its platform, on a line of its own: "See more on Facebook", "View this post on Instagram". */
const PLATFORM_LINK = /^(?:view|see)(?: this| more)?(?: (?:post|video|photo|reel|profile|tweet|thread))? on (?:x|twitter|instagram|facebook|tiktok|youtube|threads|bluesky|linkedin|mastodon)$/i;
/** What an embedded post's header shows besides the name: its time ("8 April at 15:40", "2h") or the poster's handle. */
const EMBED_STAMP = /\b\d{1,2}[:.]\d{2}\b|^@[\w.]+$|^\d{1,2}[smhdw]$/;

/**
 * The headers of social posts embedded in the story: the poster's name and the post's time stand
 * above its text, the platform's link ("See more on Facebook") below it. The text is what the story
 * quotes; the header is the embed's, and counts only with a time or a handle in it.
 */
export function embedHeaders(page: Page): Set<number> {
  const { units, features, classes } = page;
  const out = new Set<number>();
  units.forEach((u, p) => {
    if (!page.live(p) || !PLATFORM_LINK.test(u.text.trim())) return;
    const post = nearest(page, p, -1);
    if (post < 0 || !features[post]!.endsSentence) return;
    const header: number[] = [];
    for (let j = nearest(page, post, -1); j >= 0 && header.length < 3 && features[j]!.words <= 6 && !features[j]!.endsSentence && classes[j] !== 'good'; j = nearest(page, j, -1)) header.push(j);
    if (header.some((j) => EMBED_STAMP.test(units[j]!.text))) for (const j of header) out.add(j);
  });
  return out;
}

/**
 * Boxes outside the article that end in a notice only a page words (a reader-revenue appeal's
 * "please support us today"): the box's short heading ("Before you go …") and the pitch between it
 * and the notice, at most two blocks, all outside the article Readability found.
 */
export function noticeBoxes(page: Page): Set<number> {
  const { units, features, marks } = page;
  const out = new Set<number>();
  units.forEach((u, k) => {
    if (!page.live(k) || !u.page || u.page.inArticle || !features[k]!.firmNotice) return;
    const box: number[] = [];
    for (let j = nearest(page, k, -1); j >= 0 && box.length < 3 && units[j]!.page && !units[j]!.page!.inArticle && !units[j]!.page!.landmark && !marks[j]; j = nearest(page, j, -1)) {
      box.push(j);
      if (features[j]!.words <= 6 && !/[.!?:]["”’]?$/.test(units[j]!.text.trim())) {
        for (const b of box) out.add(b);
        break;
      }
    }
  });
  return out;
}

/** A sponsor's label on a line of its own, with no name after it: "PRESENTED BY", "Sponsored by", "Brought to you by:". */
const SPONSOR_LABEL = /^(?:presented|sponsored|brought to you|underwritten|paid for) by:?$/i;

/**
 * A sponsor's box in a raw copy (a newsletter's advertiser): its label alone on a line, then the
 * lines under it up to the blank line (the sponsor's name, its pitch, its button), at most four,
 * none a paragraph's length. A label with a blank line under it opens no box.
 */
export function sponsorBoxes(page: Page): Set<number> {
  const { units, features } = page;
  const out = new Set<number>();
  units.forEach((u, i) => {
    if (u.page || !page.live(i) || !SPONSOR_LABEL.test(u.text.trim())) return;
    const k = runEnd(units, i);
    const box = units.slice(i + 1, k + 1);
    if (box.length === 0 || box.length > 4 || box.some((_v, d) => features[i + 1 + d]!.words > 30)) return;
    for (let j = i; j <= k; j++) out.add(j);
  });
  return out;
}

/** A greeting to the reader opening a note: "Good morning, and …", "Hello readers,", "Dear subscribers,", "Welcome to Morning Wire." */
const GREETING = /^(?:(?:good (?:morning|afternoon|evening)|hello|hi|hey|greetings|dear)(?: [\p{L}'’]+){0,3}|welcome (?:back )?to [^.!?]{2,40})[,.!]/iu;
/** A signature on a line of its own, after a dash: "— Ellen Marsh, newsletter editor", "– Sam". */
const SIGNATURE = /^[—–-]\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s*[^.!?]{2,60})?$/u;

/**
 * An editor's note to the reader (a newsletter's greeting above the stories it carries): a block
 * that opens with a greeting, up to the signature that closes it, at most three blocks further on.
 * A greeting without its signature (a quote, a speech) is no note.
 */
export function readerNotes(page: Page): Set<number> {
  const { units } = page;
  const out = new Set<number>();
  units.forEach((u, i) => {
    if (!page.live(i) || !GREETING.test(u.text.trim())) return;
    const note = [i];
    for (let j = nearest(page, i, 1); j >= 0 && note.length <= 3; j = nearest(page, j, 1)) {
      note.push(j);
      if (SIGNATURE.test(units[j]!.text.trim())) {
        for (const k of note) out.add(k);
        return;
      }
    }
  });
  return out;
}
