/**
 * The articles' rendered bodies, kept on disk in node_modules/.astro/tft-html (one file a body,
 * under the key it was rendered with), not in Astro's content store. Astro bundles its whole store
 * into the build as one module: with every body's HTML in it, that module was 37 MB at 5,000
 * articles, and bundling it made the build's peak memory (issue #15; BENCHMARKS.md). The articles
 * loader writes a body here; the article page reads it back by its store entry's digest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileStore } from './file-store.ts';

/** Where the rendered bodies are kept, under the project's root. */
export const ARTICLE_HTML = 'node_modules/.astro/tft-html';

/** The store of rendered bodies of a project. */
export function articleHtmlStore(root: string): ReturnType<typeof fileStore> {
  return fileStore(join(root, ARTICLE_HTML));
}

/** A body's entry text. */
export function encodeHtml(html: string): string {
  return JSON.stringify({ html });
}

/**
 * The rendered body kept under `key`. Throws, naming the article, when it is not there (a cache
 * folder deleted while the build ran): building again renders it.
 */
export function readArticleHtml(slug: string, key: string, root = process.cwd()): string {
  const path = join(root, ARTICLE_HTML, `${key}.json`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`The rendered body of the article "${slug}" is missing from ${ARTICLE_HTML} (${key}.json): run the build again, which renders it.`);
  }
  const html = (JSON.parse(text) as { html?: unknown }).html;
  if (typeof html !== 'string') throw new Error(`The rendered body of the article "${slug}" in ${path} is not a body: delete the file and run the build again.`);
  return html;
}
