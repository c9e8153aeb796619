/**
 * Which actor a search query names, if any: the glossary matcher run over the query, so search
 * and linking agree on every alias and variant, and, when no alias is written exactly, the closest
 * alias within a small edit distance (see `fuzzy.ts`). The actor whose match covers most of the
 * query wins ("Hezbollah Brigades" → Kataib Hezbollah, not Hezbollah).
 */
import { buildMatcher, type GlossaryTerm, type Matcher } from '../glossary/matcher.ts';
import { buildFuzzyIndex, fuzzyActor, type FuzzyIndex } from './fuzzy.ts';

/** A term as the search data ships it (no file path). */
export type SearchTerm = Omit<GlossaryTerm, 'file'>;

/** Everything needed to read actor names in queries, built once from the search data's terms. */
export interface QueryMatcher {
  /** The glossary matcher, for names written exactly (in any of their spelling variants). */
  exact: Matcher;
  /** The fuzzy index, for names a letter or two off. */
  fuzzy: FuzzyIndex;
}

/** The actor a query names, and how. */
export interface QueryName {
  /** The actor's slug. */
  actor: string;
  /** The name or alias the query matched, as the glossary writes it. */
  text: string;
  /** True when the name is the whole query (apart from spaces and punctuation), not part of it. */
  whole: boolean;
  /** True when the name is not written as the glossary has it but within a small edit distance. */
  fuzzy: boolean;
}

/** Builds the query matcher from the search data's terms. */
export function queryMatcher(terms: SearchTerm[]): QueryMatcher {
  return { exact: buildMatcher(terms.map((t) => ({ ...t, file: `actor ${t.actor}` }))), fuzzy: buildFuzzyIndex(terms) };
}

/** True when `text` holds no letter or digit: only spaces and punctuation. */
const onlyPunctuation = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);

/**
 * The actor a query names, or undefined. Acronyms also match a query typed in lower case when the
 * whole query is that acronym ("kh" → KH), since readers type queries in lower case. A name written
 * exactly wins over a fuzzy one.
 */
export function nameInQuery(query: string, matcher: QueryMatcher): QueryName | undefined {
  const q = query.trim();
  if (!q) return undefined;
  const tries = [q, q.toUpperCase() === q ? q : q.length <= 8 && !q.includes(' ') ? q.toUpperCase() : q];
  for (const text of tries) {
    const best = matcher.exact
      .find(text)
      .filter((m) => !m.ambiguous)
      .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (best) {
      const whole = onlyPunctuation(text.slice(0, best.start)) && onlyPunctuation(text.slice(best.end));
      return { actor: best.actor, text: best.term.text, whole, fuzzy: false };
    }
  }
  const near = fuzzyActor(q, matcher.fuzzy);
  // Distance 0 here is still not the name as written: its words run together or split differently.
  return near && { actor: near.actor, text: near.text, whole: near.whole, fuzzy: true };
}

/** The slug of the actor a query names, or undefined (see {@link nameInQuery}). */
export function actorForQuery(query: string, matcher: QueryMatcher): string | undefined {
  return nameInQuery(query, matcher)?.actor;
}
