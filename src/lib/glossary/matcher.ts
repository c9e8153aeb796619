/**
 * The actor-glossary matcher: finds the names and aliases of actors in running text, with their
 * spelling variants (see `variants.ts`), and says which actor each one names.
 *
 * All aliases compile to one regular expression over folded text, shaped like a trie (aliases that
 * start alike share their start), so a page is scanned once however large the glossary is. Build
 * the matcher once per build and reuse it for every page. A match must not touch a letter, digit
 * or mark of any script on either side. The earliest match wins, and of the matches that start at
 * the same place the longest alias wins, so "Kataib Hezbollah" and "Hezbollah Brigades" are never
 * the Lebanese "Hezbollah".
 */
import { foldText, termAtoms, termKey } from './variants.ts';

/** One name or alias of an actor, as the glossary lists it. */
export interface GlossaryTerm {
  /** The actor's slug, e.g. `kataib-hezbollah`. */
  actor: string;
  /** The actor's source file, e.g. `content/actors/kataib-hezbollah.mdx`, for error messages. */
  file: string;
  /** The name or alias exactly as written, e.g. "Kata'ib Hizballah", "KH", "كتائب حزب الله". */
  text: string;
  /** True when the alias also names someone else: matches are reported but never linked. */
  ambiguous?: boolean;
}

/** One mention of an actor in a text. */
export interface GlossaryMatch {
  /** Where the mention starts in the original text (UTF-16 index). */
  start: number;
  /** Where it ends (exclusive); a possessive "'s" is not part of it. */
  end: number;
  /** The actor it names. */
  actor: string;
  /** The glossary term it matched. */
  term: GlossaryTerm;
  /** True when the term is ambiguous: the mention must not be linked. */
  ambiguous: boolean;
}

/** Two actors claim the same alias: the glossary must say which one it names, or that it is ambiguous. */
export class GlossaryCollisionError extends Error {
  /** The two terms that collide. */
  readonly terms: readonly [GlossaryTerm, GlossaryTerm];

  /** Builds the message from the two colliding terms. */
  constructor(first: GlossaryTerm, second: GlossaryTerm) {
    super(
      `The alias ${JSON.stringify(second.text)} in ${second.file} (actor ${second.actor}) is the same alias as ` +
        `${JSON.stringify(first.text)} in ${first.file} (actor ${first.actor}), so a mention of it cannot be linked to one actor. ` +
        'Fix: remove it from one of the two files, or mark it `ambiguous: true` in both.',
    );
    this.name = 'GlossaryCollisionError';
    this.terms = [first, second];
  }
}

/** Finds actor mentions in text. */
export interface Matcher {
  /** The mentions in `text`, non-overlapping, in text order. */
  find(text: string): GlossaryMatch[];
  /** Every actor slug the glossary knows, so explicit `actor:` links can be checked. */
  readonly actors: ReadonlySet<string>;
}

/**
 * Nothing of any script may touch a match: no letter, digit or combining mark. The end is checked
 * in the regex; the start in code (see `find`), because a leading lookbehind keeps the regex engine
 * from skipping ahead to the characters an alias can start with — measured 3 to 5 times slower.
 */
const AFTER = '(?![\\p{L}\\p{N}\\p{M}])';
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** The character (a whole code point) before position `i` of `text`, or '' at the start. */
function charBefore(text: string, i: number): string {
  if (i <= 0) return '';
  const low = text.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : (text[i - 1] ?? '');
}

/** A node of the trie of pattern atoms that all aliases share. */
interface TrieNode {
  children: Map<string, TrieNode>;
  /** The term whose atoms end here, if any. */
  term: GlossaryTerm | undefined;
  /** The number of atoms of the longest alias through this node, to try longer aliases first. */
  longest: number;
}

const newNode = (): TrieNode => ({ children: new Map(), term: undefined, longest: 0 });

/**
 * Writes the trie as one regular expression. Where an alias ends, an empty capture group says which
 * one matched; it comes after the longer aliases through the same node, so they are tried first.
 */
function compile(node: TrieNode, groups: GlossaryTerm[]): string {
  const branches: string[] = [];
  const children = [...node.children].sort((a, b) => b[1].longest - a[1].longest);
  for (const [atom, child] of children) branches.push(atom + compile(child, groups));
  if (node.term) {
    groups.push(node.term);
    branches.push('()');
  }
  return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
}

/**
 * Builds a matcher from the glossary's terms. The same actor may list an alias twice (it is kept
 * once); two actors may share an alias only if both mark it ambiguous (a match then names the first).
 *
 * @param options.onCollision Called for each collision instead of throwing; the second term is then left out.
 * @throws GlossaryCollisionError when two actors claim the same alias and not both mark it ambiguous (without `onCollision`).
 */
export function buildMatcher(terms: GlossaryTerm[], options: { onCollision?: (error: GlossaryCollisionError) => void } = {}): Matcher {
  const byKey = new Map<string, GlossaryTerm>();
  const root = newNode();
  for (const term of terms) {
    const key = termKey(term.text);
    if (key === '') continue;
    const claimed = byKey.get(key);
    if (claimed && claimed.actor !== term.actor && !(claimed.ambiguous === true && term.ambiguous === true)) {
      const error = new GlossaryCollisionError(claimed, term);
      if (!options.onCollision) throw error;
      options.onCollision(error);
      continue;
    }
    if (!claimed) byKey.set(key, term);
    const atoms = termAtoms(term.text);
    let node = root;
    node.longest = Math.max(node.longest, atoms.length);
    for (const atom of atoms) {
      let next = node.children.get(atom);
      if (!next) node.children.set(atom, (next = newNode()));
      next.longest = Math.max(next.longest, atoms.length);
      node = next;
    }
    // The first term to claim an alias keeps it: a repeat, or the same alias marked ambiguous twice.
    node.term ??= term;
  }
  const actors = new Set(terms.map((t) => t.actor));
  if (root.children.size === 0) return { actors, find: () => [] };
  const groups: GlossaryTerm[] = [];
  const regex = new RegExp(`${compile(root, groups)}${AFTER}`, 'gu');

  return {
    actors,
    find(text: string): GlossaryMatch[] {
      const folded = foldText(text);
      const found: GlossaryMatch[] = [];
      regex.lastIndex = 0;
      for (let m = regex.exec(folded.text); m; m = regex.exec(folded.text)) {
        // A match that a letter, digit or mark touches on the left is inside a word: look again one character on.
        if (m[0].length === 0 || WORD_CHAR.test(charBefore(folded.text, m.index))) {
          regex.lastIndex = m.index + 1;
          continue;
        }
        const term = groups[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
        if (!term) continue;
        found.push({
          start: folded.starts[m.index] as number,
          end: folded.ends[m.index + m[0].length - 1] as number,
          actor: term.actor,
          term,
          ambiguous: term.ambiguous === true,
        });
      }
      return found;
    },
  };
}
