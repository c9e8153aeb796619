/**
 * The search modal and what a reader does with it: open it anywhere, move with the keyboard, open
 * a result, land on the result's page with the searched words marked, in both themes, on a phone
 * and a desktop, with no console error and no Content-Security-Policy violation on the way.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BASE, hasChromium, useSite, watch } from './harness.ts';

const ARTICLE = 'articles/us-tit-for-tat-strikes-send-warning/';

/** A page that records Content-Security-Policy violations as console errors, which `watch` collects. */
async function strictPage(browser: Browser, options: Parameters<Browser['newPage']>[0] = {}): Promise<Page> {
  const page = await browser.newPage(options);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return page;
}

/** Opens the modal with Ctrl+K and types a query; resolves once results are shown. */
async function search(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const input = page.locator('pagefind-modal input').first();
  await input.waitFor();
  await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(query);
  await page.locator('pagefind-modal pagefind-summary').filter({ hasText: query }).waitFor({ timeout: 10_000 });
  await page.locator('pagefind-modal a.pf-result-link').first().waitFor();
}

/** What has the focus: the actor card, the input, or a result link's path. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (el?.closest('actor-card')) return 'card';
    if (el?.closest('pagefind-input')) return 'input';
    return el instanceof HTMLAnchorElement ? new URL(el.href).pathname : String(el?.tagName);
  });

/**
 * The contrast of the first visible mark under `selector`: of its text against its own fill, and
 * of its underline (the highlight's colour) against what lies behind the mark. Colours are read
 * through a canvas, so any CSS colour syntax and any transparency is measured as painted.
 */
function markContrast(page: Page, selector: string): Promise<{ text: number; line: number; sample: string }> {
  return page.evaluate((selector) => {
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const paint = (colors: string[]): [number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      for (const c of ['#fff', ...colors]) {
        ctx.fillStyle = c;
        ctx.fillRect(0, 0, 1, 1);
      }
      const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!];
    };
    const luminance = (rgb: [number, number, number]): number => {
      const [r, g, b] = rgb.map((v) => {
        const s = v / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: [number, number, number], b: [number, number, number]): number => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    /** The backgrounds from the root down to `el`, so transparent layers paint over opaque ones. */
    const backdrop = (el: Element | null): string[] => {
      const layers: string[] = [];
      for (let node = el; node; node = node.parentElement) layers.unshift(getComputedStyle(node).backgroundColor);
      return layers;
    };
    const mark = [...document.querySelectorAll(selector)].find((m) => m.getClientRects().length > 0 && getComputedStyle(m).visibility !== 'hidden');
    if (!mark) throw new Error(`no visible ${selector}`);
    const style = getComputedStyle(mark);
    const fill = paint(backdrop(mark));
    const behind = paint(backdrop(mark.parentElement));
    return { text: ratio(paint([...backdrop(mark), style.color]), fill), line: ratio(paint([...backdrop(mark.parentElement), style.textDecorationColor]), behind), sample: mark.textContent ?? '' };
  }, selector);
}

describe.skipIf(!hasChromium)('the search modal', () => {
  const site = useSite();

  it('loads no Pagefind file on a reading page until the reader searches', async () => {
    const page = await strictPage(site.browser);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(site.server.url + ARTICLE, { waitUntil: 'networkidle' });
    expect(loaded.filter((p) => p.includes('/pagefind/')), 'no search code before searching').toEqual([]);
    await search(page, 'Kirby');
    expect(loaded.some((p) => p.startsWith(`${BASE}pagefind/`))).toBe(true);
    await page.close();
  });

  it('makes the actor card the first arrow-key stop, between the search box and the results', async () => {
    const page = await strictPage(site.browser);
    const seen = watch(page, new URL(site.server.url).origin);
    await page.goto(site.server.url + ARTICLE);
    await search(page, 'who is kataib hezbollah');
    await page.locator('pagefind-modal actor-card a').waitFor();
    const stops: string[] = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
      await page.keyboard.press(key);
      stops.push(await focused(page));
    }
    const firstResult = await page.locator('pagefind-modal a.pf-result-link').first().evaluate((a) => (a as HTMLAnchorElement).pathname);
    expect(stops).toEqual(['card', firstResult, 'card', 'input']);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('opens the selected result with Enter', async () => {
    const page = await strictPage(site.browser);
    await page.goto(site.server.url + ARTICLE);
    await search(page, 'who is kataib hezbollah');
    await page.locator('pagefind-modal actor-card a').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const selected = await focused(page);
    expect(selected).toMatch(/\/explainers\//);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === selected);
    expect(page.url()).toContain('pagefind-highlight=');
    await page.close();
  });

  it('opens the actor card with Enter when nothing is selected and the query names an actor', async () => {
    const page = await strictPage(site.browser);
    await page.goto(site.server.url + ARTICLE);
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal input').first().waitFor();
    // Typed and sent at once: Enter waits for the results of what was typed.
    await page.keyboard.type('KH');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${BASE}actors/kataib-hezbollah/`);
    await page.close();
  });

  it('opens the first result with Enter when nothing is selected and there is no card', async () => {
    const page = await strictPage(site.browser);
    await page.goto(site.server.url + ARTICLE);
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal input').first().waitFor();
    await page.keyboard.type('drone attack Jordan');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.endsWith(ARTICLE), { timeout: 10_000 });
    expect(page.url()).toContain('pagefind-highlight=drone');
    await page.close();
  });

  it('works the same on the search page: the card first, then Enter on the box opens it', async () => {
    const page = await strictPage(site.browser);
    const seen = watch(page, new URL(site.server.url).origin);
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('Hezbollah Brigades')}`);
    await page.locator('[data-search-page] actor-card a').waitFor();
    await page.locator('[data-search-page] pagefind-input input').focus();
    await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toBe('card');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === `${BASE}actors/kataib-hezbollah/`);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  it('closes with Esc and gives focus back to the page', async () => {
    const page = await strictPage(site.browser);
    await page.goto(`${site.server.url}explainers/`);
    await page.keyboard.press('Control+k');
    await page.locator('pagefind-modal input').first().waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('pagefind-modal dialog[open]').count()).toBe(0);
    await page.close();
  });

  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`shows one close button at most and marks matches at 4.5:1 or more (${width} px, ${colorScheme})`, async () => {
        const page = await strictPage(site.browser, { viewport: { width, height: 800 }, colorScheme });
        const seen = watch(page, new URL(site.server.url).origin);
        await page.goto(`${site.server.url}explainers/`);
        await search(page, 'Khamenei');
        await page.locator('pagefind-modal pagefind-results mark').first().waitFor();
        const closers = await page.locator('pagefind-modal button.pf-modal-close').evaluateAll((bs) => bs.filter((b) => b.getClientRects().length > 0).length);
        expect(closers).toBe(width < 640 ? 1 : 0);
        const contrast = await markContrast(page, 'pagefind-modal pagefind-results mark');
        expect(contrast.text, contrast.sample).toBeGreaterThanOrEqual(4.5);
        expect(contrast.line, contrast.sample).toBeGreaterThanOrEqual(4.5);
        expect(seen.errors).toEqual([]);
        await page.close();
      });
    }
  }
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violation with results and the actor card shown (${colorScheme})`, async () => {
      // axe needs a page of its own context.
      const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
      const page = await context.newPage();
      await page.goto(`${site.server.url}explainers/`);
      await search(page, 'KH');
      await page.locator('pagefind-modal actor-card a').waitFor();
      await page.locator('pagefind-modal pagefind-results mark').first().waitFor();
      const { violations } = await new AxeBuilder({ page }).include('pagefind-modal').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
});

describe.skipIf(!hasChromium)('a search result’s landing page', () => {
  const site = useSite();

  it('opens from a result with the searched words marked, no Pagefind file and no console error', async () => {
    const page = await strictPage(site.browser);
    const seen = watch(page, new URL(site.server.url).origin);
    await page.goto(`${site.server.url}search/?q=Kirby`);
    const link = page.locator('pagefind-results a.pf-result-link').first();
    await link.waitFor();
    const loaded: string[] = [];
    await Promise.all([page.waitForURL((url) => url.searchParams.has('pagefind-highlight')), link.click()]);
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.reload({ waitUntil: 'networkidle' });
    await page.locator('mark.search-hit').first().waitFor({ timeout: 5_000 });
    expect(await page.locator('mark.search-hit').first().textContent()).toMatch(/^Kirby/);
    expect(loaded.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  });

  for (const [path, query] of [
    ['explainers/who-is-kataib-hezbollah/', 'kataib hezbollah'],
    ['actors/popular-mobilization-forces/', 'الحشد'],
    [ARTICLE, 'US strikes'],
  ] as const) {
    it(`marks "${query}" on ${path} with no console error or CSP violation, readable in both themes`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await strictPage(site.browser, { colorScheme });
        const seen = watch(page, new URL(site.server.url).origin);
        await page.goto(`${site.server.url}${path}?pagefind-highlight=${encodeURIComponent(query)}`, { waitUntil: 'networkidle' });
        await page.locator('mark.search-hit').first().waitFor({ timeout: 5_000 });
        const contrast = await markContrast(page, 'mark.search-hit');
        expect(contrast.text, `${colorScheme} ${contrast.sample}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast.line, `${colorScheme} ${contrast.sample}`).toBeGreaterThanOrEqual(4.5);
        expect(seen.errors).toEqual([]);
        await page.close();
      }
    });
  }

  it('marks nothing and loads no search script on a page opened without a search', async () => {
    const page = await strictPage(site.browser);
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(site.server.url + ARTICLE, { waitUntil: 'networkidle' });
    expect(await page.locator('mark.search-hit').count()).toBe(0);
    expect(loaded.filter((p) => /search-(highlight|ui)|\/pagefind\//.test(p))).toEqual([]);
    await page.close();
  });
});
