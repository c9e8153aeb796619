import { describe, expect, it } from 'vitest';
import { hasChromium, useSite, watch } from './harness.ts';

describe.skipIf(!hasChromium)('article pages and their corrections', () => {
  const site = useSite();

  describe('article pages in a browser', () => {
    it('load with no console errors and no request to another origin', async () => {
      const page = await site.browser.newPage();
      const seen = watch(page, new URL(site.server.url).origin);
      for (const path of ['', 'articles/', 'articles/ai-written-account-of-february-2024-strikes/']) {
        await page.goto(site.server.url + path, { waitUntil: 'networkidle' });
        expect((await page.locator('h1').first().textContent())?.trim(), path).toBeTruthy();
      }
      expect(seen.errors, JSON.stringify(seen.errors)).toEqual([]);
      expect(seen.foreign).toEqual([]);
      await page.close();
    });

    it('offer a skip link as the first focusable element, which moves focus to the main content', async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}articles/us-tit-for-tat-strikes-send-warning/`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await page.close();
    });

    it('show a paragraph’s ¶ link when it has keyboard focus, and the link targets the paragraph', async () => {
      const page = await site.browser.newPage();
      await page.goto(`${site.server.url}articles/us-tit-for-tat-strikes-send-warning/`);
      const link = page.locator('#p3 a.pilcrow');
      expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
      await link.focus();
      expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
      await link.press('Enter');
      await page.waitForURL(/#p3$/);
      expect(await page.locator('#p3').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      await page.close();
    });
  });

  describe('an article’s corrections', () => {
    const AI = 'articles/ai-written-account-of-february-2024-strikes/';

    it('leave the text starting on the first screen of a 390 px phone', async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
      const page = await context.newPage();
      await page.goto(site.server.url + AI);
      const first = (await page.locator('.prose [id^="p"]').first().boundingBox())!;
      // The first line of the text (about 26 px) is on screen.
      expect(first.y + 26).toBeLessThanOrEqual(844);
      expect(await page.locator('.corrections h2').textContent()).toMatch(/^Corrections: \d+ wrong/);
      expect(await page.locator('details.corrections-list').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await context.close();
    });

    it('link each mark to its correction, opening the folded list, and each correction back to its marks', async () => {
      const page = await site.browser.newPage();
      await page.goto(site.server.url + AI);
      const ref = page.locator('.prose a.correction-ref').nth(1);
      const target = (await ref.getAttribute('href'))!;
      const mark = await ref.evaluate((a) => a.previousElementSibling?.id);
      await ref.click();
      await page.waitForURL((url) => url.hash === target);
      const item = page.locator(target);
      await expect.poll(() => item.isVisible()).toBe(true);
      expect(await page.locator('details.corrections-list').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      // The correction is on screen, and says what is right.
      const box = (await item.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(800);
      expect(await item.textContent()).toMatch(/Right: |Unconfirmed|Clarified/);
      // Back: the correction's link to the same mark lands on it.
      const back = item.locator(`.backlinks a[href="#${mark}"]`);
      expect(await back.count()).toBe(1);
      await back.click();
      await page.waitForURL((url) => url.hash === `#${mark}`);
      const landed = (await page.locator(`#${mark}`).boundingBox())!;
      expect(landed.y).toBeGreaterThanOrEqual(0);
      expect(landed.y).toBeLessThan(800);
      await page.close();
    });

    it('open the folded list for a link from another page to one correction', async () => {
      for (const javaScriptEnabled of [true, false]) {
        const context = await site.browser.newContext({ javaScriptEnabled });
        const page = await context.newPage();
        await page.goto(`${site.server.url}${AI}#correction-3`);
        await page.locator('#correction-3').waitFor({ state: 'visible', timeout: 5_000 });
        expect(await page.locator('details.corrections-list').evaluate((d) => (d as HTMLDetailsElement).open), `JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toBe(true);
        const box = (await page.locator('#correction-3').boundingBox())!;
        expect(box.y).toBeLessThan(800);
        await context.close();
      }
    });

    it('show the right value beside a struck passage, set apart from the text', async () => {
      const page = await site.browser.newPage();
      await page.goto(site.server.url + AI);
      const wrong = page.locator('.prose mark.correction-mark.wrong').first();
      const style = await wrong.evaluate((m) => ({ line: getComputedStyle(m).textDecorationLine, bg: getComputedStyle(m).backgroundColor }));
      expect(style.line).toContain('line-through');
      expect(style.bg).not.toBe('rgba(0, 0, 0, 0)');
      const right = page.locator('.prose .correction-correct').first();
      expect(await right.textContent()).toMatch(/^ \(right: .+\)$/);
      const [text, note] = await Promise.all([page.locator('.prose p').first().evaluate((p) => getComputedStyle(p).color), right.evaluate((s) => getComputedStyle(s).color)]);
      expect(note).not.toBe(text);
      await page.close();
    });
  });
});
