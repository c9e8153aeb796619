/**
 * What every gate checks a page with: the sitemap's pages, axe with the WCAG tags the site meets,
 * a page that reports Content-Security-Policy violations as console errors, and a small pool.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { watch } from '../harness.ts';

/** The built site's folder (DIST_DIR, default dist). */
export const DIST = process.env['DIST_DIR'] ?? 'dist';

/** The axe rule sets every page must pass with no violation. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The pages the sitemap lists, as paths under the base. */
export function sitemapPaths(): string[] {
  const xml = readdirSync(DIST)
    .filter((n) => /^sitemap-\d+\.xml$/.test(n))
    .map((n) => readFileSync(join(DIST, n), 'utf8'))
    .join('');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}

/** Runs `fn` over `items` with `n` at a time. */
export async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: n }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}

/** A page whose CSP violations are console errors, with what it logged and requested elsewhere. */
export async function strictPage(context: BrowserContext, origin: string): Promise<{ page: Page; seen: { errors: string[]; foreign: string[] } }> {
  const page = await context.newPage();
  const seen = watch(page, origin);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  return { page, seen };
}

/** The axe rules that depend on the colour theme: a page passing every rule in one theme is checked with these in the other. */
export const THEME_RULES = ['color-contrast', 'link-in-text-block'];

/** axe's violations on the page as it is now, one line each, named by `label`: every rule of AXE_TAGS, or only `rules`. */
export async function axeFailures(page: Page, label: string, rules?: string[]): Promise<string[]> {
  // Only violations are reported in full (passes and the rest are not read): about a fifth faster.
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const result = await (rules ? axe.withRules(rules) : axe.withTags(AXE_TAGS)).analyze();
  return result.violations.map((v) => `${label}: axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A browser context for a reader: a phone (390 px, touch) or a desktop (1280 px, mouse), in a theme. */
export function readerContext(browser: Browser, device: 'phone' | 'desktop', colorScheme: 'light' | 'dark'): Promise<BrowserContext> {
  return device === 'phone'
    ? browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme, reducedMotion: 'reduce' })
    : browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme, reducedMotion: 'reduce' });
}

/**
 * Where the gates keep their screenshots: tests/.tmp/screenshots/<the build's folder name>/
 * (gitignored), or SCREENSHOT_DIR.
 */
export function screenshotDir(): string {
  const dir = process.env['SCREENSHOT_DIR'] ?? join('tests/.tmp/screenshots', basename(resolve(DIST)));
  mkdirSync(dir, { recursive: true });
  return dir;
}
