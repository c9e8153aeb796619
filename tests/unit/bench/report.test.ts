/**
 * The benchmark's pure parts: page asset accounting, marginal cost, budget verdicts.
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS, extrapolate, marginal, renderMarkdown, verdicts, type BenchResults, type BuildResult, type SizeRun } from '../../../bench/report.ts';
import { median, pageAssets, staticImports } from '../../../bench/sizes.ts';

const build = (pipeline: BuildResult['pipeline'], wallMs: number, pages: number, rssMiB: number, extra: Partial<BuildResult> = {}): BuildResult => ({
  pipeline,
  ok: true,
  outOfMemory: false,
  killedForMemory: false,
  wallMs,
  peakTreeRssKiB: rssMiB * 1024,
  peakProcessRssKiB: rssMiB * 1024,
  peakProcesses: 3,
  heapMb: 8192,
  pages,
  pagefindMs: 100,
  ...extra,
});

const corpus = { articles: 0, actors: 60, explainers: 0, events: 0, places: 20, counts: 2, paragraphs: 0, cites: 0, words: 0 };
const run = (n: number, full: BuildResult, bare: BuildResult): SizeRun => ({ n, corpus: { ...corpus, articles: n }, generateMs: 1, full, bare });
const results = (runs: SizeRun[]): BenchResults => ({
  date: '2026-01-01',
  command: 'node bench/run.ts',
  seed: 1,
  heapMb: 8192,
  machine: { nproc: 2, memTotalKiB: 24 * 1024 * 1024, cpuModel: 'test', os: 'Linux' },
  versions: { Node: 'v24' },
  runs,
});

describe('page assets', () => {
  it('finds scripts, module preloads, stylesheets and inline code', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/m.js"><script type="module" src="/_astro/x.js"></script>' +
      '<script>var a=1</script><script type="application/ld+json">{}</script><style>p{}</style>';
    const assets = pageAssets(html);
    expect(assets.scripts).toEqual(['/_astro/x.js', '/_astro/m.js']);
    expect(assets.styles).toEqual(['/_astro/a.css']);
    expect(assets.inlineJs).toBe('var a=1'.length);
    expect(assets.inlineCss).toBe('p{}'.length);
  });

  it('follows static imports and not dynamic ones', () => {
    expect(staticImports('import{a as b}from"./x.js";import "./y.js";export{c}from"./z.js";const m=import("./lazy.js");')).toEqual(['./x.js', './y.js', './z.js']);
  });

  it('takes the median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('marginal cost and extrapolation', () => {
  it('is the extra time over the extra pages', () => {
    expect(marginal(build('full', 10_000, 100, 1), build('full', 50_000, 500, 1))).toBe(100);
    expect(marginal(build('full', 10_000, 100, 1), { ...build('full', 50_000, 500, 1), ok: false })).toBeUndefined();
  });

  it('extrapolates along the line through two points', () => {
    expect(extrapolate(1000, 2, 5000, 6, 10_000)).toBe(11);
  });
});

describe('verdicts', () => {
  it('passes and misses the ratio budgets by their limits', () => {
    const v = verdicts(results([run(1000, build('full', 11_000, 1000, 1000), build('bare', 10_000, 1000, 1000)), run(5000, build('full', 60_000, 5000, 1200), build('bare', 40_000, 5000, 1000))]));
    const wall = v.filter((x) => x.budget.startsWith('FULL wall time'));
    expect(wall.map((x) => x.pass)).toEqual([true, false]);
    const mem = v.filter((x) => x.budget.startsWith('FULL peak memory'));
    expect(mem.map((x) => x.pass)).toEqual([true, false]);
  });

  it('counts a build killed at the memory cap as a miss', () => {
    const killed = { ...build('full', 300_000, 0, 16_000), ok: false, killedForMemory: true, pages: undefined };
    const v = verdicts(results([run(200, build('full', 5000, 200, 900), build('bare', 4000, 200, 800)), run(1000, build('full', 11_000, 1000, 1000), build('bare', 10_000, 1000, 1000)), run(5000, killed, build('bare', 40_000, 5000, 1000))]));
    expect(v.find((x) => x.budget.startsWith('No OOM'))?.pass).toBe(false);
    expect(v.find((x) => x.budget.startsWith('FULL marginal'))?.pass).toBe(false);
  });

  it('checks the page weight budgets against FULL', () => {
    const sizes = { totalBytes: 1, files: 1, htmlPages: 1, articlePages: 1, articleHtmlMedianBytes: 1, articleHtmlMaxBytes: BUDGETS.articleHtmlBytes + 1, articleHtmlMaxPage: 'a', readingJsMaxBytes: 100, readingJsMaxPage: 'b', readingJsFiles: [], readingCssMaxBytes: 1, cssMaxBytes: 1, cssMaxPage: 'c', htmlMaxBytes: 1, htmlMaxPage: 'd', pagefindBytes: 1 };
    const v = verdicts(results([run(1000, build('full', 1, 1, 1, { sizes }), build('bare', 1, 1, 1))]));
    expect(v.find((x) => x.budget.startsWith('Largest article page'))?.pass).toBe(false);
    expect(v.find((x) => x.budget.startsWith('Reading pages'))?.pass).toBe(true);
  });

  it('renders a report that names the command and every budget', () => {
    const md = renderMarkdown(results([run(1000, build('full', 11_000, 1000, 1000), build('bare', 10_000, 1000, 1000))]), 'Plan: none.');
    expect(md).toContain('`node bench/run.ts`');
    expect(md).toContain('## Budgets');
    expect(md).toContain('Plan: none.');
  });
});
