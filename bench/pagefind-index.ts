/**
 * `node bench/pagefind-index.ts <site>`: builds a built site's Pagefind index with Pagefind's Node
 * API, the way src/integrations/pagefind.ts does inside FULL's build (language forced to English),
 * for BARE, which runs without that integration. It runs in a process of its own so that its time
 * and memory are measured apart from BARE's build.
 */
import * as pagefind from 'pagefind';

/** Throws when a Pagefind step reported errors. */
function check(step: string, errors: string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed: ${errors.join('; ')}`);
}

const site = process.argv[2];
if (!site) throw new Error('usage: node bench/pagefind-index.ts <built-site-folder>');
try {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  check('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  const added = await index.addDirectory({ path: site });
  check('addDirectory', added.errors);
  check('writeFiles', (await index.writeFiles({ outputPath: `${site}/pagefind` })).errors);
  console.log(`indexed ${added.page_count} pages`);
} finally {
  await pagefind.close();
}
