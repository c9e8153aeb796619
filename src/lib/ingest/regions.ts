/**
 * The regions of a page that the classifier reasons about besides single blocks: teaser lists under
 * a "Related" label, runs of menu items, a press release's end mark, and the article's main body —
 * the groups of prose blocks between the headline and the footer (the comment section is in
 * `comments.ts`).
 * Each is found from the shape of the page, never from the wording of a particular site.
 */
import { isHeadlineShaped, isSentenceLike, type Features } from './features.ts';
import type { BlockClass } from './classify.ts';
import type { Mark, Unit } from './units.ts';
import { COVERAGE_LABEL } from './words.ts';

/** What the region finders need: the blocks, their features and classes, and which are live. */
export interface Page {
  units: Unit[];
  features: Features[];
  classes: BlockClass[];
  marks: (Mark | undefined)[];
  live: (i: number) => boolean;
}

/** Interface words that label a list of teasers ("Related", "Most read", "More on this story"). */
export const TEASER_LABEL = new RegExp(String.raw`\b(?:related|recommended|trending|popular|latest|read|more|also|watch|listen|videos?|podcasts?|topics|tags|top stories|editor'?s picks|in other news|elsewhere|${COVERAGE_LABEL})\b`, 'i');

/** A button that acts on the page ("Show latest", "Play Video", "Load more"): it labels nothing under it, whatever words follow its verb. */
const CONTROL_BUTTON = /^(?:show|play|load|pause|replay|resume|hide|expand|collapse|refresh|mute|unmute)\b/i;

/** A video player's label over the title of what it plays: "Now Playing", "Up Next". */
const PLAYER_LABEL = /^(?:now playing|playing now|up next|next up|coming up next|watch next)$/i;

/** The end mark of a press release, wire story or transcript: "###", "-30-", "ENDS", "END OF TRANSCRIPT". */
const END_MARK = /^(?:#{3,}|-\s?30\s?-|ends|- ?ends ?-|\(?end of (?:the )?(?:transcript|briefing|release|statement|text)\)?\.?)$/i;

/** The nearest live block before (-1) or after (+1) block i, or -1. */
export function nearest(page: Page, i: number, step: 1 | -1): number {
  for (let j = i + step; j >= 0 && j < page.units.length; j += step) if (page.live(j)) return j;
  return -1;
}

/** A prose block: what the article's body is made of (jusText's good blocks, and short sentences). */
export function isProseBlock(page: Page, i: number): boolean {
  const f = page.features[i]!;
  const c = page.classes[i];
  const unit = page.units[i]!;
  if (unit.page && (!unit.page.inArticle || unit.page.landmark)) return false;
  if (!page.live(i) || page.marks[i]) return false;
  // A short sentence counts when it ends with a full stop: a short question is more often a headline.
  // One weak interface word ("the next meeting", "a spokeswoman said they would close") does not make it furniture.
  const shortSentence = c === 'short' && f.words >= 6 && f.functionShare >= 0.2 && /\.[”"’')\]]*$/.test(unit.text) && f.interfaceShare < 0.1 && !f.hasStrongInterface;
  return c === 'good' || shortSentence || (c === 'neargood' && f.endsSentence) || (c === 'lowtext' && f.endsSentence && f.chars >= 100);
}

/**
 * Where the article's own text ends at a press release's end mark ("###", "-30-", "ENDS") after
 * its first prose. Returns the index of the mark, or the number of blocks when there is none. (The
 * comment section, the other end of an article, is found in `comments.ts`.)
 */
export function endMark(page: Page): number {
  const { units } = page;
  for (let i = 1; i < units.length; i++) {
    if (END_MARK.test(units[i]!.text.trim()) && units.slice(0, i).some((_u, k) => isProseBlock(page, k))) return i;
  }
  return units.length;
}

/**
 * Teaser lists: a short interface label ("Related", "Most read") and the headlines under it. A
 * label inside the menu above the article's first prose ("News", "Podcasts", "Donate") is a menu
 * item: what follows it is the article's head, not a list of teasers.
 */
export function teaserRuns(page: Page, end: number, menus: Set<number> = new Set()): Set<number> {
  const { units, features, classes, marks } = page;
  const teaser = new Set<number>();
  // The first paragraph of prose that is no notice and names no page machinery (cookies, newsletters): a consent banner's sentences above the menu are not it.
  const firstProse = units.findIndex((_u, k) => isProseBlock(page, k) && features[k]!.notices.length === 0 && !features[k]!.hasMachineryWord);
  for (let i = 0; i < end; i++) {
    const f = features[i]!;
    // A video player's label names the one video under it: "Now Playing", then its title.
    if (page.live(i) && !marks[i] && PLAYER_LABEL.test(units[i]!.text.trim())) {
      const j = nearest(page, i, 1);
      if (j >= 0 && j < end && !marks[j] && isHeadlineShaped(units[j]!.text, features[j]!)) teaser.add(j);
    }
    // A line already read as something else ("22 minute read", a date line) labels nothing.
    if (!page.live(i) || marks[i] || classes[i] !== 'bad' || f.words > 6 || f.endsSentence || !TEASER_LABEL.test(units[i]!.text) || CONTROL_BUTTON.test(units[i]!.text.trim())) continue;
    if (menus.has(i) && (firstProse < 0 || i < firstProse)) continue;
    for (let j = i + 1; j < end; j++) {
      if (!page.live(j) || marks[j]) continue;
      const g = features[j]!;
      if ((isSentenceLike(g) && !isQuestionHeadline(units[j]!.text, g)) || classes[j] === 'good' || units[j]!.shape === 'table') break;
      if (!isHeadlineShaped(units[j]!.text, g) && classes[j] !== 'bad') break;
      // On a saved page a teaser is a link: a heading inside the article that links nowhere is its own crosshead.
      if (units[j]!.page && j > firstProse && units[j]!.shape === 'heading' && units[j]!.page!.linkDensity < 0.5 && !units[j]!.page!.landmark) break;
      teaser.add(j);
    }
  }
  return teaser;
}

/** A headline that asks ("Explainer: who are the armed groups?"): one short question, which reads as a sentence but lists as a teaser. */
export function isQuestionHeadline(text: string, f: Features): boolean {
  return /\?["”’]?$/.test(text.trim()) && f.words <= 14 && !/[.!?]\s+\p{Lu}/u.test(text);
}

/**
 * Blocks in runs of three or more short lines that are not sentences: menus, tag lists, footers.
 * Items with function words ("Closing the school, saving $2m") are list items, not menu entries.
 */
export function menuRuns(page: Page): Set<number> {
  const { units, features } = page;
  const run: number[] = [];
  const out = new Set<number>();
  const flush = (): void => {
    if (run.length >= 3) for (const i of run) out.add(i);
    run.length = 0;
  };
  for (let i = 0; i < units.length; i++) {
    if (!page.live(i)) continue;
    const f = features[i]!;
    const shape = units[i]!.shape;
    // A byline or a date line is the article's metadata, not a menu's item: it ends a run
    // ("By: Ana Ruiz", "Published: …", then a heading "Background" is no menu).
    const metadata = page.marks[i] === 'byline' || page.marks[i] === 'date' || page.marks[i] === 'labelled-date';
    // A phrase with a comma on a line of its own, blank lines around it ("Old bridge, new bill"), is a headline's shape, not a menu's.
    const phrase = /\p{L},\s\p{L}/u.test(units[i]!.text) && isolated(page, i);
    // The heading of the list straight under it ("Key points", then its items) is no menu item.
    // Or over a box's points straight under it, long lines of prose without full stops ("Key points", then "Abu Mahdi al-Muhandis, killed with …").
    const point = (k: number): boolean => units[k] !== undefined && units[k]!.n === units[k - 1]!.n + 1 && features[k]!.words >= 10 && features[k]!.functionShare >= 0.2 && !features[k]!.endsSentence;
    const heading = ((units[i + 1]?.shape === 'item' && units[i + 1]!.n === units[i]!.n + 1) || (point(i + 1) && point(i + 2))) && (shape === 'line' || shape === 'heading');
    // One capitalised word is a link's label even when it is a function word ("About", "More").
    const label = f.words === 1 && /^\p{Lu}\p{Ll}+$/u.test(units[i]!.text.trim());
    if (!metadata && !phrase && !heading && f.words <= 4 && !f.endsSentence && (f.functionShare === 0 || f.interfaceShare > 0 || label) && shape !== 'table' && shape !== 'item') run.push(i);
    else flush();
  }
  flush();
  return out;
}

/** True for a line of a raw text with a blank line above and below it (a saved page's blocks are numbered without gaps). */
export function isolated(page: Page, i: number): boolean {
  const n = page.units[i]!.n;
  return (i === 0 || page.units[i - 1]!.n < n - 1) && (i === page.units.length - 1 || page.units[i + 1]!.n > n + 1);
}

/** True when the run of menu items that holds block i has a line of furniture in or around it. */
export function runTouchesFurniture(page: Page, i: number, run: Set<number>, isBad: (j: number) => boolean): boolean {
  let first = i;
  let last = i;
  for (let j = nearest(page, i, -1); j >= 0 && run.has(j); j = nearest(page, j, -1)) first = j;
  for (let j = nearest(page, i, 1); j >= 0 && run.has(j); j = nearest(page, j, 1)) last = j;
  const before = nearest(page, first, -1);
  const after = nearest(page, last, 1);
  if ((before >= 0 && isBad(before)) || (after >= 0 && isBad(after))) return true;
  for (let j = first; j <= last; j++) if (run.has(j) && isBad(j)) return true;
  return false;
}

/**
 * The prose blocks of the article's main body. A stretch of furniture (three blocks or more, two
 * of them bad) splits the prose into groups. The body starts at the first group of real weight
 * (a third of the largest group's text, or 600 characters), so a government site's "A .gov website
 * belongs to…" banner above the headline is not taken for the article's start; it ends at the last
 * group of two paragraphs or 400 characters (or that Readability keeps), so a footer's "All quotes
 * delayed…" is not its end.
 */
export function mainBody(page: Page, anchors: number[], isBad: (i: number) => boolean): number[] {
  const groups: number[][] = [];
  for (const a of anchors) {
    const group = groups.at(-1);
    const prev = group?.at(-1);
    if (group && prev !== undefined) {
      let gap = 0;
      let bad = 0;
      for (let j = prev + 1; j < a; j++) {
        if (!page.live(j)) continue;
        gap++;
        if (isBad(j)) bad++;
      }
      if (gap < 3 || bad < 2) {
        group.push(a);
        continue;
      }
    }
    groups.push([a]);
  }
  const chars = (g: number[]): number => g.reduce((sum, i) => sum + page.features[i]!.chars, 0);
  const largest = Math.max(0, ...groups.map(chars));
  const start = Math.max(0, groups.findIndex((g) => chars(g) >= Math.min(600, largest / 3)));
  let last = start;
  // On a saved page, prose that Readability counts as the article is the article's, however short.
  const inArticle = (g: number[]): boolean => g.every((i) => page.units[i]!.page?.inArticle === true);
  groups.forEach((g, k) => {
    if (k > start && (g.length >= 2 || chars(g) >= 400 || inArticle(g))) last = k;
  });
  return groups.slice(start, last + 1).flat();
}
