/**
 * Builds the Pagefind search index after Astro writes the site, with Pagefind's Node API (the way
 * its docs recommend for Astro), so `npm run build` always ships a fresh index. Every error stops
 * the build, and the Pagefind service is always closed. Idea borrowed from Starlight's integration.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_EXCLUDE } from '../lib/search/options.ts';

/** The most fragment files the index writes; beyond it, fragments share files. */
export const MAX_FRAGMENTS = 2000;

/** Throws when a Pagefind step reported errors. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/** The integration. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'tit-for-tat:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        try {
          // Past MAX_FRAGMENTS pages, Pagefind bundles pages' fragments into shared files, so a large
          // site stays under a static host's file limit (Cloudflare Pages: 20,000 a deployment).
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: MAX_FRAGMENTS, excludeSelectors: SEARCH_EXCLUDE });
          check('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          check('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error(`Pagefind indexed no pages in ${site}: check that pages carry data-pagefind-body`);
          const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
          check('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
