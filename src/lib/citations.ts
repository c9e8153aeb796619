/**
 * Checking a citation of an article paragraph: the article must exist, have the paragraph, and the
 * paragraph must hold the quote. A failed check says what is wrong and where to look: the closest
 * paragraph, or the paragraph that really holds the quote.
 */
import { closestParagraph, isQuoteIn } from './quotes.ts';

/** The cited parts of an article citation. */
export interface CitationRef {
  article: string;
  paragraph: number;
  quote: string;
}

/** Each article's paragraph texts, in order (index 0 is ¶1). */
export type ParagraphIndex = ReadonlyMap<string, readonly string[]>;

/** Shortens a paragraph for a message. */
function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Checks one citation against the articles' paragraphs.
 *
 * @returns undefined when the quote is in the paragraph, else what is wrong and the fix.
 */
export function checkCitation(cite: CitationRef, index: ParagraphIndex): { message: string; fix: string } | undefined {
  const paragraphs = index.get(cite.article);
  if (!paragraphs) {
    return { message: `cites article "${cite.article}", which does not exist.`, fix: `use one of: ${[...index.keys()].sort().join(', ')}` };
  }
  const text = paragraphs[cite.paragraph - 1];
  if (text !== undefined && isQuoteIn(cite.quote, text)) return undefined;
  const closest = closestParagraph(cite.quote, [...paragraphs]);
  const fix =
    closest && closest.score === 2
      ? `the quote is in ¶${closest.n}: cite p${closest.n}`
      : closest
        ? `copy the quote word for word from the paragraph (\`npm run paragraphs -- ${cite.article}\`); the closest is ¶${closest.n}: "${excerpt(paragraphs[closest.n - 1] ?? '')}"`
        : 'choose a paragraph of that article';
  if (text === undefined) return { message: `cites ${cite.article} ¶${cite.paragraph}, but that article has only ${paragraphs.length} paragraphs.`, fix };
  return { message: `cites ${cite.article} ¶${cite.paragraph} with the quote "${cite.quote}", which is not in that paragraph.`, fix };
}
