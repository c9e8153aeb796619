/**
 * Checking citations against the articles. Every citation names an article, a paragraph and a
 * quote; the quote must be in that paragraph. A failed check says what is wrong and where to look:
 * the closest paragraph, or the paragraph that really holds the quote.
 */
import { closestParagraph, isQuoteIn } from './quotes.ts';

/** The cited parts of a citation. */
export interface CitationRef {
  article: string;
  paragraph: number;
  quote: string;
}

/** Each article's paragraph texts, in order (index 0 is ¶1). */
export type ParagraphIndex = ReadonlyMap<string, readonly string[]>;

/** Shortens a paragraph for an error message. */
function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Checks one citation.
 *
 * @returns undefined when the quote is in the paragraph, else a message that names the article, the
 *   paragraph, the quote and the closest paragraph.
 */
export function checkCitation(cite: CitationRef, index: ParagraphIndex): string | undefined {
  const paragraphs = index.get(cite.article);
  if (!paragraphs) {
    const known = [...index.keys()].sort().join(', ');
    return `cites article "${cite.article}", which does not exist. Use one of: ${known}.`;
  }
  const text = paragraphs[cite.paragraph - 1];
  if (text !== undefined && isQuoteIn(cite.quote, text)) return undefined;
  const closest = closestParagraph(cite.quote, [...paragraphs]);
  const where =
    closest && closest.score === 2
      ? `The quote is in ¶${closest.n}: cite p${closest.n}.`
      : closest
        ? `Closest paragraph: ¶${closest.n}: "${excerpt(paragraphs[closest.n - 1] ?? '')}".`
        : '';
  if (text === undefined) {
    return `cites ${cite.article} ¶${cite.paragraph}, but that article has only ${paragraphs.length} paragraphs. ${where}`.trim();
  }
  return `cites ${cite.article} ¶${cite.paragraph} with the quote "${cite.quote}", which is not in that paragraph. ${where}`.trim();
}
