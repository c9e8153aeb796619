/**
 * Which actor a search query names, if any: the glossary matcher run over the query, so search
 * and linking agree on every alias and variant. The actor whose match covers most of the query
 * wins ("Hezbollah Brigades" → Kataib Hezbollah, not Hezbollah).
 */
import { buildMatcher, type GlossaryTerm, type Matcher } from '../glossary/matcher.ts';

/** A term as the search data ships it (no file path). */
export type SearchTerm = Omit<GlossaryTerm, 'file'>;

/** Builds the query matcher from the search data's terms. */
export function queryMatcher(terms: SearchTerm[]): Matcher {
  return buildMatcher(terms.map((t) => ({ ...t, file: `actor ${t.actor}` })));
}

/**
 * The actor a query names, or undefined. Acronyms also match a query typed in lower case when the
 * whole query is that acronym ("kh" → KH), since readers type queries in lower case.
 */
export function actorForQuery(query: string, matcher: Matcher): string | undefined {
  const q = query.trim();
  if (!q) return undefined;
  const tries = [q, q.toUpperCase() === q ? q : q.length <= 8 && !q.includes(' ') ? q.toUpperCase() : q];
  for (const text of tries) {
    const best = matcher
      .find(text)
      .filter((m) => !m.ambiguous)
      .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (best) return best.actor;
  }
  return undefined;
}
