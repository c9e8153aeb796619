/**
 * Quote matching. A citation's quote must be in its paragraph, word for word; only white space,
 * quote marks, apostrophes, dashes and Unicode forms may differ, because authors retype quotes and
 * sources mix straight and curly marks.
 */

/** Normalises text for quote comparison: NFC, one kind of quote mark, dash and space, no ends. */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’ʼ`´′]/g, "'")
    .replace(/[“”„″«»]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/…/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when `quote` is in `paragraph`, up to white space, quote marks and dashes. */
export function isQuoteIn(quote: string, paragraph: string): boolean {
  const q = normalizeQuote(quote);
  return q.length > 0 && normalizeQuote(paragraph).includes(q);
}

/** Lower-case words, for similarity. */
function words(text: string): string[] {
  return normalizeQuote(text)
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/**
 * How much of a quote's wording a paragraph shares, from 0 to 1: the share of the quote's word
 * pairs (bigrams) found in the paragraph, so word order counts and a single changed word shows.
 */
export function similarity(quote: string, paragraph: string): number {
  const q = words(quote);
  if (q.length === 0) return 0;
  if (q.length === 1) return words(paragraph).includes(q[0] as string) ? 1 : 0;
  const pairs = new Set<string>();
  const p = words(paragraph);
  for (let i = 0; i + 1 < p.length; i++) pairs.add(`${p[i]} ${p[i + 1]}`);
  let hits = 0;
  for (let i = 0; i + 1 < q.length; i++) if (pairs.has(`${q[i]} ${q[i + 1]}`)) hits++;
  return hits / (q.length - 1);
}

/** The paragraph (1-based) most like a quote, and how alike: for error messages. */
export function closestParagraph(quote: string, paragraphs: string[]): { n: number; score: number } | undefined {
  let best: { n: number; score: number } | undefined;
  paragraphs.forEach((text, i) => {
    const score = isQuoteIn(quote, text) ? 2 : similarity(quote, text);
    if (!best || score > best.score) best = { n: i + 1, score };
  });
  return best;
}
