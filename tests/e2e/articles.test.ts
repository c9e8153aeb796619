import { describe, expect, it } from 'vitest';
import { hasChromium, useSite, watch } from './harness.ts';

describe.skipIf(!hasChromium)('article pages in a browser', () => {
  const site = useSite();

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
