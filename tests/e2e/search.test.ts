import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RANKING } from '../../src/lib/search/options.ts';
import { BASE, hasChromium, useSite, watch } from './harness.ts';

/** The committed table of queries and the page each must find (see the file for why each is there). */
const QUERIES: { query: string; actor?: string; top: string; within?: number; why: string }[] = JSON.parse(readFileSync('tests/e2e/search-queries.json', 'utf8'));

/**
 * The result links shown, in order, once the results (of `query`, when given) have loaded. Pagefind
 * fills result slots lazily, so this waits until the first `first` slots hold real results.
 */
async function resultPaths(page: Page, query?: string, first = 3): Promise<string[]> {
  if (query) await page.locator('pagefind-summary').filter({ hasText: query }).waitFor({ timeout: 10_000 });
  await page.locator('pagefind-results a.pf-result-link').first().waitFor({ timeout: 10_000 });
  await expect
    .poll(
      () =>
        page.locator('pagefind-results li.pf-result').evaluateAll((items, n) => {
          const head = items.slice(0, n);
          return head.length > 0 && head.every((li) => li.querySelector('a.pf-result-link'));
        }, first),
      { timeout: 10_000 },
    )
    .toBe(true);
  const hrefs = await page.locator('pagefind-results a.pf-result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((h) => h.slice(BASE.length));
}

describe.skipIf(!hasChromium)('search in a browser', () => {
  const site = useSite();

  it.each(QUERIES)('finds $top for "$query" ($why)', async ({ query, actor, top, within = 1 }) => {
    const page = await site.browser.newPage();
    const seen = watch(page, new URL(site.server.url).origin);
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent(query)}`);
    const paths = await resultPaths(page, query, within);
    expect(paths.slice(0, within), JSON.stringify(paths.slice(0, 5))).toContain(top);
    // An actor's card stands above the results: that is what the reader sees first.
    if (actor) {
      const card = page.locator('actor-card a.actor-card');
      await card.waitFor({ timeout: 5_000 });
      expect(await card.getAttribute('data-actor')).toBe(actor);
    }
    expect(seen.errors).toEqual([]);
    expect(seen.foreign).toEqual([]);
    await page.close();
  });

  it('indexes no words a correction marks wrong or unconfirmed, on any page that marks some, while indexing the rest of the page', async () => {
    const dist = process.env['DIST_DIR'] ?? 'dist';
    const pages = readdirSync(join(dist, 'articles'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => ({ path: `articles/${d.name}/`, root: parse(readFileSync(join(dist, 'articles', d.name, 'index.html'), 'utf8')) }))
      .map(({ path, root }) => ({ path, title: root.querySelector('h1')!.textContent.trim(), marked: root.querySelectorAll('.prose mark.correction-mark:is(.wrong, .unconfirmed)').map((m) => m.textContent.trim()) }))
      .filter((p) => p.marked.length > 0);
    expect(pages.length, 'an article with marked words').toBeGreaterThan(0);
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/`);
    await page.locator('pagefind-input input').waitFor();
    const records = await page.evaluate(
      async ({ pages, base }) => {
        type Results = { results: { data(): Promise<{ url: string; content: string }> }[] };
        const ui = (window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(n: string): { on(e: string, cb: (r: Results) => void): void; triggerSearch(t: string): void } } } }).PagefindComponents.getInstanceManager().getInstance('default');
        let waiting: ((r: Results) => void) | undefined;
        ui.on('results', (r) => waiting?.(r));
        const out: { path: string; content: string | undefined }[] = [];
        for (const p of pages) {
          const shown = new Promise<Results>((resolve) => (waiting = resolve));
          ui.triggerSearch(p.title);
          const found = await Promise.all((await shown).results.slice(0, 10).map((r) => r.data()));
          out.push({ path: p.path, content: found.find((d) => d.url.split('?')[0] === `${base}${p.path}`)?.content });
        }
        return out;
      },
      { pages, base: BASE },
    );
    for (const { path, content } of records) {
      const { marked } = pages.find((p) => p.path === path)!;
      expect(content, `${path} is indexed`).toBeTruthy();
      expect(content!.length, path).toBeGreaterThan(500);
      for (const words of marked) expect(content, `${path}: “${words}”`).not.toContain(words);
    }
    await page.close();
  });

  it('puts the glossary entry first for every unambiguous name and alias of every actor', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/`);
    await page.locator('pagefind-input input').waitFor();
    const data = (await (await fetch(`${site.server.url}search/actors.json`)).json()) as { terms: { actor: string; text: string; ambiguous?: boolean }[] };
    // Names two actors share are ambiguous by construction; the glossary marks them so.
    const terms = data.terms.filter((t) => !t.ambiguous);
    expect(terms.length).toBeGreaterThan(50);
    const misses = await page.evaluate(
      async ({ terms, base }) => {
        type Results = { results: { data(): Promise<{ url: string }> }[] };
        const ui = (window as unknown as { PagefindComponents: { getInstanceManager(): { getInstance(n: string): { on(e: string, cb: (r: Results) => void): void; triggerSearch(t: string): void } } } }).PagefindComponents.getInstanceManager().getInstance('default');
        let waiting: ((r: Results) => void) | undefined;
        ui.on('results', (r) => waiting?.(r));
        const out: string[] = [];
        for (const t of terms) {
          const shown = new Promise<Results>((resolve) => (waiting = resolve));
          ui.triggerSearch(t.text);
          const first = (await shown).results[0];
          const url = first ? (await first.data()).url : '(none)';
          if (!url.startsWith(`${base}actors/${t.actor}/`)) out.push(`${t.text} → ${url}`);
        }
        return out;
      },
      { terms, base: BASE },
    );
    expect(misses).toEqual([]);
    await page.close();
  });

  it('ranks Kataib Hezbollah first for "KH" on Pagefind’s own scores with the site’s ranking options, before any reordering', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}explainers/`);
    // A string, so the test runner does not rewrite the browser's dynamic import.
    const first = (await page.evaluate(`(async () => {
      const pagefind = await import(${JSON.stringify(`${BASE}pagefind/pagefind.js`)});
      await pagefind.options({ ranking: ${JSON.stringify(RANKING)} });
      const found = await pagefind.search('KH');
      return Promise.all(found.results.slice(0, 2).map(async (r) => (await r.data()).url));
    })()`)) as string[];
    expect(first[0]).toBe(`${BASE}actors/kataib-hezbollah/`);
    await page.close();
  });

  it('keeps the query in the address, so a search can be shared', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/`);
    await page.locator('pagefind-input input').fill('Erbil');
    await page.waitForURL(/\?q=Erbil$/);
    await page.goto(`${site.server.url}search/?q=Erbil`);
    await expect.poll(() => page.locator('pagefind-input input').inputValue()).toBe('Erbil');
    await page.close();
  });

  it('lets a reader browse by filter without a query, and filter results by type', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/`);
    const summary = page.locator('pagefind-summary');
    // Browsing with no query loads the whole index's filters and first results: on a busy two-core machine that took over 5 s.
    await expect.poll(async () => Number((await summary.textContent())?.match(/(\d+) results/)?.[1] ?? 0), { timeout: 20_000 }).toBeGreaterThan(50);
    await page.locator('pagefind-filter-pane details[data-filter-name="type"] summary').click();
    await page.locator('pagefind-filter-pane input[name="type"][value="Explainer"]').check();
    await expect.poll(async () => (await summary.textContent())?.match(/(\d+) results?/)?.[1], { timeout: 20_000 }).toBe('12');
    expect((await resultPaths(page)).every((p) => p.startsWith('explainers/'))).toBe(true);
    await page.close();
  });

  it('leaves an actor’s entry out of filtered results when the filter excludes it', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/?q=kataib%20hezbolah`);
    await page.locator('actor-card a.actor-card').waitFor();
    await page.locator('pagefind-filter-pane details[data-filter-name="type"] summary').click();
    await page.locator('pagefind-filter-pane input[name="type"][value="Explainer"]').check();
    await expect.poll(async () => (await resultPaths(page, undefined, 1)).every((p) => p.startsWith('explainers/'))).toBe(true);
    await page.close();
  });
});
