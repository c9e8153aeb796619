/**
 * Content collections: where each collection's files are and which schema checks them. Nothing else.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { ActorSchema } from './schemas/actor.ts';
import { ArticleSchema } from './schemas/article.ts';
import { CountSchema } from './schemas/count.ts';
import { EventSchema } from './schemas/event.ts';
import { ExplainerSchema } from './schemas/explainer.ts';
import { PlaceSchema } from './schemas/place.ts';

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

const events = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/events' }),
  schema: EventSchema,
});

const places = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/places' }),
  schema: PlaceSchema,
});

const counts = defineCollection({
  loader: file('./content/counts.yaml'),
  schema: CountSchema,
});

export const collections = { articles, actors, explainers, events, places, counts };
