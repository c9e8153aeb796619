/**
 * A citation: an article, a paragraph of it and a short verbatim quote from that paragraph. The
 * build checks that the quote really is in the paragraph (see `src/lib/citations.ts`).
 */
import { z } from 'astro/zod';

export const CitationSchema = z.object({
  /** The cited article's slug: its file name in content/articles/ without `.mdx`. */
  article: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'use the article file name without .mdx, e.g. how-the-us-strikes-a-delicate-balance' }),
  /** The paragraph number, as in `#p7` (run `npm run paragraphs -- <slug>` to list them). */
  paragraph: z.number().int().positive(),
  /** A short quote, word for word from that paragraph (spacing and quote marks may differ). */
  quote: z.string().min(3),
  /** Who makes the claim, when it is not the reporter: "US Central Command", "an Iraqi militia official". Optional. */
  by: z.string().min(1).optional(),
});

/** A citation, as validated. */
export type Citation = z.infer<typeof CitationSchema>;
