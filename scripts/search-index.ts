/**
 * `node scripts/search-index.ts [folder]`: builds the Pagefind index of a built site (default
 * `dist`), the last step of `npm run build`, in a process of its own after `astro build` has exited
 * and freed its memory (src/integrations/pagefind.ts says why). Exits non-zero, naming the folder,
 * when there is no built site there or Pagefind reports an error.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexSite } from '../src/integrations/pagefind.ts';

const folder = resolve(process.argv[2] ?? 'dist');
if (!existsSync(resolve(folder, 'index.html'))) {
  console.error(`search-index: no built site in ${folder} (no index.html). Run \`astro build\` first, or pass the folder it wrote.`);
  process.exit(1);
}
try {
  const { pages, ms } = await indexSite(folder);
  console.log(`[search-index] indexed ${pages} pages in ${ms} ms`);
} catch (error) {
  console.error(`search-index: ${folder}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
