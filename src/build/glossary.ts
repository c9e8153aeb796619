/**
 * The glossary matcher for a build: every actor's name and aliases, read once from
 * `content/actors/`, compiled once. A collision (two actors claiming one alias) stops the build
 * naming both files.
 */
import { buildMatcher, type GlossaryTerm, type Matcher } from '../lib/glossary/matcher.ts';
import { readContentDir, readYamlDir } from './content-index.ts';

/** The prefix that marks a place among the glossary's terms: `place:al-bukamal`. */
export const PLACE = 'place:';

/** The glossary terms of every place file in `dir`: its name and spellings, as `place:<slug>`. */
export function loadPlaceTerms(dir = 'content/places'): GlossaryTerm[] {
  return readYamlDir(dir).flatMap((file) => {
    if (file.error) throw new Error(`${file.path}: not valid YAML: ${file.error}. Fix the YAML.`);
    const data = (file.data ?? {}) as Record<string, unknown>;
    const name = typeof data['name'] === 'string' ? data['name'] : undefined;
    const variants = (data['variants'] as { text?: unknown; ambiguous?: unknown }[] | undefined) ?? [];
    const actor = `${PLACE}${file.slug}`;
    return [
      ...(name ? [{ actor, file: file.path, text: name }] : []),
      ...variants.filter((v) => typeof v.text === 'string').map((v) => ({ actor, file: file.path, text: v.text as string, ...(v.ambiguous === true ? { ambiguous: true } : {}) })),
    ];
  });
}

/** The glossary terms of every actor file in `dir`, and of every place (they link the same way). */
export function loadGlossaryTerms(dir = 'content/actors', placesDir = 'content/places'): GlossaryTerm[] {
  return [...loadActorTerms(dir), ...loadPlaceTerms(placesDir)];
}

/** The glossary terms of every actor file in `dir`. */
export function loadActorTerms(dir = 'content/actors'): GlossaryTerm[] {
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
