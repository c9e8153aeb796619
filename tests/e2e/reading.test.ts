import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launch, serve, type Server } from './harness.ts';

describe.skipIf(!hasChromium)('reading comfort', () => {
  let server: Server;
  let browser: Browser;
  beforeAll(async () => {
    server = await serve();
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('follows the system theme, and a remembered switch overrides it on every page', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(server.url);
    const bg = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await bg();
    await page.locator('#theme-switch button').click();
    expect(await page.locator('#theme-switch button').textContent()).toBe('Theme: light');
    const light = await bg();
    expect(light).not.toBe(dark);
    await page.goto(`${server.url}timeline/`);
    expect(await bg()).toBe(light);
    await context.close();
  });

  it('prints an explainer with its notes and the full URL of every source', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}explainers/why-strike-syria-not-iraq/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.notes').isVisible()).toBe(true);
    const after = await page.locator('.notes a[data-print-url]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/https?:\/\/.+\/articles\/.+#p\d+/);
    expect(await page.locator('.site-header nav').isVisible()).toBe(false);
    await page.close();
  });

  it('respects reduced motion', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(server.url);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await context.close();
  });
});
