/**
 * Content collections: Astro compiles the MDX bodies of actors and explainers from here; the
 * articles' bodies, plain Markdown, are rendered by the content layer (src/build/articles-loader.ts).
 * Their data is not validated here: the content model (src/build/content.ts) reads every content
 * file once with the schemas in src/schemas/, and `checkContent` checks it before any page renders.
 * The YAML collections (events, places, counts, sources) have no body to compile, so they are only
 * in the model.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articlesLoader } from './build/articles-loader.ts';

const articles = defineCollection({ loader: articlesLoader() });
const actors = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/actors' }) });
const explainers = defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/explainers' }) });

export const collections = { articles, actors, explainers };
