/**
 * Where the sources and explainers mention each actor: for an actor page's "Mentioned in" list.
 * Pure: it takes the texts and a matcher, and counts.
 */
import type { Matcher } from './glossary/matcher.ts';

/** A document to search: its id, and its paragraphs' text in order. */
export interface MentionSource {
  id: string;
  paragraphs: string[];
}

/** How often a document mentions an actor, and the first sentence that does. */
export interface Mention {
  id: string;
  count: number;
  /** The first sentence with a mention, as written. */
  sentence: string;
  /** The paragraph it is in (1-based), for a link to `#pN`. */
  paragraph: number;
}

/** The sentence of `text` that contains the character at `index`. */
export function sentenceAt(text: string, index: number): string {
  const starts = [0, ...[...text.matchAll(/[.!?][”"’)]?\s+(?=[A-Z“"‘(\p{Lo}])/gu)].map((m) => (m.index ?? 0) + m[0].length)];
  const start = starts.filter((s) => s <= index).pop() ?? 0;
  const next = starts.find((s) => s > index) ?? text.length;
  return text.slice(start, next).trim();
}

/**
 * Counts the mentions of every actor in every document (ambiguous aliases are not counted, but
 * reported to `onAmbiguous` if given, so one pass over the text serves both).
 *
 * @returns For each actor slug, its mentions by document, in the order the documents were given.
 */
export function findMentions(documents: MentionSource[], matcher: Matcher, onAmbiguous?: (doc: string, paragraph: number, text: string) => void): Map<string, Mention[]> {
  const byActor = new Map<string, Mention[]>();
  for (const doc of documents) {
    const seen = new Map<string, Mention>();
    doc.paragraphs.forEach((text, i) => {
      for (const match of matcher.find(text)) {
        if (match.ambiguous) {
          // The same pass tells the build where ambiguous names were met (they are never linked).
          onAmbiguous?.(doc.id, i + 1, text.slice(match.start, match.end));
          continue;
        }
        const mention = seen.get(match.actor);
        if (mention) mention.count++;
        else seen.set(match.actor, { id: doc.id, count: 1, sentence: sentenceAt(text, match.start), paragraph: i + 1 });
      }
    });
    for (const [actor, mention] of seen) {
      const list = byActor.get(actor) ?? [];
      list.push(mention);
      byActor.set(actor, list);
    }
  }
  return byActor;
}
