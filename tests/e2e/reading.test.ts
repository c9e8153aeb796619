import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useSite } from './harness.ts';

describe.skipIf(!hasChromium)('reading comfort, the header and the home page', () => {
  const site = useSite();

  describe('reading comfort', () => {
    it('follows the system theme, and a remembered switch overrides it on every page', async () => {
      const context = await site.browser.newContext({ colorScheme: 'dark' });
      const page = await context.newPage();
      await page.goto(site.server.url);
      const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const dark = await bg();
      await page.locator('#theme-switch').click();
      expect(await page.locator('#theme-switch').textContent()).toContain('Theme: light');
      const light = await bg();
      expect(light).not.toBe(dark);
      await page.goto(`${site.server.url}timeline/`);
      expect(await bg()).toBe(light);
      await context.close();
    });

    it('prints an explainer with its notes and the full URL of every source', async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}explainers/why-strike-syria-not-iraq/`);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.notes').isVisible()).toBe(true);
      const after = await page.locator('.notes li > a[href*="/articles/"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toMatch(/https?:\/\/.+\/articles\/.+#p\d+/);
      expect(await page.locator('.site-header nav').isVisible()).toBe(false);
      await page.close();
    });

    it('respects reduced motion', async () => {
      const context = await site.browser.newContext({ reducedMotion: 'reduce' });
      const page = await context.newPage();
      await page.goto(site.server.url);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
      await context.close();
    });
  });

  /** The header's height, whether its items share one row, and whether the shortcut hint shows. */
  function header(page: Page): Promise<{ height: number; rows: number; kbd: boolean; theme: boolean }> {
    return page.evaluate(() => {
      const el = document.querySelector('.site-header')!;
      const items = [el.querySelector('.site-name')!, ...el.querySelectorAll('nav li'), el.querySelector('.search-link')!, el.querySelector('.theme-switch')!];
      const rows = new Set(items.filter((i) => i.getClientRects().length > 0).map((i) => Math.round(i.getBoundingClientRect().top / 8)));
      const visible = (sel: string) => (el.querySelector(sel)?.getClientRects().length ?? 0) > 0;
      return { height: el.getBoundingClientRect().height, rows: rows.size, kbd: visible('.search-link kbd'), theme: visible('.theme-switch') };
    });
  }

  describe('the header', () => {
    it('is one row on a desktop, with search, the Ctrl K hint and the theme switch in it', async () => {
      for (const width of [1024, 1280, 1920]) {
        const page = await site.browser.newPage({ viewport: { width, height: 800 } });
        await page.goto(`${site.server.url}articles/`);
        const h = await header(page);
        expect(h, `${width} px`).toMatchObject({ rows: 1, kbd: true, theme: true });
        expect(h.height, `${width} px`).toBeLessThan(60);
        await page.close();
      }
    });

    it('takes under 100 px on a phone, with no keyboard hint on a touch screen', async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      for (const path of ['', 'explainers/who-is-kataib-hezbollah/', 'timeline/']) {
        await page.goto(site.server.url + path);
        const h = await header(page);
        expect(h.height, path).toBeLessThan(100);
        expect(h).toMatchObject({ rows: 2, kbd: false, theme: true });
      }
      await context.close();
    });

    it('shows no theme switch without JavaScript, where it could not work', async () => {
      const context = await site.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(site.server.url);
      expect((await header(page)).theme).toBe(false);
      expect(await page.locator('#preview-switch').isVisible()).toBe(false);
      await context.close();
    });

    it('shows the link previews switch only on a page with previews', async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}explainers/who-is-kataib-hezbollah/`);
      expect(await page.locator('#preview-switch').isVisible()).toBe(true);
      await page.goto(`${site.server.url}timeline/`);
      expect(await page.locator('#preview-switch').isVisible()).toBe(false);
      await page.close();
    });
  });

  describe('the home page', () => {
    it('starts a phone reader on one cited answer, on the first screen', async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(site.server.url);
      const answer = page.locator('.start-here');
      const box = (await answer.locator('.answer').boundingBox())!;
      expect(box.y + 60).toBeLessThan(844);
      expect(await answer.locator('h2 a').getAttribute('href')).toMatch(/\/explainers\/[^/]+\/$/);
      expect(await answer.locator('sup.cite').count()).toBeGreaterThan(0);
      await context.close();
    });

    it('leads on to the other questions, the timeline and the latest sources, without a wall of answers', async () => {
      const page = await site.browser.newPage();
      await page.goto(site.server.url);
      expect(await page.locator('.question-list a').count()).toBeGreaterThan(3);
      expect(await page.locator('.question-card').count()).toBe(0);
      expect(await page.locator('.teaser a[href$="/timeline/"]').count()).toBe(1);
      expect(await page.locator('.teaser-events li').count()).toBeGreaterThan(0);
      expect(await page.locator('#latest ~ .card-list li, section:has(#latest) .card-list li').count()).toBe(3);
      // Each of the latest events links to the timeline.
      for (const href of await page.locator('.teaser-events a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/\/timeline\//);
      await page.close();
    });
  });
});
