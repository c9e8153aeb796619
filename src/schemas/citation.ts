/**
 * A citation: either a paragraph of a source article with a short verbatim quote (the build checks
 * that the quote really is in the paragraph), or a fact of an outside source the editors rely on
 * (`content/sources/`), such as a US Central Command statement.
 */
import { z } from 'astro/zod';
import { ArticleSlugSchema, SourceSlugSchema } from './slugs.ts';

/** The key of a fact in an outside source: lower-case words joined by hyphens, e.g. `killed`. */
export const FactKeySchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'use lower-case words joined by hyphens, e.g. killed or strike-targets' });

export const ArticleCitationSchema = z.strictObject({
  /** The cited article's slug: its file name in content/articles/ without `.mdx`. */
  article: ArticleSlugSchema,
  /** The paragraph number, as in `#p7` (run `npm run paragraphs -- <slug>` to list them). */
  paragraph: z.number().int().positive(),
  /** A short quote, word for word from that paragraph (spacing and quote marks may differ). */
  quote: z.string().min(3),
  /** Who makes the claim, when it is not the reporter: the paragraph must name them. Optional. */
  by: z.string().min(1).optional(),
});

export const SourceCitationSchema = z.strictObject({
  /** The outside source's slug: its file name in content/sources/ without `.yaml`. */
  source: SourceSlugSchema,
  /** The key of the fact in that source's `facts`. */
  fact: FactKeySchema,
});

/** Either kind of citation. An object with `source` is an outside source's; otherwise an article's. */
export const CitationSchema = z.union([ArticleCitationSchema, SourceCitationSchema]);

/** A citation of an article paragraph, as validated. */
export type ArticleCitation = z.infer<typeof ArticleCitationSchema>;
/** A citation of an outside source's fact, as validated. */
export type SourceCitation = z.infer<typeof SourceCitationSchema>;
/** Either kind of citation. */
export type Citation = z.infer<typeof CitationSchema>;

/** True for a citation of an outside source. */
export function isSourceCitation(cite: Citation): cite is SourceCitation {
  return 'source' in cite;
}
