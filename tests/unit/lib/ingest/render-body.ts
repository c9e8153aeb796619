/**
 * An article body rendered the way the site renders it: the articles loader
 * (src/build/articles-loader.ts) gives each body to Astro's Markdown renderer, made from the
 * processor astro.config.mjs builds with `pipeline()`. Shared by the draft and publish tests.
 */
import { unified } from '@astrojs/markdown-remark';
import { parseHTML } from 'linkedom';
import { pathToFileURL } from 'node:url';
import type { ContentModel } from '../../../../src/lib/content/model.ts';
import { pipeline } from '../../../../src/remark/index.ts';

/** The HTML of `body` (no frontmatter) as the file at `path` under `root`, with `model`'s glossary and corrections. */
export async function renderBodyHtml(body: string, options: { root: string; model: ContentModel; path: string }): Promise<string> {
  const renderer = await unified(pipeline({ base: '/', root: options.root, model: () => options.model })).createRenderer({ syntaxHighlight: false });
  return (await renderer.render(body, { fileURL: pathToFileURL(options.path) })).code;
}

/** The rendered HTML as a document's body, to read. */
export function bodyOf(html: string): HTMLElement {
  return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as HTMLElement;
}
