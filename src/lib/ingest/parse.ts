/**
 * Parsing a raw text seed into articles: where each article starts, then its lines as units for
 * the evidence rules and the classifier (see `article.ts`). Every line of the seed ends up in
 * exactly one place: the article, its title, a figure, the frontmatter's evidence, or the report.
 */
import { buildArticle, type ParsedArticle, type Removal } from './article.ts';
import { splitCredit } from './captions.ts';
import { reflow } from './reflow.ts';
import { DATE_TOKEN, isStrayToken, wordCount } from './rules.ts';
import { isTitleLike, unitsFromLines, type Line } from './structure.ts';

export { isTitleLike, tableCells } from './structure.ts';
export type { Block } from './structure.ts';
export type { Figure, ParsedArticle, Removal } from './article.ts';

/**
 * Finds where articles start. An article opens with a "masthead": a title line that the page
 * repeats within a few lines, with only captions or stray tokens between the copies. The first
 * article starts at the top of the file whether or not it has one.
 */
export function findArticleStarts(lines: Line[]): number[] {
  const starts = [0];
  for (let i = 1; i < lines.length; i++) {
    const first = lines[i]?.text ?? '';
    // A masthead is a headline: four words or more, not a repeated label such as "Advertisement".
    if (!first || !isTitleLike(first) || wordCount(first) < 4 || splitCredit(first)) continue;
    for (let j = i + 1; j < Math.min(lines.length, i + 10); j++) {
      const other = lines[j]?.text ?? '';
      if (other === first) {
        const between = lines.slice(i + 1, j).map((l) => l.text);
        const hasBodyBefore = lines.slice(0, i).some((l) => l.text && wordCount(l.text) > 12 && !splitCredit(l.text));
        if (hasBodyBefore && between.every((t) => !t || splitCredit(t) || isStrayToken(t))) starts.push(i);
        break;
      }
      if (other && !splitCredit(other) && !isStrayToken(other)) break;
    }
  }
  return starts;
}

/** How to parse: the editor's keep list (seed line numbers or exact texts). */
export interface ParseOptions {
  keep?: readonly (number | string)[];
}

/** Parses the decoded text of one seed into its articles. */
export function parseSeed(text: string, options: ParseOptions = {}): ParsedArticle[] {
  // A hard-wrapped copy (a PDF's, a plain-text e-mail's) first gets its paragraphs back on one line each.
  const { lines, width, joined } = reflow(text.split('\n').map((raw, i) => ({ n: i + 1, text: raw.trim() })));
  const starts = findArticleStarts(lines);
  return starts.map((start, k) => ({ ...parseArticle(lines.slice(start, starts[k + 1] ?? lines.length), k + 1, options), ...(width > 0 ? { reflowed: { width, joined } } : {}) }));
}

function parseArticle(lines: Line[], part: number, options: ParseOptions): ParsedArticle {
  const removals: Removal[] = [];
  let statedDate: string | undefined;
  const first = lines.find((l) => l.text);
  const token = first?.text.match(DATE_TOKEN);
  if (first && token) {
    statedDate = token[1];
    removals.push({ line: first.n, text: token[0].trim(), rule: 'date-metadata' });
    lines = lines.map((l) => (l === first ? { n: l.n, text: l.text.slice(token[0].length) } : l));
  }
  return buildArticle(unitsFromLines(lines), part, {
    removals,
    ...(options.keep ? { keep: options.keep } : {}),
    ...(statedDate ? { statedDate } : {}),
  });
}
