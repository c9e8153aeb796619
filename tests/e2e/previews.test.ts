import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useSite } from './harness.ts';

describe.skipIf(!hasChromium)('glossary link previews', () => {
  const site = useSite();
  const PAGE = 'explainers/who-is-kataib-hezbollah/';

  const preview = (page: Page) => page.locator('#link-preview');
  const firstLink = (page: Page) => page.locator('link-previews a[data-actor]').first();

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
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-actor'))).toBe(true);
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
    const toggle = page.locator('#preview-switch');
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

  it('close when the focus moves on to the next citation, whose tooltip nothing covers', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.server.url + PAGE);
    // The first glossary link that a citation follows in the same paragraph.
    const link = page.locator('.prose p:has(sup.cite) a[data-actor]').first();
    await link.focus();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.closest('sup.cite'))); i++) await page.keyboard.press('Tab');
    expect(await preview(page).isVisible()).toBe(false);
    const covered = await page.evaluate(() => {
      const tip = document.activeElement!.closest('sup.cite')!.querySelector('.cite-tip')!;
      const box = tip.getBoundingClientRect();
      const probes = [[0.5, 0.5], [0.1, 0.2], [0.9, 0.8]].map(([x, y]) => document.elementFromPoint(box.left + box.width * x!, box.top + box.height * y!));
      return probes.filter((el) => !tip.contains(el)).map((el) => el?.outerHTML.slice(0, 80));
    });
    expect(covered).toEqual([]);
    await page.close();
  });

  it('stay below a citation’s tooltip when both are open', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + PAGE);
    const link = page.locator('.prose p:has(sup.cite) a[data-actor]').first();
    await link.hover();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    const marker = page.locator('.prose sup.cite').first();
    await marker.locator('a').focus();
    const order = await page.evaluate(() => {
      const z = (el: Element) => Number(getComputedStyle(el).zIndex);
      return { tip: z(document.querySelector('.cite-tip')!), card: z(document.querySelector('#link-preview')!) };
    });
    expect(order.tip).toBeGreaterThan(order.card);
    await page.close();
  });

  it('close on a tap elsewhere', async () => {
    const context = await site.browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.server.url + PAGE);
    await firstLink(page).tap();
    await expect.poll(() => preview(page).isVisible()).toBe(true);
    await page.locator('h1').tap();
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(page.url()).toBe(site.server.url + PAGE);
    await context.close();
  });

  it('open above the link near the bottom of the screen, and never past either side', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 700 } });
    await page.goto(site.server.url + PAGE);
    // Actors' links (places have no preview).
    const links = page.locator('link-previews a[data-actor]:not([data-actor^="place:"])');
    let above = 0;
    for (let i = 0; i < Math.min(await links.count(), 8); i++) {
      const link = links.nth(i);
      await link.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - (innerHeight - 40)));
      await link.evaluate((a) => (a as HTMLElement).focus({ preventScroll: true }));
      await expect.poll(() => link.getAttribute('aria-describedby')).toBe('link-preview');
      const [card, box] = await Promise.all([preview(page).boundingBox(), link.boundingBox()]);
      expect(card!.y, `preview ${i} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(card!.y + card!.height, `preview ${i} ends on screen`).toBeLessThanOrEqual(700);
      expect(card!.x).toBeGreaterThanOrEqual(0);
      expect(card!.x + card!.width).toBeLessThanOrEqual(390);
      if (card!.y + card!.height <= box!.y) above++;
      await link.evaluate((a) => (a as HTMLElement).blur());
    }
    expect(above).toBeGreaterThan(0);
    await page.close();
  });
});
