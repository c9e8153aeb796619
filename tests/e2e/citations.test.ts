import { describe, expect, it } from 'vitest';
import { hasChromium, useSite } from './harness.ts';

describe.skipIf(!hasChromium)('citations in a browser', () => {
  const site = useSite();

  it('show the quoted passage on hover and on keyboard focus', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}explainers/why-strike-syria-not-iraq/`);
    const marker = page.locator('sup.cite').first();
    const tip = marker.locator('.cite-tip');
    expect(await tip.isVisible()).toBe(false);
    await marker.locator('a').hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/¶\d+: .+/);
    expect((await tip.locator('q').textContent())?.length).toBeGreaterThan(3);
    await page.mouse.move(0, 0);
    await marker.locator('a').focus();
    expect(await tip.isVisible()).toBe(true);
    await page.close();
  });

  it('take the reader to the highlighted source paragraph in one click', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}explainers/why-strike-syria-not-iraq/`);
    const link = page.locator('sup.cite a').first();
    const quote = (await page.locator('sup.cite .cite-tip q').first().textContent())!;
    await link.click();
    await page.waitForURL(/\/articles\/[^/]+\/#p\d+$/);
    const target = page.locator(':target');
    expect(await target.textContent()).toContain(quote.slice(0, 20));
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });
});
