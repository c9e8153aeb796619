/**
 * Where the words a reader searched for appear in a text, so the page a search result opens can
 * mark them. This replaces Pagefind's highlight script, whose `<style>` element the site's
 * Content-Security-Policy refuses and which would load 44 KB (mark.js) on a reading page.
 *
 * A search word marks every word of the text it starts, as Pagefind's search matched it
 * ("strike" marks "strikes"), in any case and with the glossary's folding (marks, apostrophes,
 * Arabic letter forms), so "hizballah" marks "Ḥizballāh". A word of fewer than four letters marks
 * only itself ("kh" marks "KH", not "Khamenei"), and an acronym ("US") only itself in its own case,
 * so "US" never marks "used". Small words that say nothing about the subject ("who", "is", "the")
 * are not marked.
 */
import { foldText, isAcronym } from '../glossary/variants.ts';

/** One stretch of text to mark, as UTF-16 offsets into the original text. */
export interface Hit {
  start: number;
  /** Exclusive. */
  end: number;
}

/** Marks the words of one or more queries in texts. */
export interface Highlighter {
  /** The words it marks, for tests and for saying what is marked. */
  readonly words: readonly string[];
  /** The stretches of `text` to mark, in order, never overlapping. */
  find(text: string): Hit[];
}

/** English words that occur on every page: a query's "who is …" or "why did …" marks none of them. */
const FUNCTION_WORDS = new Set(
  'a an and are as at be been but by can could did do does for from had has have how if in into is it its not of on or so than that the their them then there these they this those to was were what when where which while who whom whose why will with would'.split(
    ' ',
  ),
);

/** Nothing of any script may come right before a hit: no letter, digit or mark. */
const BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
/** The rest of a word a search word starts. */
const REST = '[\\p{L}\\p{N}\\p{M}]*';
/** A whole word or an acronym must end where the word of the text ends. */
const AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

/** Escapes the characters a regular expression gives a meaning (search words are letters and digits, but to be safe). */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/** Search words shorter than this mark only a whole word, not every word they start. */
export const MIN_PREFIX_LENGTH = 4;

/** The words of the queries worth marking, folded, each once, longest first, by how they match. */
function queryWords(queries: readonly string[]): { prefixes: string[]; words: string[]; acronyms: string[] } {
  const prefixes = new Set<string>();
  const words = new Set<string>();
  const acronyms = new Set<string>();
  for (const query of queries) {
    for (const raw of foldText(query).text.split(/[^\p{L}\p{N}]+/u)) {
      if (raw.length < 2) continue;
      const lower = raw.toLowerCase();
      if (isAcronym(raw)) acronyms.add(raw);
      else if (FUNCTION_WORDS.has(lower)) continue;
      else if (raw.length < MIN_PREFIX_LENGTH) words.add(lower);
      else prefixes.add(lower);
    }
  }
  const longestFirst = (a: string, b: string): number => b.length - a.length;
  return { prefixes: [...prefixes].sort(longestFirst), words: [...words].sort(longestFirst), acronyms: [...acronyms].sort(longestFirst) };
}

/** One alternation of escaped words. */
const anyOf = (words: readonly string[]): string => `(?:${words.map(escape).join('|')})`;

/**
 * Builds the highlighter for the queries a result link carried (the values of
 * `HIGHLIGHT_PARAM` in `options.ts`); with nothing worth marking it finds nothing.
 */
export function buildHighlighter(queries: readonly string[]): Highlighter {
  const { prefixes, words, acronyms } = queryWords(queries);
  const patterns: RegExp[] = [];
  if (prefixes.length > 0) patterns.push(new RegExp(`${BEFORE}${anyOf(prefixes)}${REST}`, 'giu'));
  if (words.length > 0) patterns.push(new RegExp(`${BEFORE}${anyOf(words)}${AFTER}`, 'giu'));
  if (acronyms.length > 0) patterns.push(new RegExp(`${BEFORE}${anyOf(acronyms)}${AFTER}`, 'gu'));
  return {
    words: [...prefixes, ...words, ...acronyms],
    find(text: string): Hit[] {
      if (patterns.length === 0 || text.length === 0) return [];
      const folded = foldText(text);
      const hits: Hit[] = [];
      for (const pattern of patterns) {
        for (const m of folded.text.matchAll(pattern)) {
          if (m[0].length === 0) continue;
          hits.push({ start: folded.starts[m.index] as number, end: folded.ends[m.index + m[0].length - 1] as number });
        }
      }
      return merge(hits);
    },
  };
}

/** Sorts hits and joins the ones that overlap or touch. */
function merge(hits: Hit[]): Hit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const hit of hits) {
    const last = out[out.length - 1];
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else out.push({ ...hit });
  }
  return out;
}
