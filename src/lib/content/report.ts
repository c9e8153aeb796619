/**
 * What the build tells an editor about the glossary, once per build: how many entries and names
 * it has, and where ambiguous names were met (they are never linked automatically), summarised.
 */
import type { ContentModel } from './model.ts';

/** The glossary summary: one line, and one line per ambiguous mention for `--glossary`. */
export function glossaryReport(model: ContentModel): { summary: string; details: string[] } {
  const terms = model.glossaryTerms();
  const matcher = model.matcher();
  const met = new Map<string, number>();
  const details: string[] = [];
  const docs = [
    ...[...model.articles.values()].filter((a) => !a.data.draft).map((a) => ({ file: a.file, bodyLine: a.bodyLine, paragraphs: a.paragraphs })),
    ...[...model.explainers.values(), ...model.actors.values()].map((e) => ({ file: e.file, bodyLine: e.bodyLine, paragraphs: e.paragraphs })),
  ];
  for (const doc of docs) {
    for (const p of doc.paragraphs) {
      for (const m of matcher.find(p.text)) {
        if (!m.ambiguous) continue;
        const text = p.text.slice(m.start, m.end);
        met.set(text, (met.get(text) ?? 0) + 1);
        details.push(`${doc.file}:${doc.bodyLine + p.line - 1}: "${text}" (ambiguous, listed under ${m.actor})`);
      }
    }
  }
  const actors = [...model.actors.keys()].length;
  const ambiguousNames = [...met].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t, n]) => `${t} ×${n}`);
  const summary =
    `glossary: ${actors} actors and ${model.places.size} places under ${terms.length} names.` +
    (details.length > 0 ? ` ${details.length} mention(s) of ambiguous names were left unlinked (${ambiguousNames.join(', ')}); \`npm run content:check -- --glossary\` lists where, and [text](actor:slug) links one by hand.` : '');
  return { summary, details };
}
