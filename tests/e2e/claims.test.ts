import { describe, expect, it } from 'vitest';
import { hasChromium, useSite } from './harness.ts';

/** The first explainer listed on the explainers page. */
async function firstExplainer(page: import('playwright-core').Page, root: string): Promise<string> {
  await page.goto(`${root}explainers/`);
  const href = await page.locator('main a[href*="/explainers/"]').first().getAttribute('href');
  return new URL(href!, root).href;
}

describe.skipIf(!hasChromium)('citable claims, history and citations in a browser', () => {
  const site = useSite();

  it('copies the full address of a cited sentence, says so, and leaves the page where it is', async () => {
    const context = await site.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.server.url).origin });
    const page = await context.newPage();
    const url = await firstExplainer(page, site.server.url);
    await page.goto(url);
    const claim = page.locator('.prose .cited-claim').nth(2);
    const id = await claim.getAttribute('id');
    await claim.hover();
    const link = claim.locator('copy-link > a');
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    const before = await page.evaluate(() => window.scrollY);
    await link.click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${url}#${id}`);
    expect(await page.locator('#copy-link-status').textContent()).toBe('Link to this sentence copied.');
    expect(await claim.locator('copy-link').getAttribute('data-copied')).toBe('');
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    await context.close();
  });

  it('without JavaScript, the link goes to the sentence and the sentence is highlighted', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const url = await firstExplainer(page, site.server.url);
    await page.goto(url);
    const claim = page.locator('.prose .cited-claim').first();
    const id = await claim.getAttribute('id');
    await claim.locator('copy-link > a').focus();
    expect(await claim.locator('copy-link > a').evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await claim.locator('copy-link > a').click();
    expect(new URL(page.url()).hash).toBe(`#${id}`);
    const [target, plain] = await claim.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el.parentElement!).backgroundColor]);
    expect(target).not.toBe(plain);
    await context.close();
  });

  it('prints "Cite this page" and the page’s changes, but not the copy links', async () => {
    const page = await site.browser.newPage();
    await page.goto(await firstExplainer(page, site.server.url));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#cite-this-page .cite-plain').isVisible()).toBe(true);
    expect(await page.locator('#cite-this-page .cite-bibtex').isVisible()).toBe(true);
    expect(await page.locator('.page-history').isVisible()).toBe(true);
    expect(await page.locator('copy-link').first().isVisible()).toBe(false);
    await page.close();
  });

  it('reads both updates feeds with the browser’s own XML parser, which refuses a document that is not well-formed', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}updates/`);
    for (const [file, root] of [['updates/rss.xml', 'rss'], ['updates/atom.xml', 'feed']] as const) {
      const result = await page.evaluate(async (url) => {
        const doc = new DOMParser().parseFromString(await (await fetch(url)).text(), 'application/xml');
        return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, ns: doc.documentElement.namespaceURI };
      }, `${site.server.url}${file}`);
      expect(result.error, file).toBeNull();
      expect(result.root).toBe(root);
      if (root === 'feed') expect(result.ns).toBe('http://www.w3.org/2005/Atom');
    }
    // The parser does refuse broken XML, so the check above can fail.
    expect(await page.evaluate(() => new DOMParser().parseFromString('<feed><entry></feed>', 'application/xml').querySelector('parsererror') !== null)).toBe(true);
    await page.close();
  });

  it('shows the cite block inside the page’s width on a phone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(await firstExplainer(page, site.server.url));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const box = await page.locator('#cite-this-page .cite-bibtex').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await context.close();
  });
});
