/**
 * Compiled MDX modules kept between builds in node_modules/.astro/tft-mdx, one file per module
 * under its key (src/lib/mdx-cache.ts): `wrap` gives the Markdown processor an MDX renderer that
 * compiles only the files whose key is new, and the integration turns it on for `astro build` (the
 * dev server compiles as usual), then drops the entries the build did not use. Astro's incremental
 * build still reuses unchanged pages; this saves the compile Vite does before any page renders.
 */
import type { MarkdownProcessor } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { VFile } from 'vfile';
import { codeFiles } from '../build/code-files.ts';
import { fileStore } from '../build/file-store.ts';
import type { ContentModel } from '../lib/content/model.ts';
import { cachedRenderer, codeDigest, moduleKey, modelInputs } from '../lib/mdx-cache.ts';
import { entryOf } from '../remark/index.ts';

/** Where the compiled modules are kept. */
export const MDX_CACHE = 'node_modules/.astro/tft-mdx';

/** The cache for the project at `root`, built for `base`, whose plugins read `model()`. */
export default function mdxCache(options: { root: string; base: string; model: () => ContentModel }): { wrap: <O extends object>(processor: MarkdownProcessor<O>) => MarkdownProcessor<O>; integration: AstroIntegration } {
  const { root, base, model } = options;
  const dir = join(root, MDX_CACHE);
  const store = fileStore(dir);
  const used = new Set<string>();
  const counts = { hits: 0, compiled: 0 };
  const renderers: ReturnType<typeof cachedRenderer>[] = [];
  let enabled = false;

  type Renderer = Awaited<ReturnType<NonNullable<MarkdownProcessor['createMdxRenderer']>>>;
  const wrap = <O extends object>(processor: MarkdownProcessor<O>): MarkdownProcessor<O> => {
    const create = processor.createMdxRenderer?.bind(processor);
    if (!create) return processor;
    return {
      ...processor,
      async createMdxRenderer(shared, mdx): Promise<Renderer> {
        const renderer = await create(shared, mdx);
        if (!enabled) return renderer;
        const code = codeDigest(codeFiles(root), { shared, mdx, base, node: process.version });
        const cached = cachedRenderer(
          renderer,
          (content, filePath, frontmatter) => moduleKey({ code, model: modelInputs(model(), base, entryOf(root, { history: [filePath] } as unknown as VFile), content), path: filePath, content, frontmatter }),
          store,
        );
        renderers.push(cached);
        // What it gives is what the renderer gave, as JSON read back (Astro's metadata is plain data).
        return cached as Renderer;
      },
    };
  };

  const integration: AstroIntegration = {
    name: 'tit-for-tat:mdx-cache',
    hooks: {
      'astro:config:setup': ({ command }) => {
        enabled = command === 'build';
      },
      'astro:build:done': async ({ logger }) => {
        await store.written();
        for (const r of renderers.splice(0)) {
          counts.hits += r.stats.hits;
          counts.compiled += r.stats.compiled;
          for (const k of r.stats.keys) used.add(k);
        }
        if (used.size === 0) return;
        // What this build did not use is stale: a file changed or went, or the code or the base path did
        // (so a build for another base path, as `npm run build:base`, starts that cache again).
        let dropped = 0;
        let names: string[] = [];
        try {
          names = readdirSync(dir);
        } catch {
          // Nothing was written: nothing to drop.
        }
        for (const name of names) {
          if (!used.has(name.replace(/\.json$/, ''))) {
            rmSync(join(dir, name), { force: true });
            dropped++;
          }
        }
        logger.info(`${counts.hits + counts.compiled} MDX compiles: ${counts.compiled} compiled, ${counts.hits} from the cache${dropped ? `; ${dropped} stale entries dropped` : ''}`);
      },
    },
  };
  return { wrap, integration };
}
