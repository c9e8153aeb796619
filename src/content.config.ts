/**
 * Content collections: where each collection's files are and which schema checks them. Nothing else.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ActorSchema } from './schemas/actor.ts';
import { ArticleSchema } from './schemas/article.ts';
import { ExplainerSchema } from './schemas/explainer.ts';

const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: ArticleSchema,
});

const actors = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/actors' }),
  schema: ActorSchema,
});

const explainers = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/explainers' }),
  schema: ExplainerSchema,
});

export const collections = { articles, actors, explainers };
