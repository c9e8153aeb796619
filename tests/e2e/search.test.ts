import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
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

  it.each(QUERIES)('finds $top for "$query" ($why)', async ({ query, actor, top, within = actor ? 3 : 1 }) => {
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
    await expect.poll(async () => Number((await summary.textContent())?.match(/(\d+) results/)?.[1] ?? 0)).toBeGreaterThan(50);
    await page.locator('pagefind-filter-pane details[data-filter-name="type"] summary').click();
    await page.locator('pagefind-filter-pane input[name="type"][value="Explainer"]').check();
    await expect.poll(async () => (await summary.textContent())?.match(/(\d+) results?/)?.[1]).toBe('12');
    expect((await resultPaths(page)).every((p) => p.startsWith('explainers/'))).toBe(true);
    await page.close();
  });

  it('opens from any page with Ctrl+K, moves through results with the arrow keys, opens one with Enter', async () => {
    const page = await site.browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${site.server.url}articles/us-tit-for-tat-strikes-send-warning/`, { waitUntil: 'networkidle' });
    expect(loaded.filter((p) => p.includes('/pagefind/')), 'no search code before searching').toEqual([]);
    await page.keyboard.press('Control+k');
    const input = page.locator('pagefind-modal input').first();
    await input.waitFor();
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Kirby');
    await page.locator('pagefind-modal a.pf-result-link').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.endsWith('us-tit-for-tat-strikes-send-warning/'));
    expect(page.url()).toContain('pagefind-highlight=');
    await page.locator('mark').first().waitFor({ timeout: 5_000 });
    await page.close();
  });

  it('closes with Esc and gives focus back to the page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}explainers/`);
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal input').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await page.close();
  });
});
