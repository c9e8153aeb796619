/**
 * Lighthouse (mobile) on the home page, an article, an explainer, an actor and search:
 * accessibility, best practices and SEO must be 100; performance is reported, not gated (it is noisy
 * on two cores), and written to lighthouse-report.json beside dist for the benchmark notes.
 */
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, hasChromium, serve, type Server } from '../harness.ts';

const PAGES = ['', 'articles/us-tit-for-tat-strikes-send-warning/', 'explainers/who-is-kataib-hezbollah/', 'actors/kataib-hezbollah/', 'search/'];

describe.skipIf(!hasChromium)('Lighthouse on the key pages', () => {
  let server: Server;
  let chrome: Awaited<ReturnType<typeof launchChrome>>;
  const scores: Record<string, Record<string, number>> = {};
  beforeAll(async () => {
    server = await serve();
    chrome = await launchChrome({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    writeFileSync(`${process.env['DIST_DIR'] ?? 'dist'}/../lighthouse-report.json`, `${JSON.stringify(scores, null, 2)}\n`);
    console.info('Lighthouse (mobile) scores:', JSON.stringify(scores));
    chrome?.kill();
    await server?.stop();
  });

  it.each(PAGES)('/%s scores 100 for accessibility, best practices and SEO', async (path) => {
    const result = await lighthouse(server.url + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      formFactor: 'mobile',
    });
    const lhr = result!.lhr;
    const got = Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
    scores[`/${path}`] = got;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => `${a.id}: ${a.title}`);
    expect({ accessibility: got['accessibility'], 'best-practices': got['best-practices'], seo: got['seo'] }, failing.join('\n')).toEqual({ accessibility: 100, 'best-practices': 100, seo: 100 });
  }, 120_000);
});
