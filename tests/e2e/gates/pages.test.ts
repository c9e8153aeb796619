/**
 * Gates over every page in the built sitemap (so a new page is gated automatically). Each failure
 * names the page. In Chromium: 0 axe violations in the light and the dark theme, 0 console errors,
 * 0 CSP violations, 0 requests to another origin, no sideways scroll at 320 px or with text at
 * 200 %; with JavaScript off, every page shows its heading and its content.
 */
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useSite, watch } from '../harness.ts';
import { axeFailures, pool, sitemapPaths } from './checks.ts';

describe.skipIf(!hasChromium)('gates over every page in the sitemap', () => {
  const site = useSite();
  // GATES_PATHS=/search/,/timeline/ limits a local run to some pages; CI gates them all.
  const only = process.env['GATES_PATHS']?.split(',');
  const paths = sitemapPaths().filter((p) => !only || only.some((o) => p.endsWith(o)));

  const origin = () => new URL(site.server.url).origin;

  it.skipIf(Boolean(only))('the sitemap lists every kind of page', () => {
    expect(paths.length).toBeGreaterThan(80);
    for (const part of ['/articles/', '/actors/', '/explainers/', '/timeline/', '/places/', '/search/', '/about/']) {
      expect(paths.some((p) => p.includes(part)), part).toBe(true);
    }
  });

  it('every page: no axe violations in light and dark, no console error, no CSP violation, no request elsewhere', async () => {
    const failures: string[] = [];
    const contexts: BrowserContext[] = [];
    await pool(paths, 2, async (path) => {
      const context = await site.browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const seen = watch(page, origin());
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.setViewportSize({ width: 1280, height: 800 });
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(`${origin()}${path}`, { waitUntil: 'networkidle' });
        failures.push(...(await axeFailures(page, `${path} (${scheme})`)));
      }
      // Reflow: no horizontal scroll on a 320 px wide screen, nor with text at 200 %.
      for (const [width, fontSize] of [[320, '100%'], [1280, '200%']] as const) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate((size) => {
          document.documentElement.style.fontSize = size;
          return document.documentElement.scrollWidth - document.documentElement.clientWidth;
        }, fontSize);
        if (overflow > 1) failures.push(`${path}: scrolls sideways by ${overflow}px at ${width}px wide with text at ${fontSize}`);
      }
      for (const e of seen.errors) failures.push(`${path}: console error: ${e}`);
      for (const f of seen.foreign) failures.push(`${path}: request to another origin: ${f}`);
      await context.close();
    });
    expect(failures).toEqual([]);
  }, 600_000);

  it('every page shows its heading and its content with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const failures: string[] = [];
    await pool(paths, 2, async (path) => {
      const page = await context.newPage();
      await page.goto(`${origin()}${path}`);
      const h1 = (await page.locator('h1').first().textContent())?.trim() ?? '';
      const text = (await page.locator('main').innerText()).trim();
      if (!h1) failures.push(`${path}: no heading without JavaScript`);
      if (text.length < 150) failures.push(`${path}: only ${text.length} characters of content without JavaScript`);
      await page.close();
    });
    await context.close();
    expect(failures).toEqual([]);
  }, 300_000);
});
