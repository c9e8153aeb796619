/**
 * The furniture classifier: which blocks of a page are the article and which are its furniture,
 * decided from the blocks' features (see `features.ts`) and their place on the page, the way
 * jusText does it (Pomikálek, 2011, "Removing Boilerplate and Duplicate Content from Web Corpora",
 * ch. 4): each block first gets a class from its own features — good (prose), near-good, short,
 * bad (furniture) — then short and near-good blocks take their class from their neighbours.
 *
 * Two things are added for news pages. Position: the article runs from its headline to its last
 * prose block (see `regions.ts`), so short non-sentences above the headline or after the last
 * paragraph are furniture (menus, tags, footers), while inside the article only clear furniture
 * leaves: a block of interface words, or a short line between two of them. And caution: a line that
 * reads as a sentence is never dropped on context alone; it is kept and reported as "check".
 */
import { aboutBoxes, contentsBoxes, embedHeaders, excerptBoxes, noticeBoxes, pageIndexBoxes, readerNotes, signUpBoxes, sponsorBoxes } from './boxes.ts';
import { commentSection } from './comments.ts';
import { isClockTime } from './dates.ts';
import { featuresOf, isHeadlineShaped, isSentenceLike, readsAsSentenceApartFromPhrases, type Features } from './features.ts';
import { MEDIA_LABEL } from './words.ts';
import { findHeadline, isMeta, isTitleWithSite, isRoleLine } from './headline.ts';
import { bareName, readNameLine } from './metadata.ts';
import { givesContact, isFeedbackAnswer } from './notices.ts';
import { endMark, isProseBlock, isQuestionHeadline, mainBody, menuRuns, nearest, runTouchesFurniture, TEASER_LABEL, teaserRuns, type Page } from './regions.ts';
import { isCitationId, type RuleId } from './rules.ts';
import { dropPullQuotes, repeatedLines } from './pull-quotes.ts';
import { isRemoved, type Mark, type Unit } from './units.ts';

/** A block's class from its own features, as in jusText, plus "lowtext" and "uiprose" (see `classOf`). */
export type BlockClass = 'good' | 'neargood' | 'short' | 'bad' | 'lowtext' | 'uiprose';

/** What happens to a block: kept in the body, kept and reported, dropped, or taken as title or standfirst. */
export type Fate = 'keep' | 'check' | 'drop' | 'title' | 'standfirst';

/** The classifier's decision on one block, with what it was based on. */
export interface Verdict {
  /** Kept, kept and reported, dropped, or taken as the title or standfirst. */
  fate: Fate;
  /** The rule that dropped it, for a dropped block. */
  rule?: RuleId;
  /** Why a kept block should be checked, for a "check". */
  why?: string;
  /** The class from the block's own features. */
  cls: BlockClass;
  /** The class after the neighbours were taken into account (short and near-good blocks). */
  revised: BlockClass;
  /** The block's own features and scores. */
  features: Features;
  /** The mean furniture score of the neighbouring blocks (1 at the ends of the article). */
  neighbours: number;
}

/** Where a block sits: above the headline, between it and the first paragraph, in the body, after it. */
export type Zone = 'head' | 'pre-body' | 'body' | 'tail';

export type { Mark } from './units.ts';

/**
 * The intrinsic class of a block. jusText's: bad (furniture score ≥ 0.5), short (< 70 characters),
 * good (≥ 30 % function words and ≥ 200 characters), near-good (≥ 22 % function words); and two of
 * ours: "lowtext", longer text with few function words (tables of names, lists of figures), which
 * is never dropped inside the article, and "uiprose", prose about the page itself (a cookie notice):
 * a word that names the page's machinery or a notice, not only an interface phrase ("readers
 * posted 400 comments" is news).
 */
export function classOf(unit: Unit, f: Features): BlockClass {
  if (unit.shape === 'table') return 'neargood';
  if (f.furniture >= 0.5) return 'bad';
  if (f.chars < 70) return 'short';
  if ((f.hasMachineryWord || f.notices.length > 0) && f.interfaceShare >= 0.08) return 'uiprose';
  if (f.functionShare >= 0.3) return f.chars >= 200 ? 'good' : 'neargood';
  if (f.functionShare >= 0.22) return 'neargood';
  return 'lowtext';
}

/** Rule for a block that is bad by its own features. */
function badRule(f: Features): RuleId {
  if (f.linkDensity > 0.5) return 'link-list';
  if (f.notices.length > 0) return 'notice';
  if (f.isSeparatorRow) return 'navigation';
  return 'interface';
}

/** The result of classifying one article's blocks. */
export interface Classified {
  /** One verdict per block; undefined for blocks the evidence rules already removed. */
  verdicts: (Verdict | undefined)[];
  /** Each block's zone. */
  zones: Zone[];
  /** Index of the first and last prose block of the body, or -1. */
  firstAnchor: number;
  lastAnchor: number;
  /** Index of the headline and the standfirst, or -1. */
  headline: number;
  standfirst: number;
  /** True when the page labels itself a press release outside its text ("FOR IMMEDIATE RELEASE"). */
  release: boolean;
}

/** How to classify. */
export interface ClassifyOptions {
  /** Blocks the editor keeps back: always kept. */
  kept?: Set<number>;
  /** Index of the headline block, when known from elsewhere (a saved page's metadata); -1 for none. */
  headline?: number;
  /** Index of the standfirst block, when known from elsewhere (a saved page's description). */
  standfirst?: number;
  /** The byline's names: a sentence after the article that starts with one is the author's biography. */
  authors?: string[];
  /** The page's copyright holders: a line that only names one is the page's name, never its headline. */
  holders?: string[];
}

/** Interface share below which a sentence is still taken for article text. */
const SENTENCE_SAFE_INTERFACE = 0.25;

/** How an author's biography goes on after her name: "is a reporter", a verb in the present ("covers", "leads"; not "says"), "has edited the paper since 2019". */
const BIOGRAPHY_VERB = /^(?:is|was|(?!says\b)\p{Ll}{2,}[^s\P{Ll}]s|joined|previously|has (?:been|\p{L}+ed)|spent|served|worked|covered|taught|studied|retired|flew|wrote|led)\b/u;

/** An app store's button: "App Store", "Google Play", "Download on the App Store", "Get it on Google Play". */
/** A letter's or a post's valediction on a line of its own: "xo,", "Love,", "Best wishes,". */
const VALEDICTION = /^(?:xo+|xoxo|love|lots of love|best|best wishes|all best|cheers|thanks|thank you|sincerely|yours|warmly|warm regards|regards|hugs|until next time)[,!.]?$/i;
/** A document's file name: parts joined by " - " with a date in digits or a version ("Memo - 2.26.21 - PUBLIC VERSION", "Brief_v3 - FINAL"). */
const FILE_NAME = /^\S.*\s-\s.*(?:\b\d{1,2}[._]\d{1,2}[._]\d{2,4}\b|\b(?:final|draft|public version|v\d+)$)/i;
const STORE_BUTTON = /^(?:download on the |get it on |available on (?:the )?)?(?:app store|google play|play store)$/i;

/** A press release's own label: "FOR IMMEDIATE RELEASE", "Media Release", "Example Trust | News release", "Press Releases". */
const RELEASE_LABEL = /\b(?:press|media|news)\s+releases?\b|\bfor immediate release\b/i;


/** A running time only: "1:52", "2:14:07". */
const isDuration = (text: string): boolean => /^\d{1,2}:\d{2}(?::\d{2})?$/.test(text.trim());
/** Words that name a player: the line above a running time. */
const MEDIA = /\b(?:videos?|watch|play|listen|audio|podcast|clip|episode)\b/i;

/** Classifies an article's blocks. */
export function classify(units: Unit[], marks: (Mark | undefined)[], options: ClassifyOptions = {}): Classified {
  const kept = options.kept ?? new Set<number>();
  const repeats = new Map<string, number>();
  for (const u of units) repeats.set(u.text, (repeats.get(u.text) ?? 0) + 1);
  const features = units.map((u) => featuresOf(u, (repeats.get(u.text) ?? 1) - 1));
  const classes = units.map((u, i) => classOf(u, features[i]!));
  const page: Page = { units, features, classes, marks, live: (i) => !isRemoved(marks[i]) };
  const { live } = page;

  // The article ends at a press release's end mark or where its comment section begins.
  const mark = endMark(page);
  const comments = new Set(commentSection(page));
  const end = Math.min(mark, ...comments);
  // A box that excerpts another page and links to the whole (a paid family notice beside an obituary).
  const boxes = new Set(excerptBoxes(page));
  // The answer buttons under a feedback question ("Was this page helpful?", then "Yes", "No") go with it.
  const answers = new Set<number>();
  units.forEach((_u, i) => {
    if (!live(i) || !features[i]!.notices.includes('feedback')) return;
    for (let j = nearest(page, i, 1); j >= 0 && isFeedbackAnswer(units[j]!.text); j = nearest(page, j, 1)) answers.add(j);
  });
  const embedHeader = embedHeaders(page);
  const signUpBox = signUpBoxes(page);
  const aboutBox = aboutBoxes(page, comments);
  const contents = contentsBoxes(page);
  const pageIndex = new Set([...pageIndexBoxes(page), ...contents]);
  const noticeBox = noticeBoxes(page);
  const sponsorBox = sponsorBoxes(page);
  const readerNote = readerNotes(page);
  const menus = menuRuns(page);
  // A heading the contents list names is the section's, not a menu's item ("History" under "1 History").
  const entries = new Set([...contents].map((k) => units[k]!.text.trim().replace(/^\d{1,2}(?:\.\d{1,2})*\.?\s+/, '')));
  for (const j of menus) if (entries.has(units[j]!.text.trim()) && !contents.has(j)) menus.delete(j);
  const teaser = teaserRuns(page, end, menus);
  const isBad = (j: number): boolean => j < 0 || classes[j] === 'bad' || teaser.has(j);
  // The author's biography ("Jane Doe is a reporter…") ends a page, but is not the article.
  const authors = (options.authors ?? []).flatMap((a) => a.split(/\s+(?:and|&)\s+|,\s*/)).filter((a) => a.includes(' '));
  // Under a line that names her in full ("About Jane Doe"), it may start with her first name alone ("Jane has edited…").
  const namedAbove = (i: number, author: string): boolean => [1, 2, 3].some((k) => i - k >= 0 && units[i - k]!.text.includes(author));
  const isBiography = (i: number): boolean =>
    authors.some((a) => {
      const text = units[i]!.text;
      const first = a.split(' ')[0]!;
      // After the name, maybe a phrase between commas ("Ethan Marwick, a retired U.S. Army colonel, is a visiting fellow …").
      const after = (n: string): string | undefined => (text.startsWith(`${n} `) ? text.slice(n.length + 1) : text.startsWith(`${n}, `) ? text.slice(n.length + 2).match(/^[^,]{2,80},\s+(.*)$/)?.[1] : undefined);
      const rest = after(a) ?? (first.length >= 2 && namedAbove(i, a) ? after(first) : undefined);
      return rest !== undefined && BIOGRAPHY_VERB.test(rest);
    });
  // The page's own name, as its top prints it on a line alone (a few capitalised words before any
  // prose), and the site's line about itself among the furniture after the article: "Relief
  // Exchange is a service of …", after a furniture line, with no prose after it.
  const firstProse = units.findIndex((_u, k) => live(k) && features[k]!.words >= 12);
  const siteNames = units
    .filter((v, k) => k < firstProse && live(k) && v.shape === 'line' && features[k]!.words >= 2 && features[k]!.words <= 5 && /^(?:The |the )?(?:\p{Lu}[\p{L}&'’–-]*\s?)+$/u.test(v.text.trim()))
    .map((v) => v.text.trim());
  const isSiteOnItself = (i: number): boolean =>
    // "Example Relief Consortium is …", or "The Example Relief Consortium is …" under a masthead without "The".
    siteNames.some((n) => [n, `The ${n}`].some((name) => units[i]!.text.startsWith(`${name} `) && /^(?:is|was|has been) (?:a|an|the|part|one)\b/.test(units[i]!.text.slice(name.length + 1)))) &&
    isBad(nearest(page, i, -1)) &&
    units.every((_u, k) => k <= i || !live(k) || !isProseBlock(page, k));
  const echoes = repeatedLines(units);
  const prose = units.map((_u, i) => i).filter((i) => i < end && !echoes.has(i) && !boxes.has(i) && !signUpBox.has(i) && !aboutBox.has(i) && !sponsorBox.has(i) && !readerNote.has(i) && features[i]!.notices.length === 0 && !features[i]!.firmNotice && !teaser.has(i) && !kept.has(i) && !isBiography(i) && !isSiteOnItself(i) && isProseBlock(page, i));
  // A menu splits the prose as furniture does: a blog's description over its menu ("Home", "About", "Reading list") is not the post's first paragraph.
  // A box the story carries (a sign-up box, an index of the edition's pages) interrupts it, and
  // does not end it: the paragraph after it is the story's.
  const anchors = mainBody(page, prose, (j) => (isBad(j) || menus.has(j)) && !signUpBox.has(j) && !pageIndex.has(j));
  const holders = new Set((options.holders ?? []).map(bareName));
  const ownName = units.map((_u, i) => i).filter((i) => holders.has(bareName(units[i]!.text)));
  // A site's tagline: the line under its name at the top (only buttons above it), over its menu or buttons ("Ridge Line Notes", "Veterans' news and views …", "Skip to content").
  const taglines = new Set(units.map((_u, i) => i).filter((i) => {
    const above = nearest(page, i, -1);
    const below = nearest(page, i, 1);
    return above >= 0 && units.slice(0, above).every((_v, k) => !live(k) || classes[k] === 'bad') && i <= firstProse && siteNames.includes(units[above]!.text.trim()) && below >= 0 && (menus.has(below) || classes[below] === 'bad');
  }));
  /** A saved page's deck: the block straight under its <h1>, a phrase or sentence of six words or more, straight above the byline or date. */
  function deckUnder(h: number): number {
    if (h < 0) return -1;
    const d = nearest(page, h, 1);
    // The byline or date may sit under a label and the names ("Authors", "Miriam Salter", then "Tariq Ellison" as the byline).
    let after = d >= 0 ? nearest(page, d, 1) : -1;
    for (let k = 0; k < 3 && after >= 0 && !isMeta(marks[after]) && features[after]!.words <= 3; k++) after = nearest(page, after, 1);
    const ok = d >= 0 && after >= 0 && units[d]!.shape === 'line' && !marks[d] && !kept.has(d) && features[d]!.words >= 6 && classes[d] !== 'bad' && classes[d] !== 'uiprose' && isMeta(marks[after]);
    return ok ? d : -1;
  }
  const excluded = new Set([...menus, ...teaser, ...ownName, ...taglines, ...units.map((_u, i) => i).filter((i) => i >= end)]);
  const { headline, standfirst } =
    options.headline === undefined
      ? findHeadline({ units, features, classes, marks, excluded, alone: new Set([...menus].filter((i) => i > 0 && units[i - 1]!.n < units[i]!.n - 1)), firstAnchor: anchors[0] ?? -1 })
      : { headline: options.headline, standfirst: options.standfirst ?? deckUnder(options.headline) };
  if (standfirst >= 0 && anchors[0] === standfirst) anchors.shift();
  const firstAnchor = anchors[0] ?? -1;
  const lastAnchor = anchors.at(-1) ?? -1;
  const zones: Zone[] = units.map((_u, i) =>
    headline >= 0 && i < headline ? 'head' : firstAnchor < 0 || i < firstAnchor ? (headline >= 0 ? 'pre-body' : 'head') : i <= lastAnchor ? 'body' : 'tail',
  );
  const revised = revise(page);
  // A press release by its own label outside its text ("FOR IMMEDIATE RELEASE", "Press Releases").
  const release = units.some((v, k) => zones[k] !== 'body' && features[k]!.words <= 10 && RELEASE_LABEL.test(v.text));
  // A live blog's entries each open with their time ("17.41 BST"): two or more lines that are only
  // a clock time are the entries' times, article text wherever the classifier puts the body's start.
  // A running time between a video's title and the player's button ("00:58" over "Up Next") is no entry's time.
  const isRunningTime = (i: number): boolean => isDuration(units[i]!.text) && teaser.has(nearest(page, i, -1)) && isBad(nearest(page, i, 1));
  const clockLines = units.map((_u, i) => i).filter((i) => live(i) && !marks[i] && units[i]!.shape === 'line' && isClockTime(units[i]!.text) && !isRunningTime(i));
  const entryTimes = new Set(clockLines.length >= 2 ? clockLines.filter((i) => i < end) : []);
  // An author box after the article: a byline ("Written by Jane Doe") and, within a few blocks, her biography.
  // A sign-off straight under the last paragraph, as a letter or a group's note ends: the writer's
  // name, then a line or two of her role or town ("Renee Castillo", "FRG Leader, Charlie Battery"),
  // with no biography under it. It is the text's own, kept and checked.
  const signOff = new Set<number>();
  // A valediction may open it ("xo,", "Love,", "Best,"), then the first name alone.
  const closing = nearest(page, lastAnchor, 1);
  const valediction = closing >= 0 && VALEDICTION.test(units[closing]!.text.trim());
  const name = valediction ? nearest(page, closing, 1) : closing;
  if (valediction && name >= 0 && /^\p{Lu}\p{Ll}+$/u.test(units[name]!.text.trim()) && units[name]!.n === units[closing]!.n + 1) {
    signOff.add(closing);
    signOff.add(name);
  }
  if (lastAnchor >= 0 && name >= 0 && name < mark && /^\p{Lu}\p{Ll}/u.test(units[name]!.text.trim()) && !units[name]!.page?.landmark && classes[name] !== 'bad' && features[name]!.interfaceHits.length === 0 && !menus.has(name) && readNameLine(units[name]!.text) && features[name]!.words <= 5 && units[name]!.shape !== 'heading') {
    const run = [name];
    for (let j = nearest(page, name, 1); j >= 0 && run.length < 3 && !units[j]!.page?.landmark && classes[j] !== 'bad' && features[j]!.words <= 10 && !features[j]!.endsSentence && units[j]!.shape === 'line' && units[j]!.n <= units[run.at(-1)!]!.n + 1 + (units[j]!.page ? 1 : 0); j = nearest(page, j, 1)) run.push(j);
    const after = nearest(page, run.at(-1)!, 1);
    if (after < 0 || !isBiography(after)) for (const j of run) signOff.add(j);
  }
  const isInAuthorBox = (i: number): boolean => {
    for (let j = i - 1, seen = 0; j > lastAnchor && seen < 4; j--) {
      if (!live(j)) continue;
      // A commenter's name over a comment is no author box.
      if (comments.has(j)) return false;
      if (marks[j] === 'byline') return true;
      seen++;
    }
    return false;
  };
  /**
   * Directly under a record's labelled fields: three or more "Label: value" lines, one of them
   * neither a byline, a date nor the standfirst ("Length: 336 words"), so that a heading under
   * "By: …", "Published: …" and "Updated: …" is never taken for one.
   */
  const isUnderFields = (i: number): boolean => {
    let count = 0;
    let other = false;
    for (let j = i - 1; j >= 0 && /^\p{Lu}[\p{L} /-]{0,30}:\s+\S/u.test(units[j]!.text); j--) {
      count++;
      other ||= marks[j] === undefined && j !== standfirst;
    }
    return count >= 3 && other;
  };
  /** Directly over a record's fields: the byline, the date and two or more other lines of metadata ("Details", then "Written by …", "Published: …", "Hits: 312"). */
  const isOverFields = (i: number): boolean => {
    let count = 0;
    let meta = 0;
    for (let j = i + 1; j < units.length && count < 6; j++) {
      const field = marks[j] === 'byline' || marks[j] === 'date' || marks[j] === 'labelled-date' || /^\p{Lu}[\p{L} /-]{0,30}:\s+\S/u.test(units[j]!.text) || /^(?:written|posted|published) by\s/i.test(units[j]!.text);
      if (!field) break;
      count++;
      if (marks[j]) meta++;
    }
    return count >= 3 && meta >= 1;
  };
  /** Above a headline that two lines of furniture (or of a menu) separate from it, even prose is the page's, not the article's. */
  const isAboveFurniture = (i: number): boolean => headline > i && units.slice(i + 1, headline).filter((_u, k) => live(i + 1 + k) && (classes[i + 1 + k] === 'bad' || menus.has(i + 1 + k))).length >= 2;

  /** Outside the body: a short headline-shaped line just above a sentence that is kept is its heading. */
  const keptSentence = (j: number): boolean => {
    const g = features[j];
    return j >= 0 && g !== undefined && isSentenceLike(g) && g.interfaceShare < SENTENCE_SAFE_INTERFACE && !g.hasStrongInterface && classes[j] !== 'bad' && /\p{Ll}/u.test(units[j]!.text);
  };
  /** A list item that is kept and checked outside the body ("Sources" over a fact check's list of sources); a contact box's lines ("Email: …") are none. */
  const isListItem = (j: number): boolean => j >= 0 && units[j]!.shape === 'item' && !menus.has(j) && !teaser.has(j) && classes[j] !== 'bad' && !features[j]!.firmNotice;
  /** True when the lines above i, up to a teaser label ("Related to this story", "More stories"), are all headlines. */
  const underTeaserLabel = (i: number): boolean => {
    for (let k = nearest(page, i, -1), steps = 0; k >= 0 && steps < 6; k = nearest(page, k, -1), steps++) {
      const g = features[k]!;
      if (g.words <= 6 && !g.endsSentence && TEASER_LABEL.test(units[k]!.text)) return true;
      if (g.endsSentence || g.words > 16 || !isHeadlineShaped(units[k]!.text, g)) return false;
    }
    return false;
  };
  const isHeadingAbove = (i: number): boolean => {
    const f = features[i]!;
    const text = units[i]!.text;
    // Under it: a sentence, a list's item, or (under the headline) a long line of prose that a box's points leave without a full stop ("Key points").
    const below = nearest(page, i, 1);
    const prose = below >= 0 && zones[i] === 'pre-body' && below !== standfirst && features[below]!.words >= 10 && features[below]!.functionShare >= 0.2 && !features[below]!.hasStrongInterface && classes[below] !== 'bad' && !menus.has(below) && !teaser.has(below);
    return classes[i] === 'short' && !f.endsSentence && f.words <= 6 && (/^\p{Lu}/u.test(text) || /^\d+[.)]?\s+\p{Lu}/u.test(text)) && !isRoleLine(text) && f.interfaceShare === 0 && !menus.has(i) && (keptSentence(below) || isListItem(below) || prose);
  };

  /** A short line that is not a sentence, which takes its class from the run it stands in. */
  const isShortFragment = (j: number): boolean => classes[j] !== 'bad' && !teaser.has(j) && features[j]!.words <= 12 && !features[j]!.endsSentence && units[j]!.shape === 'line';
  /** The first block past the run of short fragments around block i, in one direction (at most six), or i itself past that. */
  const runEnd = (i: number, step: 1 | -1): number => {
    let j = nearest(page, i, step);
    for (let k = 0; k < 6 && j >= 0 && isShortFragment(j); k++) j = nearest(page, j, step);
    return j >= 0 && isShortFragment(j) ? i : j;
  };

  const verdicts = units.map((u, i): Verdict | undefined => {
    if (!live(i)) return undefined;
    const f = features[i]!;
    const cls = classes[i]!;
    const prev = nearest(page, i, -1);
    const next = nearest(page, i, 1);
    const neighbours = Math.round((((prev < 0 ? 1 : features[prev]!.furniture) + (next < 0 ? 1 : features[next]!.furniture)) / 2) * 100) / 100;
    const base = { cls, revised: revised[i]!, features: f, neighbours };
    const drop = (rule: RuleId): Verdict => ({ ...base, fate: 'drop', rule });
    const check = (why: string): Verdict => ({ ...base, fate: 'check', why });
    const keep: Verdict = { ...base, fate: 'keep' };
    if (i === headline) return { ...base, fate: 'title' };
    if (i === standfirst) return { ...base, fate: 'standfirst' };
    // The page's own title above or under the headline: the headline, then its site ("… | The Example Desk").
    if (headline >= 0 && zones[i] !== 'body' && isTitleWithSite(u.text, units[headline]!.text)) return drop('duplicate-line');
    // A database's numbered list of the documents it exported: "1. Headline" above the headline.
    if (headline >= 0 && zones[i] === 'head' && u.text.replace(/^\d{1,3}[.)]\s+/, '') === units[headline]!.text && u.text !== units[headline]!.text) return drop('duplicate-line');
    if (kept.has(i)) return { ...keep, why: 'kept back by the editor' };
    const zone = zones[i]!;
    const sentence = isSentenceLike(f) && f.interfaceShare < SENTENCE_SAFE_INTERFACE;
    const uses = `uses interface words (${f.interfaceHits.join(', ') || 'landmark, links'})`;
    if (marks[i] === 'byline') return drop('byline');
    if (signOff.has(i)) return check('a sign-off under the last paragraph: the writer’s name, role or town');
    if (marks[i] === 'labelled-date' || (marks[i] === 'date' && zone !== 'body')) return drop('date-line');
    if (comments.has(i)) return drop('comments');
    if (boxes.has(i)) return drop('excerpt-box');
    if (embedHeader.has(i)) return drop('embed');
    if (signUpBox.has(i)) return drop('interface');
    if (pageIndex.has(i)) return drop('navigation');
    if (aboutBox.has(i)) return drop('after-article');
    if (noticeBox.has(i) || sponsorBox.has(i) || readerNote.has(i)) return drop('notice');
    // A promo inside the story: a teaser's label and another story's headline ("Also read: Who is …?"), the headline a link on a saved page.
    const promo = u.text.match(MEDIA_LABEL);
    if (promo) {
      const rest = u.text.slice(promo[0].length).trim();
      const g = featuresOf({ ...u, text: rest }, 0);
      if (rest && g.words <= 20 && (isQuestionHeadline(rest, g) || isHeadlineShaped(rest, g)) && (!u.page || f.linkDensity >= 0.5)) return drop('teaser');
    }
    if (zones[i] === 'tail' && isSiteOnItself(i)) return drop('notice');
    if (answers.has(i)) return drop('notice');
    // An app's pitch over the stores' buttons ("Breaking news … in English and Arabic.", then "App Store"),
    // or under its heading ("Download the KCPN 12 app", then "Get breaking news alerts … on your phone.").
    const appHeading = prev >= 0 && features[prev]!.words <= 8 && features[prev]!.interfaceHits.some((h) => /\bapp$/.test(h));
    if (u.shape === 'line' && f.words <= 25 && ((next >= 0 && STORE_BUTTON.test(units[next]!.text.trim())) || appHeading)) return drop('interface');
    if (entryTimes.has(i)) return zone === 'body' ? keep : check(`a live blog entry's time ${zone === 'tail' ? 'after the last paragraph' : 'above the first paragraph'}`);
    // A notice only a page's own notice is worded as (an underwriting credit with its sponsor's
    // slogan, a rush-transcript note) goes wherever it stands; other notices that read as
    // sentences are kept and checked inside the article.
    if (f.firmNotice && f.words <= 40) return drop('notice');
    // A citation's identifier (a DOI line, linked or not) is the reference a reader needs: text, not a link list.
    if (isCitationId(u.text) && !u.page?.landmark) return zone === 'body' ? keep : check("a citation's identifier (DOI, ISBN) after the article");
    if (i >= mark) {
      // After a press release's end mark: notes to editors may still carry facts, so sentences stay.
      if (sentence && !f.hasStrongInterface && f.notices.length === 0) return check('a sentence after the end mark');
      if (isHeadingAbove(i)) return check('a heading above a sentence after the end mark');
      return drop(f.notices.length > 0 ? 'notice' : 'after-article');
    }
    if (u.page && !u.page.inArticle) {
      // Outside the article Readability found: furniture, unless it reads as prose in no landmark.
      if (sentence && i > lastAnchor && (isInAuthorBox(i) || isBiography(i))) return drop('after-article');
      // Prose about the page itself ("Sign up to discover more stories…") goes, as it does outside a raw text's body.
      if (sentence && !u.page.landmark && cls !== 'bad' && cls !== 'uiprose') return check('a sentence outside the article Readability found');
      // A block in no landmark between two of the article's (a recipe card's name, a box's heading) is kept and checked.
      const inside = (j: number): boolean => j >= 0 && units[j]!.page?.inArticle === true && !units[j]!.page?.landmark;
      // Readability drops small data tables it cannot score; one between two of the article's blocks is the article's.
      if (u.shape === 'table' && !u.page.landmark) return inside(prev) && inside(next) ? keep : check('a table outside the article Readability found');
      // A heading over a list of sentences the page keeps ("Key takeaways") is the list's.
      const below = nearest(page, i, 1);
      if (!u.page.landmark && u.shape === 'heading' && isHeadingAbove(i) && isListItem(below) && keptSentence(below)) return check('a heading above a list of sentences, outside the article Readability found');
      // The line straight under the headline is its standfirst, wherever Readability put it.
      if (prev === headline && headline >= 0 && !u.page.landmark && !marks[i] && !/^by\s/i.test(u.text) && !/\b(?:19|20)\d\d\b/.test(u.text) && cls !== 'bad' && cls !== 'uiprose' && f.words >= 6) return check('the line under the headline, outside the article Readability found: a standfirst');
      // Not a date line, nor a gallery's heading (photo captions follow it).
      const figuresAfter = marks.slice(i + 1, next < 0 ? units.length : next).some((m) => m === 'figure');
      // Before it, the article's last block may sit a few blocks up, past a subscribe form or a box in between.
      const insideBefore = [1, 2, 3, 4].some((k) => inside(i - k) && units.slice(i - k + 1, i).every((v, d) => v.page?.landmark !== undefined || classes[i - k + 1 + d] === 'bad'));
      if (!u.page.landmark && !marks[i] && !figuresAfter && !isRoleLine(u.text) && cls !== 'bad' && cls !== 'uiprose' && insideBefore && inside(next)) return check('a block between two of the article’s, outside the article Readability found');
      // A post the article embeds (a tweet it quotes), between two of its blocks: its text, not its attribution line.
      if (u.page.embed && !u.page.landmark && !/^[—–-]\s/.test(u.text) && cls !== 'bad' && f.words >= 4 && insideBefore && inside(units.findIndex((v, j) => j > i && !v.page?.embed))) return check('a post the article embeds, between two of its blocks');
      return drop(u.page.landmark ? 'landmark' : cls === 'bad' || cls === 'uiprose' ? badRule(f) : 'outside-article');
    }
    // A player's running time under its title or button ("Related video: …", then "1:52"), or over its next button ("Up Next").
    if (isDuration(u.text) && !entryTimes.has(i) && ((isBad(prev) && MEDIA.test(units[prev]!.text)) || isRunningTime(i))) return drop('interface');
    // A switch's state under its label ("Autoplay", then "On").
    if (/^(?:on|off)$/i.test(u.text.trim()) && isBad(prev)) return drop('interface');
    // A headline may ask a question: under a label, one short question is a teaser too.
    if (teaser.has(i) && cls !== 'bad') return sentence && !isQuestionHeadline(u.text, f) ? check('it follows a "Related"/"Read more" label: it may be a teaser') : drop('teaser');
    if (cls === 'bad') {
      // A line of one to three words that are all interface words is a button ("Share", "Comments").
      const button = f.words <= 3 && f.interfaceShare >= 0.5;
      const strong = button || f.hasStrongInterface || f.isSeparatorRow || f.linkDensity > 0.5 || Boolean(u.page?.landmark);
      if (u.page?.landmark) return drop('landmark');
      if (zone === 'body' && sentence) return check(`it reads as a sentence but ${uses}`);
      // News reports on comments, sponsors, press offices and companies too: inside the article a
      // line that reads as a sentence apart from its interface phrases or notice is kept and checked.
      if (zone === 'body' && readsAsSentenceApartFromPhrases(f, u.text)) {
        return check(f.notices.length > 0 ? `it reads as a sentence but is worded like a page's ${f.notices.join(' and ')} notice (${uses})` : `it reads as a sentence but ${uses}`);
      }
      if (strong || zone !== 'body') return drop(badRule(f));
      return !isBad(prev) && !isBad(next) ? check(`it ${uses} but sits between paragraphs`) : drop(badRule(f));
    }
    if (zone === 'body') {
      if (cls === 'uiprose') return check(`it reads as prose but ${uses}`);
      if (cls !== 'short') return keep;
      // Inside the article a short line leaves only between two lines of furniture, or in a run
      // of menu items next to one ("Tags:", "Education", "Schools"); next to one it is checked.
      const isProse = (j: number): boolean => j >= 0 && !isBad(j) && classes[j] !== 'uiprose' && features[j]!.endsSentence;
      if (menus.has(i) && u.shape === 'line' && runTouchesFurniture(page, i, menus, isBad)) return drop('navigation');
      if (isBad(prev) && isBad(next)) return sentence ? check('a short sentence between two lines of furniture') : drop('between-furniture');
      // jusText's smoothing over a run: a few short lines that are not sentences ("INSIDE", "Letters
      // 12-13", "Sport 36-40"; a section label and a jump headline) between two lines of furniture.
      if (!sentence && !f.endsSentence && isBad(runEnd(i, -1)) && isBad(runEnd(i, 1))) return drop('between-furniture');
      // A gallery's heading: a short line that only photo captions follow ("In pictures").
      const captionsAfter = marks.slice(i + 1, next < 0 ? units.length : next).filter((m) => m === 'figure').length;
      if (!sentence && captionsAfter >= 2) return drop('between-furniture');
      if (!isBad(prev) && !isBad(next)) return keep;
      if (sentence || (isHeadlineShaped(u.text, f) && isProse(next))) return keep;
      return check('a short line next to furniture');
    }
    if (cls === 'uiprose') return drop(f.notices.length > 0 ? 'notice' : 'interface');
    // After the last paragraph, a notice under a label or among furniture goes even when it reads as
    // prose (a legal box, a policy note); one straight after the last paragraph that reads as a
    // sentence may be the article's last line ("The contractor is an equal opportunity employer."): kept and checked.
    // A release's own contact line after its last paragraph is the issuer's boilerplate, not its news.
    if (zone === 'tail' && release && f.notices.includes('contact')) return drop('notice');
    // After the article, a contact's line that is no sentence: a name, a post and a place with an
    // e-mail address or a telephone number ("Leyla Hamdan, Head of Coordination, Baghdad, …@…, +964 …").
    if (zone === 'tail' && !f.endsSentence && f.words <= 30 && givesContact(u.text)) return drop('notice');
    if (zone === 'tail' && f.notices.length > 0 && !u.page) {
      if ((sentence || readsAsSentenceApartFromPhrases(f, u.text)) && isProseBlock(page, prev)) return check(`it reads as a sentence straight after the last paragraph but is worded like a page's ${f.notices.join(' and ')} notice`);
      return drop('notice');
    }
    // A widget's table after the article, under a label the page's interface prints ("Trending Tickers", "Most popular").
    if (u.shape === 'table' && zone === 'tail' && prev >= 0 && classes[prev] === 'bad' && features[prev]!.interfaceShare > 0 && features[prev]!.words <= 4) return drop('interface');
    if (u.shape === 'table') return check('a table outside the article body');
    // A list item, or a block Readability counts as the article, is content by its markup.
    // The authors' biographies go, even where a copy ran them together like a list's items.
    // A biography may run into its link ("… More by Mara Lindgren") and lose its full stop.
    if (zone === 'tail' && ((sentence && isInAuthorBox(i)) || (isBiography(i) && (sentence || f.words >= 8)))) return drop('after-article');
    // A columnist's line about herself under her name, above the first paragraph ("Jane Doe", then "Jane Doe is a former …").
    if (zone === 'pre-body' && marks[prev] === 'byline' && isBiography(i) && u.text.startsWith(`${units[prev]!.text.trim()} `)) return drop('byline');
    // An author box's name and job title over her biography ("Tobias Wrenfield", "Fellow, Gulf and Levant Program").
    const below = nearest(page, i, 1);
    const bioNext = zone === 'tail' && below >= 0 && isBiography(below);
    if (zone === 'tail' && isRoleLine(u.text) && (isInAuthorBox(i) || bioNext)) return drop('after-article');
    if (bioNext && f.words <= 4 && units[below]!.text.startsWith(`${u.text.trim()} `)) return drop('after-article');
    if (u.shape === 'item' && !menus.has(i)) return check(`a list item ${zone === 'tail' ? 'after the last paragraph' : 'above the first paragraph'}`);
    // A label over the record's fields ("Details", then the byline, the date, "Hits: 312").
    if (zone === 'pre-body' && f.words === 1 && !f.endsSentence && isOverFields(i)) return drop('navigation');
    if (u.page?.inArticle && zone === 'pre-body') return check('a short line between the headline and the first paragraph');
    // Outside the body, a line in capitals shouts a label or a promotion, whatever its punctuation.
    if (sentence && !f.hasStrongInterface && /\p{Ll}/u.test(u.text)) {
      if (zone === 'head' && isAboveFurniture(i)) return drop('before-headline');
      return check(zone === 'tail' ? 'a sentence after the last paragraph' : 'a sentence above the first paragraph');
    }
    // A document's file name over its letterhead, as a published document prints it ("Syria strikes memo - 2.26.21 - PUBLIC VERSION").
    if (zone === 'head' && f.words <= 14 && FILE_NAME.test(u.text.trim())) return drop('before-headline');
    // A headline-shaped line next to the headline may be a second standfirst line, or the headline itself.
    const nextToHeadline = headline >= 0 && (nearest(page, i, 1) === headline || nearest(page, i, -1) === standfirst || nearest(page, i, -1) === headline);
    if (nextToHeadline && f.words >= 5 && isHeadlineShaped(u.text, f) && f.interfaceShare === 0) return check('a headline-shaped line beside the headline: a second standfirst line, or the real headline');
    // A record's section label under its labelled fields ("Body" under "Length: 336 words", "Byline: …"), as a news database exports it.
    if (zone === 'pre-body' && f.words === 1 && !f.endsSentence && isUnderFields(i)) return drop('navigation');
    if (isHeadingAbove(i) && (zone !== 'head' || !isAboveFurniture(i))) return check(`a heading above a sentence ${zone === 'tail' ? 'after the last paragraph' : 'above the first paragraph'}`);
    if (menus.has(i)) return drop('navigation');
    // A long line with the function words of prose is kept, full stop or not, unless furniture stands between it and the headline.
    if (zone === 'head' && taglines.has(i)) return drop('before-headline');
    // After the article, a headline under a "Related"/"More stories" label, past other headlines: a teaser, however much it reads as prose.
    if (zone === 'tail' && f.words <= 16 && !f.endsSentence && isHeadlineShaped(u.text, f) && underTeaserLabel(i)) return drop('teaser');
    if (cls !== 'short' && f.functionShare >= 0.22 && !f.hasStrongInterface && !(zone === 'head' && isAboveFurniture(i))) return check(`prose without a closing full stop, ${zone === 'tail' ? 'after the last paragraph' : 'above the first paragraph'}`);
    return drop(zone === 'tail' ? 'after-article' : 'before-headline');
  });
  dropPullQuotes(units, verdicts);
  return { verdicts, zones, firstAnchor, lastAnchor, headline, standfirst, release };
}

/**
 * jusText's context revision (Pomikálek 2011, §4.3), reported with each block: a heading-shaped
 * short block just before good text becomes near-good; a short block takes the class of its nearest
 * non-short neighbours when they agree, and is bad between good and bad unless a near-good block
 * touches it on the bad side; a near-good block is bad only between two bad ones. The ends of the
 * article count as bad.
 */
function revise(page: Page): BlockClass[] {
  const { units, classes, features, live } = page;
  const simple: BlockClass[] = classes.map((c) => (c === 'lowtext' || c === 'uiprose' ? 'bad' : c));
  const out: BlockClass[] = [...simple];
  for (let i = 0; i < units.length; i++) {
    if (!live(i) || out[i] !== 'short' || !/^[\p{Lu}\d]/u.test(units[i]!.text) || features[i]!.endsSentence) continue;
    let distance = 0;
    for (let j = i + 1; j < units.length && distance <= 200; j++) {
      if (!live(j)) continue;
      if (simple[j] === 'good') {
        out[i] = 'neargood';
        break;
      }
      distance += features[j]!.chars;
    }
  }
  const side = (i: number, step: 1 | -1, ignoreNearGood: boolean): BlockClass => {
    for (let j = i + step; j >= 0 && j < units.length; j += step) {
      if (!live(j)) continue;
      const c = out[j]!;
      if (c === 'good' || c === 'bad' || (!ignoreNearGood && c === 'neargood')) return c;
    }
    return 'bad';
  };
  return units.map((_u, i) => {
    if (classes[i] === 'lowtext' || classes[i] === 'uiprose') return classes[i]!;
    if (out[i] === 'short') {
      const prev = side(i, -1, true);
      const next = side(i, 1, true);
      if (prev === next) return prev;
      return (prev === 'bad' && side(i, -1, false) === 'neargood') || (next === 'bad' && side(i, 1, false) === 'neargood') ? 'good' : 'bad';
    }
    if (out[i] === 'neargood') return side(i, -1, true) === 'bad' && side(i, 1, true) === 'bad' ? 'bad' : 'good';
    return out[i]!;
  });
}
