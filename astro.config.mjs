// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import { loadPipelineContext } from './src/build/pipeline-context.ts';
import { pipeline } from './src/remark/index.ts';
import { siteConfig } from './src/site-config.ts';

const { site, base } = siteConfig(process.env);

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), pagefind()],
  // Scripts are files, never inlined, so the Content-Security-Policy needs no 'unsafe-inline'.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: { processor: unified(pipeline(loadPipelineContext(base))) },
});
