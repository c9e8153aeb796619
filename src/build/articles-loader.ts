/**
 * The articles collection's loader: each article's body is rendered by the content layer with the
 * site's Markdown processor (the same remark plugins as every page) and its HTML kept in Astro's
 * content store. No article becomes a module for Vite to compile and bundle; at 5,000 articles the
 * bench measured that bundling as the largest part of a rebuild (bench/ANALYSIS.md).
 *
 * An article's body is Markdown: the content check refuses the MDX-only syntax that would read
 * otherwise (`mdxOnly` in src/lib/content/body.ts), so the files stay `.mdx` and mean the same in
 * either. The bodies come from the content model, which has read every file once; a body whose key
 * (src/lib/render-plan.ts) is what the store holds, and whose HTML is on disk, is not rendered
 * again. The HTML is kept in node_modules/.astro/tft-html (src/build/article-html.ts), not in the
 * store, which Astro bundles whole into the build; the store keeps each article's key. Both
 * persist between builds. The dev server renders again what a content change touches.
 */
import type { Loader } from 'astro/loaders';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTENT_DIRS } from '../lib/content/model.ts';
import { codeDigest, moduleKey, modelInputs } from '../lib/mdx-cache.ts';
import { renderPlan } from '../lib/render-plan.ts';
import { codeFiles } from './code-files.ts';
import { articleHtmlStore, encodeHtml } from './article-html.ts';
import { getModel } from './content.ts';

/** The loader. */
export function articlesLoader(): Loader {
  return {
    name: 'tit-for-tat:articles',
    async load({ store, renderMarkdown, config, logger, watcher }) {
      const root = fileURLToPath(config.root);
      const { base } = config;
      const sync = async (): Promise<void> => {
        const model = getModel(root);
        const code = codeDigest(codeFiles(root), { renderer: 'markdown', base, node: process.version });
        const wanted = new Map([...model.articles.values()].map((a) => [a.slug as string, moduleKey({ code, model: modelInputs(model, base, { dir: CONTENT_DIRS.articles, slug: a.slug }, a.body), path: a.file, content: a.body, frontmatter: null })]));
        const html = articleHtmlStore(root);
        // An entry whose HTML is not on disk (the folder deleted, a write the last build did not finish) is rendered again.
        const plan = renderPlan(wanted, new Map(store.entries().map(([id, entry]) => [id, typeof entry.digest === 'string' && html.has(entry.digest) ? entry.digest : undefined])));
        for (const id of plan.drop) store.delete(id);
        for (const id of plan.render) {
          const article = model.articles.get(id as never)!;
          const rendered = await renderMarkdown(article.body, { fileURL: pathToFileURL(join(root, article.file)) });
          html.write(wanted.get(id)!, encodeHtml(rendered.html));
          store.set({ id, data: {}, digest: wanted.get(id)!, filePath: article.file });
        }
        await html.written();
        html.keepOnly(new Set(wanted.values()));
        logger.info(`${wanted.size} articles: ${plan.render.length} rendered, ${plan.keep.length} from the cache${plan.drop.length ? `; ${plan.drop.length} removed` : ''}`);
      };
      await sync();
      // The content integration reads the content again on a change (in the same event, before this runs).
      watcher?.on('all', (_event, path) => {
        if (path.replaceAll('\\', '/').includes('/content/')) setImmediate(() => void sync().catch((error: unknown) => logger.error(String(error))));
      });
    },
  };
}
