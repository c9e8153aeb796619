import { describe, expect, it } from 'vitest';
import { hasChromium, useSite } from './harness.ts';

describe.skipIf(!hasChromium)('reading comfort', () => {
  const site = useSite();

  it('follows the system theme, and a remembered switch overrides it on every page', async () => {
    const context = await site.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.server.url);
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await bg();
    await page.locator('#theme-switch button').click();
    expect(await page.locator('#theme-switch button').textContent()).toBe('Theme: light');
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
    const after = await page.locator('.notes a[data-print-url]').first().evaluate((a) => getComputedStyle(a, '::after').content);
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
