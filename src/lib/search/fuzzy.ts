/**
 * Names typed a letter or two off: "kataib hezbolah" still names Kataib Hezbollah. The query and
 * every alias are folded the way the glossary matcher folds them (marks, apostrophes, Arabic letter
 * forms), lowercased and run together, and compared by edit distance.
 *
 * It is strict on purpose, because a wrong guess is worse than none: acronyms never match fuzzily
 * (one letter turns "KH" into another group's code), neither do names shorter than six letters
 * ("Iran" and "Iraq" are one letter apart), the distance allowed grows with the name, and two actors
 * that fit equally well mean no match.
 */
import { foldText, isAcronym } from '../glossary/variants.ts';

/** One alias as the fuzzy index holds it. */
interface FuzzyAlias {
  actor: string;
  text: string;
  /** The number of words in the alias. */
  words: number;
  /** Folded, lowercased, words run together. */
  key: string;
}

/** A name of an actor, as the search data lists it. */
export interface FuzzyTerm {
  /** The actor's slug. */
  actor: string;
  /** The name or alias as written. */
  text: string;
  /** True when the alias also names someone else: it never matches. */
  ambiguous?: boolean;
}

/** The aliases a query can match fuzzily, built once. */
export interface FuzzyIndex {
  readonly aliases: readonly FuzzyAlias[];
}

/** The closest alias to (part of) a query. */
export interface FuzzyMatch {
  /** The actor it names. */
  actor: string;
  /** The alias as written, e.g. "Kataib Hezbollah". */
  text: string;
  /** The edit distance between the alias and the words of the query it stands for (0 = the same). */
  distance: number;
  /** True when the alias stands for the whole query, not just some of its words. */
  whole: boolean;
}

/** The fewest letters a name needs before it may match fuzzily. */
export const MIN_FUZZY_LENGTH = 6;

/**
 * The edit distance allowed for a name of `length` letters: none below {@link MIN_FUZZY_LENGTH},
 * one up to 11 letters, two from 12.
 */
export function allowedDistance(length: number): number {
  if (length < MIN_FUZZY_LENGTH) return 0;
  return length < 12 ? 1 : 2;
}

/**
 * The words of a text for fuzzy matching: folded, lowercased, split at anything that is not a
 * letter or digit of any script, with the Latin article "el" read as "al" (as the glossary does).
 */
export function fuzzyWords(text: string): string[] {
  const words = foldText(text)
    .text.toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return words.map((w, i) => (i < words.length - 1 && w === 'el' ? 'al' : w));
}

/**
 * The optimal-string-alignment edit distance between `a` and `b` (insertions, deletions,
 * substitutions and swaps of two neighbours each count one), compared by code point. Stops early:
 * any distance above `max` is reported as `max + 1`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > max) return max + 1;
  // Three rows of the dynamic-programming table: two back (for swaps), one back, and this one.
  let before = new Array<number>(t.length + 1).fill(0);
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = new Array<number>(t.length + 1);
    row[0] = i;
    let best = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      row[j] = d;
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = row;
  }
  return Math.min(previous[t.length] as number, max + 1);
}

/** Builds the fuzzy index from the glossary's names and aliases: ambiguous ones and acronyms are left out. */
export function buildFuzzyIndex(terms: readonly FuzzyTerm[]): FuzzyIndex {
  const aliases: FuzzyAlias[] = [];
  for (const term of terms) {
    if (term.ambiguous || isAcronym(term.text)) continue;
    const words = fuzzyWords(term.text);
    const key = words.join('');
    if (key.length < MIN_FUZZY_LENGTH) continue;
    aliases.push({ actor: term.actor, text: term.text, words: words.length, key });
  }
  return { aliases };
}

/** A candidate: the alias, how far it is, and how many query words it stands for. */
interface Candidate {
  alias: FuzzyAlias;
  distance: number;
  covered: number;
  whole: boolean;
}

/** True when `a` is a better candidate than `b`: closer, then covering more words, then a longer alias. */
function better(a: Candidate, b: Candidate): boolean {
  if (a.distance !== b.distance) return a.distance < b.distance;
  if (a.covered !== b.covered) return a.covered > b.covered;
  return a.alias.key.length > b.alias.key.length;
}

/**
 * The alias closest to the query or to a run of its words, or undefined when none is close enough
 * or two actors are equally close. A run may have fewer words than the alias, or one more, so a
 * name typed as one word or split in two still matches ("kataibhezbollah").
 */
export function fuzzyActor(query: string, index: FuzzyIndex): FuzzyMatch | undefined {
  const words = fuzzyWords(query);
  if (words.length === 0) return undefined;
  let best: Candidate | undefined;
  let rival: Candidate | undefined;
  for (const alias of index.aliases) {
    for (let size = 1; size <= Math.min(words.length, alias.words + 1); size++) {
      for (let start = 0; start + size <= words.length; start++) {
        const run = words.slice(start, start + size).join('');
        const max = allowedDistance(Math.min(run.length, alias.key.length));
        if (max === 0 && run !== alias.key) continue;
        const distance = editDistance(run, alias.key, max);
        if (distance > max) continue;
        const candidate: Candidate = { alias, distance, covered: size, whole: size === words.length };
        if (!best || better(candidate, best)) {
          if (best && best.alias.actor !== alias.actor) rival = best;
          best = candidate;
        } else if (alias.actor !== best.alias.actor && (!rival || better(candidate, rival))) {
          rival = candidate;
        }
      }
    }
  }
  if (!best) return undefined;
  // Another actor just as close: the query does not say which one it means.
  if (rival && rival.alias.actor !== best.alias.actor && rival.distance === best.distance && rival.covered === best.covered) return undefined;
  return { actor: best.alias.actor, text: best.alias.text, distance: best.distance, whole: best.whole };
}
