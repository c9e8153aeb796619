import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useSite } from './harness.ts';

describe.skipIf(!hasChromium)('glossary link previews', () => {
  const site = useSite();
  const PAGE = 'explainers/who-is-kataib-hezbollah/';

  const preview = (page: Page) => page.locator('#link-preview');
  const firstLink = (page: Page) => page.locator('link-previews a.actor-link').first();

  it('appear on mouse hover with the actor’s name, kind and description, without leaving the page', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + PAGE);
    const link = firstLink(page);
    const name = (await link.textContent())!.trim();
    await link.hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    const text = (await preview(page).textContent())!;
    expect(text).toContain('Kataib Hezbollah');
    expect(text).toMatch(/Armed group|Umbrella|State|Person|Government/);
    expect(page.url()).toBe(site.server.url + PAGE);
    expect(name.length).toBeGreaterThan(0);
    await page.close();
  });

  it('appear on keyboard focus, are the link’s accessible description, and close with Esc', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + PAGE);
    const link = firstLink(page);
    await link.focus();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(await link.getAttribute('aria-describedby')).toBe('link-preview');
    await page.keyboard.press('Escape');
    expect(await preview(page).isVisible()).toBe(false);
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('actor-link'))).toBe(true);
    await page.close();
  });

  it('appear on the first tap on a touch screen; a second tap follows the link', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.server.url + PAGE);
    const link = firstLink(page);
    const target = await link.getAttribute('href');
    await link.tap();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(page.url()).toBe(site.server.url + PAGE);
    await link.tap();
    await page.waitForURL((url) => url.pathname === target);
    await context.close();
  });

  it('can be switched off, and the choice is remembered on the next page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url + PAGE);
    const toggle = page.locator('#preview-switch button');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await toggle.textContent()).toBe('Link previews: off');
    await page.goto(`${site.server.url}explainers/why-strike-syria-not-iraq/`);
    await firstLink(page).hover();
    await page.waitForTimeout(500);
    expect(await preview(page).count()).toBe(0);
    await context.close();
  });

  it('never appear on footnote markers and do not shift the layout', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + PAGE);
    await page.evaluate(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const baseline = await page.evaluate(() => (window as unknown as { shift: number }).shift);
    await page.locator('sup.cite a').first().hover();
    await page.waitForTimeout(400);
    expect(await preview(page).count()).toBe(0);
    await firstLink(page).hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(baseline);
    await page.close();
  });
});
