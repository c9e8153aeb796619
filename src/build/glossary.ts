/**
 * The glossary matcher for a build: every actor's name and aliases, read once from
 * `content/actors/`, compiled once. A collision (two actors claiming one alias) stops the build
 * naming both files.
 */
import { buildMatcher, type GlossaryTerm, type Matcher } from '../lib/glossary/matcher.ts';
import { readContentDir } from './content-index.ts';

/** The glossary terms of every actor file in `dir`. */
export function loadGlossaryTerms(dir = 'content/actors'): GlossaryTerm[] {
  return readContentDir(dir).flatMap((file) => {
    const name = typeof file.data['name'] === 'string' ? file.data['name'] : undefined;
    const aliases = (file.data['aliases'] as { text?: unknown; ambiguous?: unknown }[] | undefined) ?? [];
    const terms: GlossaryTerm[] = [];
    if (name) terms.push({ actor: file.slug, file: file.path, text: name });
    for (const alias of aliases) {
      if (typeof alias.text !== 'string') continue;
      terms.push({ actor: file.slug, file: file.path, text: alias.text, ...(alias.ambiguous === true ? { ambiguous: true } : {}) });
    }
    return terms;
  });
}

let matcher: Matcher | undefined;

/** The build's matcher, built on first use. */
export function getMatcher(): Matcher {
  matcher ??= buildMatcher(loadGlossaryTerms());
  return matcher;
}
