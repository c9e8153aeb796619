import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import pagefindIntegration, { indexSite } from '../../../src/integrations/pagefind.ts';

const root = mkdtempSync(join(tmpdir(), 'tft-pagefind-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A built site of one page whose main content is `body` (marked for Pagefind or not). */
function site(name: string, body: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><title>${name}</title></head><body>${body}</body></html>`);
  return dir;
}

/** Runs the integration's build:done hook on `dir`, collecting what it logs. */
async function buildDone(env: Record<string, string>, dir: string): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m), warn: () => {}, error: () => {}, debug: () => {}, fork: () => logger, label: '', options: {} };
  const hook = pagefindIntegration(env).hooks['astro:build:done'] as (o: unknown) => Promise<void>;
  await hook({ dir: pathToFileURL(`${dir}/`), logger, pages: [], routes: [], assets: new Map() });
  return logged;
}

describe('the search index', () => {
  it('indexes the pages that mark their main content, into the folder pagefind/', async () => {
    const dir = site('one', '<nav>Menu</nav><main data-pagefind-body><p>Harbour piers reopen after the storm.</p></main>');
    const { pages } = await indexSite(dir);
    expect(pages).toBe(1);
  });

  it('stops with an error naming the folder when it holds no page to index', async () => {
    const dir = join(root, 'empty');
    mkdirSync(dir);
    writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\n');
    await expect(indexSite(dir)).rejects.toThrow(/indexed no pages in .*empty: check that it holds the built site's HTML pages/);
  });

  it('is left to the step after the build when TFT_SEARCH_INDEX=after, and says so', async () => {
    const dir = join(root, 'after');
    mkdirSync(dir); // no pages: indexing here would fail
    const logged = await buildDone({ TFT_SEARCH_INDEX: 'after' }, dir);
    expect(logged.join('\n')).toMatch(/written by the next step.*scripts\/search-index\.ts/);
  });

  it('runs inside a plain astro build when nothing says otherwise', async () => {
    const dir = site('inside', '<main data-pagefind-body><p>Piers reopen.</p></main>');
    const logged = await buildDone({}, dir);
    expect(logged.join('\n')).toMatch(/^indexed 1 pages in \d+ ms$/);
  });
});
