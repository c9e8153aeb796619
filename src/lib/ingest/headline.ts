/**
 * Finding the headline and the standfirst. The headline is the headline-shaped line (a few words to
 * a couple of dozen, no closing full stop, not furniture, not part of a menu) nearest above the
 * byline, the date or the first paragraph; when several such lines stand together there (a kicker,
 * the headline, one or two standfirst lines), it is the first of five words or more and the line
 * under it, if long enough, is the standfirst. A standfirst that ends with a full stop is taken when
 * it sits between the headline and the byline or date.
 */
import { isStandaloneDateline } from './metadata.ts';
import { isHeadlineShaped, type Features } from './features.ts';
import type { BlockClass } from './classify.ts';
import { isRemoved, type Mark, type Unit } from './units.ts';
import { isFunctionWord, words } from './words.ts';

/** What the headline finder needs to know about each block. */
export interface HeadlineInput {
  units: Unit[];
  features: Features[];
  classes: BlockClass[];
  marks: (Mark | undefined)[];
  /** Blocks that are menu items, teasers or comments: never the headline. */
  excluded: Set<number>;
  /** Menu items with a blank line above them: the headline, failing any other, when one is straight above the byline or date (or the deck over it). */
  alone?: Set<number>;
  /** Index of the first prose block, or -1. */
  firstAnchor: number;
}

/** The headline and standfirst found, as block indices (-1: none). */
export interface Headline {
  headline: number;
  standfirst: number;
}

/** A job title on a line of its own ("Middle East correspondent"): part of a byline, not a headline. */
const ROLE = /\b(?:correspondent|reporter|editor|writer|columnist|contributor|analyst|producer|bureau chief|researcher|research fellow|fellow|director)s?\b/i;

/** A job title followed by where it is held: "Fellow, Gulf and Levant Program", "Senior Editor, Foreign Desk". */
const ROLE_AT = new RegExp(String.raw`^(?:(?:senior|junior|chief|associate|assistant|deputy|visiting|non-?resident|adjunct|contributing|staff|managing|executive)\s+)*${ROLE.source.replace(/^\b/, '').replace(/\b$/, '')},\s+\p{Lu}`, 'iu');

/**
 * True for a line that is only a job title: a role word and no function words ("Notes to editors" is
 * not), or a role and, after a comma, the programme or desk it belongs to.
 */
export function isRoleLine(text: string): boolean {
  const t = text.trim();
  if (ROLE_AT.test(t) && words(t).length <= 10 && !/[.!?]["”’)]*$/.test(t)) return true;
  return ROLE.test(t) && !words(t).some((w) => isFunctionWord(w));
}

/** A date line's label: "Published …", "Updated …", "Last updated …". */
const DATE_LABEL = /^(?:(?:first |last )?(?:published|updated|posted|modified)|last updated)\b/i;

/** A standfirst's label, as a news database or a print system prints it: "Highlight: …", "Standfirst: …". */
export const DECK_LABEL = /^(?:highlights?|standfirst|deck|summary|abstract|subhead(?:line)?)\s*:\s+/i;

/** A numbered entry of a list of documents: "1. Headline", when the headline follows on a line of its own. */
const NUMBERED_ENTRY = /^\d{1,3}[.)]\s+(.+)$/;

/** A person and their office on one line ("Jane R. Doe, Department Spokesperson"): who speaks, not a headline. */
const NAME_WITH_ROLE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3},\s+(?:[\p{L}-]+\s+){0,4}(?:spokes(?:person|man|woman)|press secretary|correspondent|reporter|editor|writer|secretary|minister|ambassador|director|officer|analyst|commander)$/iu;
export const isNameWithRole = (text: string): boolean => NAME_WITH_ROLE.test(text.trim());

/** True for a block the evidence rules read as the byline or a date line. */
export const isMeta = (m: Mark | undefined): boolean => m === 'byline' || m === 'date' || m === 'labelled-date';

/** True for the headline followed by a separator and a short name: a page's <title> as a print header gives it. */
export function isTitleWithSite(text: string, headline: string): boolean {
  const t = text.trim();
  const h = headline.trim();
  if (!t.startsWith(h) || t.length === h.length) return false;
  const rest = t.slice(h.length).match(/^\s*[|–—-]\s+(.+)$/)?.[1];
  return rest !== undefined && rest.split(/\s+/).length <= 6 && !/[.!?]$/.test(rest);
}

/**
 * Finds the headline and the standfirst among the blocks above the first paragraph. When no line
 * qualifies, a line of two sentences whose last one is left open ("The strikes were the right call.
 * The next one must not be an afterthought", with no full stop) may be the headline after all.
 */
export function findHeadline(input: HeadlineInput): Headline {
  const found = findIn(input, false);
  return found.headline >= 0 ? found : findIn(input, true);
}

function findIn(input: HeadlineInput, openSecond: boolean): Headline {
  const { units, features, classes, marks, excluded, firstAnchor } = input;
  const end = firstAnchor < 0 ? units.length : firstAnchor;
  const meta = marks.findIndex((m, i) => i < end && isMeta(m) && !isStandaloneDateline(units[i]!.text));
  /** A headline-shaped line; `strict` also refuses two sentences ("… from German. Read the original"). */
  const isCandidate = (i: number, minWords: number, strict = true): boolean => {
    const u = units[i]!;
    const f = features[i]!;
    return (
      !marks[i] &&
      !excluded.has(i) &&
      // A notice only a page's machinery is worded as (a consent banner's purposes) is never the headline.
      !f.firmNotice &&
      // Nor a date line the dates could not read ("Published 08/02/2024, 01:14 · Updated …"), nor a pager ("Page 1 of 3").
      !DATE_LABEL.test(u.text) &&
      !/^page \d+ of \d+$/i.test(u.text.trim()) &&
      (u.shape === 'line' || u.shape === 'heading') &&
      (classes[i] === 'short' || classes[i] === 'neargood' || classes[i] === 'lowtext') &&
      isHeadlineShaped(u.text, f) &&
      f.words >= minWords &&
      !isRoleLine(u.text) &&
      !isNameWithRole(u.text) &&
      // A headline never ends with a dash; a dateline on its own line does ("… (QNA) –").
      !/[–—-]$/.test(u.text.trim()) &&
      // A database's list of the documents it exported: the headline follows, unnumbered.
      !units.some((v, j) => j > i && v.text === u.text.match(NUMBERED_ENTRY)?.[1]) &&
      !/@|https?:|www\.|\.(?:com|org|gov|net)\b/i.test(u.text) &&
      !(/^[\p{L} ]+:\s/u.test(u.text) && f.words <= 4) &&
      // Two sentences make a notice or a standfirst, not a headline.
      // ("Measured or mounting? Counting two years …" asks, then says what: one headline.)
      !(strict && /(?:\p{L}{4,}|\p{N}{4})[.!]\s+\p{Lu}/u.test(u.text) && !(openSecond && !/[.!?]["”’)]*$/.test(u.text.trim())))
    );
  };
  /** The next block that is not evidence, or the end. */
  const nextLive = (i: number): number => {
    for (let j = i + 1; j < units.length; j++) if (!isRemoved(marks[j])) return j;
    return units.length;
  };
  /** The previous block that is not evidence or furniture, or -1. */
  const previous = (i: number): number => {
    for (let j = i - 1; j >= 0; j--) if (!isRemoved(marks[j]) && classes[j] !== 'bad') return j;
    return -1;
  };

  // Above the byline or date first, then above the first paragraph (a press wire prints its date
  // above the headline); a headline of four words or more first, then of two or three.
  let last = -1;
  // A byline just under the first paragraph's top (a standfirst sentence may sit between) comes
  // first when a date line stands higher up: a newsletter's issue date, a print page's running date.
  const byline = marks.findIndex((m, i) => m === 'byline' && i > meta && i < end + 4);
  const stops = [...(meta >= 0 && byline > meta && marks[meta] !== 'byline' ? [byline] : []), ...(meta >= 0 ? [meta, end] : [end])];
  for (const minWords of [4, 2]) {
    for (const stop of stops) {
      for (let i = stop - 1; i >= 0 && last < 0; i--) if (isCandidate(i, minWords)) last = i;
      if (last >= 0) break;
    }
    if (last >= 0) break;
  }
  // Failing any other, a short line alone between blank lines straight above the byline or date,
  // which the menu over it took in ("News", "Sport", then "Bridge reopens", then "By …").
  // A deck may stand between them ("Round five", then "Since October, Washington has …", then the byline).
  let deckLine = -1;
  const afterEnd = nextLive(end);
  const stop = meta >= 0 ? meta : end < units.length && afterEnd < units.length && isMeta(marks[afterEnd]) ? end : -1;
  if (last < 0 && stop >= 0) {
    const above = (i: number): number => {
      let j = i - 1;
      while (j >= 0 && isRemoved(marks[j])) j--;
      return j;
    };
    let j = stop === end && meta < 0 ? stop : above(stop);
    if (j >= 0 && !input.alone?.has(j) && !marks[j] && units[j]!.shape === 'line' && features[j]!.words >= 6 && classes[j] !== 'bad') {
      deckLine = j;
      j = above(j);
    }
    if (j >= 0 && input.alone?.has(j)) {
      const without = excluded.delete(j);
      if (isCandidate(j, 2)) last = j;
      if (without) excluded.add(j);
    }
    if (last < 0) deckLine = -1;
  }
  if (last < 0) return { headline: -1, standfirst: -1 };
  if (deckLine >= 0) return { headline: last, standfirst: deckLine };
  // Headline-shaped lines that stand together (a kicker, the headline, one or two standfirst
  // lines): the headline is the first of five words or more, the standfirst the line under it.
  const run = [last];
  // Together: a blank line at most between them, never a letterhead or another block ("Syria strikes memo - 2.26.21", a
  // document's file name, over the organisation's name and address, then the memo's title).
  for (let j = previous(last); j >= 0 && isCandidate(j, 4) && !isTitleWithSite(units[j]!.text, units[last]!.text) && units[run[0]!]!.n - units[j]!.n <= 2; j = previous(j)) run.unshift(j);
  // A kicker, a short headline, then a long deck ("In numbers", "Strikes, counted", "Five years of
  // rockets, drones and …"): the short line between the two is the headline.
  const p1 = run.length === 1 && features[last]!.words >= 10 ? previous(last) : -1;
  // The short line reads as a phrase, not a label: punctuated inside ("Strikes, counted"), not in capitals ("FOOD & DRINK", "Press release").
  const phrase = (j: number): boolean => /\p{L}[,:;?!]\s+\p{Ll}/u.test(units[j]!.text);
  let p2 = p1 >= 0 && isCandidate(p1, 2) && features[p1]!.words <= 4 && phrase(p1) ? p1 - 1 : -1;
  while (p2 >= 0 && isRemoved(marks[p2])) p2--;
  if (p2 >= 0 && !marks[p2] && features[p2]!.words <= 4 && !features[p2]!.endsSentence) return { headline: p1, standfirst: last };
  const first = run.find((j) => features[j]!.words >= 5) ?? run[0]!;
  const under = run[run.indexOf(first) + 1];
  if (under !== undefined && features[under]!.words >= 6) return { headline: first, standfirst: under };
  if (first !== last) return { headline: first, standfirst: -1 };

  // The standfirst under the headline: a long headline-shaped line (maybe of two sentences) above
  // the first paragraph, or a sentence that sits between the headline and the byline or date.
  let next = last + 1;
  while (next < units.length && isRemoved(marks[next])) next++;
  let after = next + 1;
  while (after < units.length && isRemoved(marks[after])) after++;
  const f = features[next];
  // Never a date line the dates could not read, nor a page's notice ("… transcripts are produced by human stenographers").
  const usable = f !== undefined && !marks[next] && units[next]!.shape === 'line' && classes[next] !== 'bad' && classes[next] !== 'uiprose' && f.words >= 7 && !DATE_LABEL.test(units[next]!.text) && f.notices.length === 0 && !f.firmNotice;
  const shaped = usable && next < end && isCandidate(next, 7, false);
  // Straight above the byline or date (past the lead photo's caption): a sentence, or a long run of prose that a deck leaves without its full stop.
  const aboveMeta = usable && (f.endsSentence || (f.words >= 12 && f.functionShare >= 0.25)) && after < units.length && isMeta(marks[after]);
  // A deck of a sentence or two under the headline, with the page's buttons under it ("Listen to this article", "Share").
  const aboveButtons = usable && f.endsSentence && f.words >= 10 && next < end && after < units.length && classes[after] === 'bad' && !isMeta(marks[after]);
  if (shaped || aboveMeta || aboveButtons) return { headline: last, standfirst: next };
  // A labelled deck between the headline and the first paragraph ("Highlight: …").
  for (let j = next; j < end; j++) if (!isRemoved(marks[j]) && units[j]!.shape === 'line' && DECK_LABEL.test(units[j]!.text) && features[j]!.words >= 7) return { headline: last, standfirst: j };
  // A reader view or an app prints the author, the reading time and the date between the
  // headline and the deck: past those short lines, a dated line among them, the long
  // headline-shaped line just above the first paragraph is the standfirst.
  let deck = next;
  let dated = false;
  for (let steps = 0; deck < end && steps < 4 && (isRemoved(marks[deck]) || isMeta(marks[deck]) || features[deck]!.words <= 4); steps++, deck++) dated ||= isMeta(marks[deck]);
  const isDeck = dated && deck < end && !marks[deck] && units[deck]!.shape === 'line' && classes[deck] !== 'bad' && classes[deck] !== 'uiprose' && features[deck]!.words >= 7 && isCandidate(deck, 7, false) && nextLive(deck) === end;
  if (isDeck) return { headline: last, standfirst: deck };
  // A recording's description under its player: past the date, the byline and the player's
  // controls (short lines), one paragraph, then a heading of its own ("Show notes", "Transcript").
  let described = next;
  let controls = 0;
  dated = false;
  for (let steps = 0; described < units.length && steps < 12 && (isRemoved(marks[described]) || isMeta(marks[described]) || features[described]!.words <= 4); steps++, described++) {
    dated ||= isMeta(marks[described]);
    if (!marks[described]) controls++;
  }
  const heading = nextLive(described);
  const isDescription =
    dated && controls >= 2 && described < units.length && !marks[described] && units[described]!.shape === 'line' && classes[described] !== 'bad' && classes[described] !== 'uiprose' &&
    features[described]!.endsSentence && features[described]!.words >= 12 &&
    heading < units.length && units[heading]!.shape !== 'item' && features[heading]!.words <= 4 && !features[heading]!.endsSentence && /^\p{Lu}/u.test(units[heading]!.text) && units[heading]!.n > units[described]!.n + 1;
  return { headline: last, standfirst: isDescription ? described : -1 };
}
