import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, useSite, watch } from './harness.ts';

const EXPLAINER = 'explainers/why-strike-syria-not-iraq/';
/** An explainer that cites words a correction marks (the AI-written article's). */
const CORRECTED_CITER = 'explainers/what-happened-at-tower-22/';

/** The quoted words of what describes a marker (its note, or a short answer's own tooltip): what its tooltip and its sheet show. */
const describedQuote = (marker: Locator): Promise<string> => marker.locator('a').evaluate((a) => document.getElementById(a.getAttribute('aria-describedby')!)!.querySelector('q')!.textContent!);

/** A phone: 390 px, touch, no hover. */
const phone = (browser: Browser) => browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** A page that logs Content-Security-Policy violations as console errors. */
async function strict(page: Page): Promise<Page> {
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return page;
}

/**
 * For every citation marker on the page: whether it starts a line, i.e. sits lower than the last
 * character before it. A marker is measured against the text just before it in its block.
 */
function markersStartingALine(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const alone: string[] = [];
    for (const marker of document.querySelectorAll('sup.cite')) {
      const block = marker.closest('p, li, dd, td') ?? marker.parentElement!;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let before: Text | undefined;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (marker.contains(node) || node.parentElement?.closest('sup.cite, .cite-tip, .low-source')) {
          if (marker.contains(node)) break;
          continue;
        }
        if (marker.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
        if (node.data.trim()) before = node;
      }
      if (!before) continue;
      const range = document.createRange();
      const end = before.data.trimEnd().length;
      range.setStart(before, end - 1);
      range.setEnd(before, end);
      const last = range.getClientRects();
      const word = last[last.length - 1]!;
      const box = marker.querySelector('a')!.getClientRects()[0]!;
      // Raised, the marker's middle is still above the word's baseline when it shares its line.
      if ((box.top + box.bottom) / 2 > word.bottom) alone.push(`${marker.textContent?.slice(0, 4)} after “${before.data.slice(-20)}”`);
    }
    return alone;
  });
}

describe.skipIf(!hasChromium)('citations in a browser', () => {
  const site = useSite();

  it('show the quoted passage on hover and on keyboard focus', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + EXPLAINER);
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

  it('make a marker’s tooltip from its note, correction marks included, so the page carries each passage once', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + CORRECTED_CITER);
    // The page holds no tooltip of a numbered marker until one is wanted.
    expect(await page.locator('.prose sup.cite:not(.compact) .cite-tip').count()).toBe(0);
    const marked = await page.evaluate(() =>
      [...document.querySelectorAll('.prose sup.cite:not(.compact) > a')].findIndex((a) => document.getElementById(a.getAttribute('aria-describedby')!)?.querySelector('mark.correction-mark')),
    );
    expect(marked, 'a marker whose note quotes corrected words').toBeGreaterThanOrEqual(0);
    const corrected = page.locator('.prose sup.cite:not(.compact)').nth(marked);
    await corrected.locator('a').hover();
    const tip = corrected.locator('.cite-tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.locator('mark.correction-mark').count()).toBe(1);
    expect(await tip.textContent()).toMatch(/This passage is (wrong|unconfirmed|clarified)/);
    expect(await tip.textContent()).not.toContain('↩');
    // Its words are read, not followed: the note's links are plain text in it.
    expect(await tip.locator('a').count()).toBe(0);
    await page.close();
  });

  it('take the reader to the highlighted source paragraph in one click', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + EXPLAINER);
    const link = page.locator('sup.cite a').first();
    const quote = await describedQuote(page.locator('sup.cite').first());
    await link.click();
    await page.waitForURL(/\/articles\/[^/]+\/#p\d+$/);
    const target = page.locator(':target');
    expect(await target.textContent()).toContain(quote.slice(0, 20));
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await page.close();
  });

  it('open the quote on the first tap, with “Open source paragraph” inside, instead of leaving the page', async () => {
    const context = await phone(site.browser);
    const page = await strict(await context.newPage());
    const seen = watch(page, new URL(site.server.url).origin);
    await page.goto(site.server.url + EXPLAINER, { waitUntil: 'networkidle' });
    const marker = page.locator('.prose sup.cite').nth(2);
    const quote = await describedQuote(marker);
    const href = await marker.locator('a').evaluate((a) => (a as HTMLAnchorElement).href);
    await marker.locator('a').tap();
    const sheet = page.locator('cite-sheet');
    await expect.poll(() => sheet.isVisible()).toBe(true);
    expect(page.url()).toBe(site.server.url + EXPLAINER);
    expect(await sheet.locator('q').textContent()).toBe(quote);
    // Only the sheet: the tooltip a tap would leave stuck (hover sticks on touch) stays hidden.
    expect(await marker.locator('.cite-tip').isVisible()).toBe(false);
    // The sheet is on screen, at its bottom, and the way to the source is inside it.
    const box = (await sheet.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844 + 1);
    expect(box.y).toBeGreaterThan(0);
    const open = sheet.getByRole('link', { name: 'Open source paragraph' });
    expect(await open.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(href);
    await open.tap();
    await page.waitForURL(href);
    expect(await page.locator(':target').textContent()).toContain(quote.slice(0, 20));
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('close the sheet with its button, with Esc and with a tap elsewhere, giving the focus back to the marker', async () => {
    const context = await phone(site.browser);
    const page = await context.newPage();
    await page.goto(site.server.url + EXPLAINER, { waitUntil: 'networkidle' });
    const marker = page.locator('.prose sup.cite a').first();
    const sheet = page.locator('cite-sheet');
    await marker.tap();
    await expect.poll(() => sheet.isVisible()).toBe(true);
    await sheet.getByRole('button', { name: 'Close' }).tap();
    await expect.poll(() => sheet.isVisible()).toBe(false);
    expect(await marker.evaluate((a) => a === document.activeElement)).toBe(true);
    await marker.tap();
    await expect.poll(() => sheet.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => sheet.isVisible()).toBe(false);
    await marker.tap();
    await expect.poll(() => sheet.isVisible()).toBe(true);
    await page.locator('h1').tap();
    await expect.poll(() => sheet.isVisible()).toBe(false);
    expect(page.url()).toBe(site.server.url + EXPLAINER);
    await context.close();
  });

  it('are targets of at least 24 × 24 px, markers and data sources alike, on a phone and a desktop', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
      const page = await site.browser.newPage({ viewport });
      for (const path of [EXPLAINER, 'actors/kataib-hezbollah/', '', 'articles/ai-written-account-of-february-2024-strikes/']) {
        await page.goto(site.server.url + path);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('sup.cite > a, .correction-ref, .backlinks a')]
            .map((a) => ({ text: a.textContent, box: a.getBoundingClientRect() }))
            .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
            .map(({ text, box }) => `${text}: ${box.width.toFixed(1)}×${box.height.toFixed(1)}`),
        );
        expect(small, `${path} at ${viewport.width} px`).toEqual([]);
        expect(await page.locator('sup.cite > a, .correction-ref').count(), path).toBeGreaterThan(0);
      }
      await page.close();
    }
  });

  it('never wrap a marker alone onto the next line, at any width from 320 to 760 px', async () => {
    const page = await site.browser.newPage();
    for (const path of [EXPLAINER, 'explainers/who-is-kataib-hezbollah/', 'actors/kataib-hezbollah/']) {
      await page.goto(site.server.url + path);
      for (let width = 320; width <= 760; width += 11) {
        await page.setViewportSize({ width, height: 900 });
        expect(await markersStartingALine(page), `${path} at ${width} px`).toEqual([]);
      }
    }
    await page.close();
  });

  it('open a tooltip above its marker near the bottom of the screen, and never past its right edge', async () => {
    const page = await strict(await site.browser.newPage({ viewport: { width: 390, height: 700 } }));
    const seen = watch(page, new URL(site.server.url).origin);
    await page.goto(site.server.url + EXPLAINER);
    const markers = page.locator('.prose sup.cite');
    const count = await markers.count();
    let flipped = 0;
    for (let i = 0; i < count; i += 3) {
      const marker = markers.nth(i);
      // Put the marker 60 px above the bottom of the screen, then focus it without scrolling.
      await marker.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - (innerHeight - 60)));
      await marker.locator('a').evaluate((a) => (a as HTMLElement).focus({ preventScroll: true }));
      const [tip, mark] = await Promise.all([marker.locator('.cite-tip').boundingBox(), marker.locator('a').boundingBox()]);
      expect(tip, `tooltip ${i} shown`).not.toBeNull();
      expect(tip!.y + tip!.height, `tooltip ${i} ends on screen`).toBeLessThanOrEqual(700);
      expect(tip!.y, `tooltip ${i} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(tip!.x + tip!.width, `tooltip ${i} stays left of the edge`).toBeLessThanOrEqual(390);
      expect(tip!.x).toBeGreaterThanOrEqual(0);
      if (tip!.y + tip!.height <= mark!.y + 1) flipped++;
    }
    expect(flipped).toBeGreaterThan(0);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('hide a tooltip with Esc without moving the focus', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + EXPLAINER);
    const marker = page.locator('.prose sup.cite').first();
    await marker.locator('a').focus();
    expect(await marker.locator('.cite-tip').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await marker.locator('.cite-tip').isVisible()).toBe(false);
    expect(await marker.locator('a').evaluate((a) => a === document.activeElement)).toBe(true);
    // The next marker's tooltip shows as usual, and so does this one's when it has the focus again.
    const next = page.locator('.prose sup.cite').nth(1);
    await next.locator('a').focus();
    expect(await next.locator('.cite-tip').isVisible()).toBe(true);
    await marker.locator('a').focus();
    expect(await marker.locator('.cite-tip').isVisible()).toBe(true);
    await page.close();
  });

  it('follow the link on a tap without JavaScript', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url + EXPLAINER);
    const link = page.locator('.prose sup.cite a').first();
    const href = await link.getAttribute('href');
    await link.tap();
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === href);
    await context.close();
  });
});
