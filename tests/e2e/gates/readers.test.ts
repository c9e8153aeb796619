/**
 * The gates on what readers do, on a real static host: nginx serving dist/ with the headers the
 * build writes for it (tests/e2e/static-host.ts), so the header's Content-Security-Policy applies
 * as well as the page's (every page in the sitemap is loaded under it by pages.test.ts). On a phone
 * and a desktop in both themes, with axe and the console
 * watched at every step: the open search modal and a result's landing page, a tapped citation and
 * its sheet, a glossary preview and a tooltip, the corrections opened from a fragment link, and the
 * timeline's filters. Screenshots of the key pages at 390 px and 1280 px, light and dark, are kept
 * in tests/.tmp/screenshots/ (see checks.ts) as the run's artifacts.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasChromium } from '../harness.ts';
import { hasNginx, useStaticHost } from '../static-host.ts';
import { axeFailures, pool, readerContext, screenshotDir, sitemapPaths, strictPage } from './checks.ts';

const EXPLAINER = 'explainers/who-is-kataib-hezbollah/';
const CORRECTED = 'articles/ai-written-account-of-february-2024-strikes/';

/** The key pages a reader meets, for the screenshots. */
const KEY_PAGES: Record<string, string> = {
  home: '',
  explainer: EXPLAINER,
  article: CORRECTED,
  actor: 'actors/kataib-hezbollah/',
  timeline: 'timeline/',
  places: 'places/',
  sources: 'about/sources/',
};

/**
 * The timeline's filters, whatever their stage: in-place chips (`<timeline-filter>` with
 * `a[data-filter]`) and the compact switch with JavaScript, or plain filter links without it.
 */
const FILTERS = 'timeline-filter, .timeline-filters, .tl-filters';

describe.skipIf(!hasChromium || !hasNginx)('gates on what readers do, under a static host’s headers', () => {
  const site = useStaticHost();
  const origin = (): string => new URL(site.server.url).origin;

  /** Runs `steps` in a fresh context per device and theme; collects axe, console and CSP failures. */
  async function gate(devices: ('phone' | 'desktop')[], steps: (page: Page, check: (label: string) => Promise<void>) => Promise<void>): Promise<string[]> {
    const failures: string[] = [];
    for (const device of devices) {
      for (const scheme of ['light', 'dark'] as const) {
        const context: BrowserContext = await readerContext(site.browser, device, scheme);
        const { page, seen } = await strictPage(context, origin());
        const where = `${device}, ${scheme}`;
        try {
          await steps(page, async (label) => {
            failures.push(...(await axeFailures(page, `${label} (${where})`)));
          });
        } catch (error) {
          failures.push(`${where}: ${(error as Error).message.split('\n')[0]}`);
        }
        for (const e of seen.errors) failures.push(`${where}: console error: ${e}`);
        for (const f of seen.foreign) failures.push(`${where}: request to another origin: ${f}`);
        await context.close();
      }
    }
    return failures;
  }

  it('serves every page with the security headers the build writes', async () => {
    const failures: string[] = [];
    await pool(sitemapPaths(), 4, async (path) => {
      const response = await fetch(`${origin()}${path}`);
      const csp = response.headers.get('content-security-policy') ?? '';
      if (response.status !== 200) failures.push(`${path}: HTTP ${response.status}`);
      if (!csp.includes("frame-ancestors 'none'") || /'unsafe-inline'|'unsafe-eval'/.test(csp)) failures.push(`${path}: CSP header ${JSON.stringify(csp)}`);
      if (response.headers.get('x-content-type-options') !== 'nosniff') failures.push(`${path}: no nosniff`);
    });
    expect(failures).toEqual([]);
  });

  it('serves scripts and the search index with nosniff and their caching rules', async () => {
    const html = await (await fetch(site.server.url)).text();
    const script = /<script[^>]+src="([^"]+_astro\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script, 'a hashed script on the home page').toBeTruthy();
    for (const [url, cache] of [
      [new URL(script!, site.server.url).href, 'public, max-age=31536000, immutable'],
      [`${site.server.url}pagefind/pagefind-entry.json`, 'public, max-age=3600'],
    ] as const) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
      expect(response.headers.get('cache-control'), url).toBe(cache);
      expect(response.headers.get('content-security-policy'), url).toContain("default-src 'self'");
    }
  });

  it('the open search modal and a result’s landing page', async () => {
    const failures = await gate(['phone', 'desktop'], async (page, check) => {
      await page.goto(site.server.url + EXPLAINER, { waitUntil: 'networkidle' });
      await page.locator('.search-link').click();
      const input = page.locator('pagefind-modal input').first();
      await input.waitFor();
      await input.fill('kataib hezbollah');
      const result = page.locator('pagefind-modal a.pf-result-link').first();
      await result.waitFor({ timeout: 10_000 });
      await page.locator('pagefind-modal pagefind-results mark').first().waitFor();
      await check('the search modal with results');
      await Promise.all([page.waitForURL((url) => url.searchParams.has('pagefind-highlight')), result.click()]);
      await page.waitForLoadState('networkidle');
      await page.locator('mark.search-hit').first().waitFor({ timeout: 5_000 });
      await check(`the landing page ${new URL(page.url()).pathname}`);
    });
    expect(failures).toEqual([]);
  }, 180_000);

  it('a tapped citation opens its sheet, which leads to the source paragraph', async () => {
    const failures = await gate(['phone'], async (page, check) => {
      await page.goto(site.server.url + EXPLAINER, { waitUntil: 'networkidle' });
      const marker = page.locator('.prose sup.cite a').first();
      const target = await marker.evaluate((a) => (a as HTMLAnchorElement).href);
      await marker.tap();
      const sheet = page.locator('cite-sheet');
      await sheet.waitFor();
      expect(page.url()).toBe(site.server.url + EXPLAINER);
      await check('an explainer with a tapped citation’s sheet open');
      await sheet.getByRole('link', { name: 'Open source paragraph' }).tap();
      await page.waitForURL(target);
      await check('the source paragraph');
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it('a glossary preview and a citation’s tooltip, opened by keyboard and mouse', async () => {
    const failures = await gate(['desktop'], async (page, check) => {
      await page.goto(site.server.url + EXPLAINER, { waitUntil: 'networkidle' });
      await page.locator('link-previews a[data-actor]').first().focus();
      await page.locator('#link-preview').waitFor();
      await check('an explainer with a glossary preview open');
      await page.locator('.prose sup.cite a').first().hover();
      await check('an explainer with a citation’s tooltip open');
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it('the corrections list, opened from a link to one correction', async () => {
    const failures = await gate(['phone', 'desktop'], async (page, check) => {
      await page.goto(site.server.url + CORRECTED, { waitUntil: 'networkidle' });
      await page.locator('.prose a.correction-ref').first().click();
      await expect.poll(() => page.locator('details.corrections-list').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await check('an article with its corrections open');
    });
    expect(failures).toEqual([]);
  }, 120_000);

  it('the timeline’s filters, with JavaScript and as links', async () => {
    const failures = await gate(['phone', 'desktop'], async (page, check) => {
      await page.goto(`${site.server.url}timeline/`, { waitUntil: 'networkidle' });
      const filters = page.locator(FILTERS).first();
      expect(await filters.count(), `the timeline has filters (${FILTERS})`).toBe(1);
      // In place, where the filter element is built: each chip, then the compact list.
      const chips = filters.locator('a[data-filter]');
      for (let i = 0; i < Math.min(await chips.count(), 2); i++) {
        await chips.nth(i).click();
        await page.waitForLoadState('networkidle');
        await check(`the timeline filtered by "${(await chips.nth(i).textContent())?.trim()}"`);
      }
      const compact = filters.locator('input.tl-compact');
      if ((await compact.count()) > 0) {
        await compact.check();
        await check('the compact timeline');
      }
      // As links, as a reader without JavaScript follows them: the first filter's own page.
      const href = await filters.locator('a[href]').first().getAttribute('href');
      await page.goto(new URL(href!, page.url()).href, { waitUntil: 'networkidle' });
      await check(`the filtered timeline ${new URL(page.url()).pathname}`);
    });
    expect(failures).toEqual([]);
  }, 180_000);

  it('keeps screenshots of the key pages at 390 px and 1280 px, light and dark', async () => {
    const dir = screenshotDir();
    const written: string[] = [];
    for (const device of ['phone', 'desktop'] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await readerContext(site.browser, device, scheme);
        const page = await context.newPage();
        for (const [name, path] of Object.entries(KEY_PAGES)) {
          await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
          const file = join(dir, `${name}-${device === 'phone' ? 390 : 1280}-${scheme}.png`);
          await page.screenshot({ path: file });
          written.push(file);
        }
        await context.close();
      }
    }
    writeFileSync(join(dir, 'index.txt'), `${written.join('\n')}\n`);
    expect(written).toHaveLength(Object.keys(KEY_PAGES).length * 4);
  }, 180_000);
});
