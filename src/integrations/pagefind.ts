/**
 * Builds the Pagefind search index after Astro writes the site, with Pagefind's Node API (the way
 * its docs recommend for Astro), so `npm run build` always ships a fresh index. Every error stops
 * the build, and the Pagefind service is always closed. Idea borrowed from Starlight's integration.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

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
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
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
