/**
 * The editors' own list for the editorial lint: sentences allowed to stand uncited, with the reason.
 */
import { z } from 'astro/zod';

export const AllowlistSchema = z.array(
  z.strictObject({
    /** The file, e.g. content/explainers/who-is-kataib-hezbollah.mdx. */
    file: z.string().regex(/^content\/[\w/.-]+\.mdx$/, { message: 'give the path from the project root, e.g. content/explainers/x.mdx' }),
    /** The sentence, or enough of its start to tell it apart. */
    text: z.string().min(10),
    /** Why it needs no citation: "a transition", "a summary of the sections above". */
    reason: z.string().min(5),
  }),
);
