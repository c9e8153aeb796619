/**
 * What the build tells an editor about the glossary, once per build: how many entries and names
 * it has, and where ambiguous names were met (they are never linked automatically), summarised.
 * The places come from the same pass over the text that finds the mentions.
 */
import type { ContentModel } from './model.ts';

/** The glossary summary: one line, and one line per ambiguous mention for `--glossary`. */
export function glossaryReport(model: ContentModel): { summary: string; details: string[] } {
  const terms = model.glossaryTerms();
  const met = new Map<string, number>();
  const details: string[] = [];
  for (const m of model.ambiguousMentions()) {
    met.set(m.text, (met.get(m.text) ?? 0) + 1);
    details.push(`${m.file}:${m.line}: "${m.text}" (ambiguous: it may name more than one entry)`);
  }
  const ambiguousNames = [...met].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t, n]) => `${t} ×${n}`);
  const summary =
    `glossary: ${model.actors.size} actors and ${model.places.size} places under ${terms.length} names.` +
    (details.length > 0 ? ` ${details.length} mention(s) of ambiguous names were left unlinked (${ambiguousNames.slice(0, 8).join(', ')}${ambiguousNames.length > 8 ? ', …' : ''}); \`npm run content:check -- --glossary\` lists where, and [text](actor:slug) links one by hand.` : '');
  return { summary, details };
}
