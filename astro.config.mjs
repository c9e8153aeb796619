// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { getModel } from './src/build/content.ts';
import content from './src/integrations/content.ts';
import headers from './src/integrations/headers.ts';
import mdxCache from './src/integrations/mdx-cache.ts';
import ogImages from './src/integrations/og-images.ts';
import pagefind from './src/integrations/pagefind.ts';
import { movedPages } from './src/lib/moved.ts';
import { href } from './src/lib/paths.ts';
import { sitemapFilter } from './src/lib/sitemap.ts';
import { pipeline } from './src/remark/index.ts';
import { astroCsp } from './src/security.ts';
import { pipelineMode, siteConfig } from './src/site-config.ts';

const { site, base } = siteConfig(process.env);
// The benchmark's floor (TFT_PIPELINE=bare): same Astro, MDX and pages, none of our plugins or integrations.
const bare = pipelineMode(process.env) === 'bare' ? await import('./bench/bare.ts') : undefined;

/**
 * Astro marks every compiled MDX module with its own "use astro:head-inject" directive, which the
 * bundler warns it may not keep (once per MDX file). Astro handles it; there is nothing a user can
 * do, so that one warning is dropped here and every other warning is shown.
 * @type {NonNullable<NonNullable<NonNullable<import('vite').UserConfig['build']>['rolldownOptions']>['onLog']>}
 */
const quietDirectives = (level, log, handler) => {
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return;
  handler(level, log);
};
const root = process.cwd();
/** The sitemap's filter, made once from the content model on the first page it is asked about. @type {((page: string) => boolean) | undefined} */
let inSitemap;
// Compiled MDX modules kept between builds (node_modules/.astro/tft-mdx), keyed by each file and all its compile reads.
const compiled = bare ? undefined : mdxCache({ root, base, model: () => getModel(root) });
const processor = unified(bare ? bare.barePipeline() : pipeline({ base, root, model: () => getModel(root) }));

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    // First: the content is checked before anything else runs.
    ...(bare ? [] : [content(root)]),
    mdx(),
    // Alias pages and the old addresses of renamed entries only redirect, so they stay out of the sitemap (and of search).
    sitemap({ filter: (page) => (inSitemap ??= sitemapFilter(new Set(getModel(root).actors.keys()), new Set(movedPages(getModel(root)).map((m) => href(base, m.from)))))(page) }),
    ...(bare ? [] : [pagefind(), ogImages(), headers(base)]),
    ...(compiled ? [compiled.integration] : []),
  ],
  security: { csp: astroCsp },
  // Article and explainer pages whose content did not change are copied from the last build
  // (their cacheKey: src/data/cache-keys.ts); the cache lives in node_modules/.astro.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      // Scripts are files, never inlined, so the Content-Security-Policy needs no 'unsafe-inline'.
      assetsInlineLimit: 0,
      rolldownOptions: { onLog: quietDirectives },
    },
  },
  markdown: {
    processor: compiled ? compiled.wrap(processor) : processor,
    // No page shows code, and Shiki's inline styles would break the Content-Security-Policy.
    syntaxHighlight: false,
  },
});
