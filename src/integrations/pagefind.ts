/**
 * The Pagefind search index, built with Pagefind's Node API (the way its docs recommend for
 * Astro). `npm run build` runs it as a step of its own after `astro build` exits
 * (scripts/search-index.ts), so Pagefind's memory never adds to Astro's still-live heap: at 5,000
 * articles indexing inside the build raised the peak by 1.9 GiB (bench/ANALYSIS.md). A plain
 * `astro build` still ships a fresh index: the integration indexes at `astro:build:done` unless
 * `TFT_SEARCH_INDEX=after` says a later step will. Every error stops the build, and the Pagefind
 * service is always closed. Idea borrowed from Starlight's integration.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { SEARCH_EXCLUDE } from '../lib/search/options.ts';

/** The most fragment files the index writes; beyond it, fragments share files. */
export const MAX_FRAGMENTS = 2000;

/** The environment variable that moves indexing out of the build, and the one value that does. */
export const SEARCH_INDEX_ENV = 'TFT_SEARCH_INDEX';
export const AFTER_BUILD = 'after';

/** Throws when a Pagefind step reported errors. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/** Indexes the built site in `site` (a folder) into `site/pagefind/`; returns the pages indexed and the time it took. */
export async function indexSite(site: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  try {
    // Past MAX_FRAGMENTS pages, Pagefind bundles pages' fragments into shared files, so a large
    // site stays under a static host's file limit (Cloudflare Pages: 20,000 a deployment).
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en', maxFragments: MAX_FRAGMENTS, excludeSelectors: SEARCH_EXCLUDE });
    check('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: site });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`Pagefind indexed no pages in ${site}: check that it holds the built site's HTML pages`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    check('writeFiles', written.errors);
    return { pages: added.page_count, ms: Math.round(performance.now() - started) };
  } finally {
    await pagefind.close();
  }
}

/** The integration. */
export default function pagefindIntegration(env: Record<string, string | undefined> = process.env): AstroIntegration {
  return {
    name: 'tit-for-tat:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (env[SEARCH_INDEX_ENV] === AFTER_BUILD) {
          logger.info('search index: written by the next step, after the build exits (scripts/search-index.ts)');
          return;
        }
        const { pages, ms } = await indexSite(fileURLToPath(dir));
        logger.info(`indexed ${pages} pages in ${ms} ms`);
      },
    },
  };
}
