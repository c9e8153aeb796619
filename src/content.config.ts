/**
 * Content collections: where each collection's files are and which schema checks them. Nothing else.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: ArticleSchema,
});

export const collections = { articles };
