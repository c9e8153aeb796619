/**
 * `node bench/pagefind-index.ts <site-dir>`: builds the Pagefind index of a built site the way
 * src/integrations/pagefind.ts does after `astro build` (Node API, language forced to English), for
 * the pipelines that run without that integration. Prints the same log line as the integration:
 * `[tit-for-tat:pagefind] indexed N pages in X ms`.
 */
import * as pagefind from 'pagefind';

/** Indexes `site` into `site/pagefind`; returns the page count and the time taken. */
export async function indexSite(site: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (errors.length > 0 || !index) throw new Error(`Pagefind createIndex failed: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) throw new Error(`Pagefind addDirectory failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length > 0) throw new Error(`Pagefind writeFiles failed: ${written.errors.join('; ')}`);
    return { pages: added.page_count, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

if (import.meta.main) {
  const site = process.argv[2];
  if (!site) {
    console.error('usage: node bench/pagefind-index.ts <site-dir>');
    process.exit(2);
  }
  const { pages, ms } = await indexSite(site);
  console.log(`[tit-for-tat:pagefind] indexed ${pages} pages in ${Math.round(ms)} ms`);
}
