import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useSite, watch } from './harness.ts';

/** A phone: 390 px, touch, no hover. */
const phone = (browser: Browser) => browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The busiest year on the overview (the most events), as a path under the site. */
async function busiestYear(page: Page, root: string): Promise<string> {
  await page.goto(`${root}timeline/`);
  const years = await page.locator('.tl-years a').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, n: Number(a.querySelector('.n')?.textContent) })));
  return years.sort((a, b) => b.n - a.n)[0]!.href;
}

/** The axe violations of the page as it is now, one line each. */
async function violations(page: Page, label: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${label}: ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

describe.skipIf(!hasChromium)('the timeline in a browser', () => {
  const site = useSite();

  it('is under a third of its former height on a phone (27,282 px when it held every event)', async () => {
    const context = await phone(site.browser);
    const page = await context.newPage();
    await page.goto(`${site.server.url}timeline/`);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(27_282 / 3);
    await context.close();
  });

  it('draws the map’s countries from the shared outline file, each group in its own colour, in both themes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme });
      const page = await context.newPage();
      const seen = watch(page, new URL(site.server.url).origin);
      await page.goto(`${site.server.url}timeline/`, { waitUntil: 'networkidle' });
      const drawn = await page.locator('.region-map svg.for-wide .countries').evaluate((g) => {
        const fill = (el: Element) => getComputedStyle(el).fill;
        const [context, focus] = ['use.context', 'use.focus'].map((s) => g.querySelector(s)!);
        return { context: fill(context!), focus: fill(focus!), page: getComputedStyle(document.body).backgroundColor, width: context!.getBoundingClientRect().width, height: focus!.getBoundingClientRect().height };
      });
      expect(drawn.width, `${colorScheme}: the outlines loaded`).toBeGreaterThan(300);
      expect(drawn.height, colorScheme).toBeGreaterThan(100);
      expect(new Set([drawn.context, drawn.focus, drawn.page, 'rgb(0, 0, 0)']).size, `${colorScheme}: ${JSON.stringify(drawn)}`).toBe(4);
      expect(seen.errors).toEqual([]);
      await context.close();
    }
  });

  it('shows a grade’s definition on hover and on keyboard focus, and hides it after', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(await busiestYear(page, site.server.url));
    const grade = page.locator('article.ev details.grade').first();
    const tip = grade.locator('.grade-tip');
    expect(await tip.isVisible()).toBe(false);
    await grade.locator('summary').hover();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^(Confirmed|Corroborated|Single source|Contested|AI-only): /);
    await page.mouse.move(0, 0);
    expect(await tip.isVisible()).toBe(false);
    // The keyboard: Tab from the compact switch, just before the first card, to its grade.
    await page.locator('input.tl-compact').focus();
    for (let i = 0; i < 10 && !(await grade.locator('summary').evaluate((s) => s === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await grade.locator('summary').evaluate((s) => s === document.activeElement)).toBe(true);
    expect(await tip.isVisible()).toBe(true);
    // Tab on to the card's title link: the definition goes away with the focus.
    await page.keyboard.press('Tab');
    expect(await tip.isVisible()).toBe(false);
    await page.close();
  });

  it('opens a grade’s definition in place on a tap, without covering the next card', async () => {
    const context = await phone(site.browser);
    const page = await context.newPage();
    await page.goto(await busiestYear(page, site.server.url));
    const card = page.locator('article.ev').first();
    const tip = card.locator('.grade-tip');
    await card.locator('details.grade summary').tap();
    expect(await tip.isVisible()).toBe(true);
    const [tipBox, titleBox] = [await tip.boundingBox(), await card.locator('.ev-title').boundingBox()];
    expect(tipBox!.y + tipBox!.height).toBeLessThanOrEqual(titleBox!.y + 1);
    expect(tipBox!.x + tipBox!.width).toBeLessThanOrEqual(390);
    await card.locator('details.grade summary').tap();
    expect(await tip.isVisible()).toBe(false);
    await context.close();
  });

  it('filters a year in place by kind and by grade, with the mouse, the keyboard and a tap', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const seen = watch(page, new URL(site.server.url).origin);
    const year = await busiestYear(page, site.server.url);
    await page.goto(year);
    const total = await page.locator('.ev-list > li').count();
    const kind = (await page.locator('.tl-filters a[data-filter="kind"]:visible').first().getAttribute('data-value'))!;
    const chip = page.locator(`.tl-filters a[data-filter="kind"][data-value="${kind}"]`);
    await chip.click();
    expect(page.url()).toBe(`${year}?kind=${kind}`);
    expect(await chip.getAttribute('aria-pressed')).toBe('true');
    const shown = page.locator('.ev-list > li:not([hidden])');
    const n = await shown.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBe(Number(await chip.locator('.n').textContent()));
    expect(await page.locator(`.ev-list > li:not([hidden]):not([data-kind="${kind}"])`).count()).toBe(0);
    expect(await page.locator('.tl-status').textContent()).toContain(`Showing ${n} of ${total} events here`);
    // The keyboard: Space on the same chip clears the filter.
    await chip.focus();
    await page.keyboard.press('Space');
    expect(await chip.getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.ev-list > li:not([hidden])').count()).toBe(total);
    // A grade, then the kind again: both apply at once.
    const value = (await page.locator('.tl-filters a[data-filter="grade"]:visible').first().getAttribute('data-value'))!;
    await page.locator(`.tl-filters a[data-filter="grade"][data-value="${value}"]`).click();
    await chip.click();
    expect(await page.locator(`.ev-list > li:not([hidden]):not([data-kind="${kind}"]), .ev-list > li:not([hidden]):not([data-grade="${value}"])`).count()).toBe(0);
    // A reload keeps the choice, from the address.
    await page.reload();
    expect(await page.locator('.tl-filters a[aria-pressed="true"]').count()).toBe(2);
    await page.locator('.tl-status button').click();
    expect(await page.locator('.ev-list > li:not([hidden])').count()).toBe(total);
    expect(seen.errors).toEqual([]);
    await page.close();

    const context = await phone(site.browser);
    const touch = await context.newPage();
    await touch.goto(year);
    await touch.locator('.tl-filters a[data-filter="kind"]:visible').first().tap();
    expect(await touch.locator('.tl-filters a[aria-pressed="true"]').count()).toBe(1);
    expect(new URL(touch.url()).pathname).toBe(new URL(year).pathname);
    await context.close();
  });

  it('filters by following the chips’ links when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(await busiestYear(page, site.server.url));
    const chip = page.locator('.tl-filters a[data-filter="grade"]').first();
    const value = (await chip.getAttribute('data-value'))!;
    await chip.click();
    await page.waitForURL(`**/timeline/grade/${value}/`);
    expect(await page.locator(`.ev-list > li:not([data-grade="${value}"])`).count()).toBe(0);
    expect(await page.locator('.ev-list > li').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('folds each card to its date, kind, grade and title in compact mode, with or without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await page.goto(await busiestYear(page, site.server.url));
      const height = () => page.evaluate(() => document.documentElement.scrollHeight);
      const before = await height();
      await page.locator('input.tl-compact').check();
      expect(await page.locator('.ev-body').first().isVisible()).toBe(false);
      expect(await page.locator('.ev-title').first().isVisible()).toBe(true);
      expect(await height()).toBeLessThan(before / 2);
      await context.close();
    }
  });

  it('sends an old link to the single-page timeline on to the event’s year', async () => {
    const page = await site.browser.newPage();
    await page.goto(await busiestYear(page, site.server.url));
    const id = (await page.locator('article.ev').first().getAttribute('id'))!;
    await page.goto(`${site.server.url}timeline/#${id}`);
    await page.waitForURL(`**/timeline/*/**#${id}`);
    expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
    await page.close();
  });

  it('has no axe violation with a card and a grade open, light and dark, at 390 and 1280 px', async () => {
    const failures: string[] = [];
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        const year = await busiestYear(page, site.server.url);
        failures.push(...(await violations(page, `/timeline/ ${width} ${colorScheme}`)));
        await page.goto(year);
        await page.locator('article.ev .ev-more summary').first().click();
        await page.locator('article.ev details.grade summary').first().click();
        await page.locator('.tl-filters a[data-filter="kind"]:visible').first().click();
        failures.push(...(await violations(page, `${new URL(year).pathname} ${width} ${colorScheme}`)));
        await context.close();
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
