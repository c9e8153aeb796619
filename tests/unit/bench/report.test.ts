/**
 * The benchmark's verdicts on the budgets of issue 15, and the report that shows them: pure logic
 * over hand-made results, no builds.
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS, extrapolate, marginal, renderMarkdown, renderText, verdicts, type BenchResults, type Build, type SizeRun } from '../../../bench/report.ts';
import type { SiteMeasure } from '../../../bench/site.ts';

const GIB = 1024 * 1024;
const build = (seconds: number, pages: number, mib: number, extra: Partial<Build> = {}): Build => ({ ok: true, wallMs: seconds * 1000, peakRssKiB: mib * 1024, otherCpu: 0, pages, ...extra });
const failed = (error: string): Build => ({ ok: false, wallMs: 1, peakRssKiB: 16 * GIB, otherCpu: 0, error });

/** A site whose largest page, reading page, file count and bytes are as given. */
const site = (largest: number, reading: number, files = 1000, bytes = 1e8): SiteMeasure => ({
  files,
  bytes,
  socialImages: { files: 100, bytes: 1e7 },
  pagefind: { files: 200, bytes: 2e7 },
  htmlPages: 500,
  kinds: { actor: { pages: 60, largest: { page: 'actors/united-states/index.html', bytes: largest } }, article: { pages: 400, largest: { page: 'articles/a/index.html', bytes: reading } } },
  reading: { pages: 460, html: { page: 'articles/a/index.html', bytes: reading }, js: { page: 'articles/a/index.html', bytes: 7000 }, css: { page: 'articles/a/index.html', bytes: 9000 } },
  heaviest: [{ page: 'actors/united-states/index.html', bytes: largest }],
  hubs: [{ page: 'about/sources/index.html', bytes: 40_000 }],
});

/** A size where FULL took `full` seconds and BARE `bare` plus 1 s of Pagefind, one page per article. */
const size = (n: number, full: number, bare: number, extra: Partial<SizeRun> = {}): SizeRun => ({
  n,
  corpus: { articles: n, actors: 60, explainers: n / 20, events: n / 10, places: 20, counts: 2, sources: 8, paragraphs: n * 17, cites: n * 2, words: n * 600 },
  full: build(full, n, 1000),
  bare: build(bare, n, 1000),
  barePagefind: build(1, 0, 300),
  ...extra,
});
const results = (runs: SizeRun[]): BenchResults => ({
  date: '2026-01-01',
  command: 'node bench/run.ts --sizes 1000,5000',
  seed: 1,
  heapMb: 8192,
  digest: 'ab'.repeat(32),
  machine: { cpus: 2, cpuModel: 'test CPU', memTotalKiB: 24 * GIB, os: 'Linux' },
  versions: { Node: 'v24', Astro: '7' },
  runs,
});
const find = (runs: SizeRun[], start: string) => verdicts(results(runs)).filter((v) => v.budget.startsWith(start));

describe('marginal cost and extrapolation', () => {
  it('is the extra wall time over the extra pages, and nothing when a build failed', () => {
    expect(marginal(build(10, 100, 1), build(50, 500, 1))).toBe(100);
    expect(marginal(build(10, 100, 1), failed('timed out'))).toBeUndefined();
  });

  it('extrapolates along the line through two points', () => {
    expect(extrapolate(1000, 2, 5000, 6, 10_000)).toBe(11);
  });
});

describe('the FULL against BARE budgets', () => {
  it('compares FULL with BARE build and its Pagefind run together, at 1,000 and 5,000', () => {
    // 13 s against 9 + 1 s is exactly 1.3×: met; 66 s against 49 + 1 s is 1.32×: missed.
    const wall = find([size(1000, 13, 9), size(5000, 66, 49)], 'FULL wall time');
    expect(wall.map((v) => v.pass)).toEqual([true, false]);
    expect(wall[1]?.measured).toContain('1.32×');
    expect(wall[1]?.measured).toContain('build alone 1.35×');
  });

  it('takes the larger of the two BARE peaks for memory', () => {
    const run = size(1000, 10, 9, { full: build(10, 1000, 1200), bare: build(9, 1000, 900), barePagefind: build(1, 0, 1100) });
    const [mem] = find([run], 'FULL peak memory ≤ 1.15×');
    expect(mem?.pass).toBe(true);
    expect(mem?.measured).toContain('1200 MiB vs 1100 MiB');
  });

  it('counts a FULL build that failed as a miss and says why', () => {
    const [wall] = find([size(1000, 10, 9, { full: failed('killed at the memory cap of 16.0 GiB\nlog') })], 'FULL wall time');
    expect(wall?.pass).toBe(false);
    expect(wall?.measured).toBe('FULL failed: killed at the memory cap of 16.0 GiB');
  });

  it('leaves a size that was not run open, with the ratio at the sizes that were', () => {
    const v = find([size(200, 20, 9)], 'FULL wall time');
    expect(v.map((x) => x.pass)).toEqual([undefined, undefined]);
    expect(v[0]?.measured).toBe('not run at 1,000; at 200: 2.00×');
  });
});

describe('the scale budgets', () => {
  it('meets flat marginal cost when every interval from 1,000 to 10,000 is within 1.2× of the others', () => {
    const [flat] = find([size(1000, 40, 20), size(5000, 200, 80), size(10_000, 410, 160)], 'FULL marginal');
    expect(flat?.pass).toBe(true);
    expect(flat?.measured).toContain('5,000 → 10,000: 42.0 ms/page');
  });

  it('misses flat marginal cost as soon as two intervals differ by more than 1.2×, even below 10,000', () => {
    const [rising] = find([size(1000, 40, 20), size(2000, 80, 40), size(5000, 260, 80)], 'FULL marginal');
    expect(rising?.pass).toBe(false);
    expect(rising?.measured).toContain('largest over smallest 1.50×');
  });

  it('cannot judge flat marginal cost from one interval', () => {
    expect(find([size(1000, 40, 20), size(5000, 200, 80)], 'FULL marginal')[0]?.pass).toBeUndefined();
  });

  it('checks 12 GiB at 10,000, and projects it from the two largest sizes when 10,000 was not run', () => {
    const big = (mib: number) => size(10_000, 400, 160, { full: build(400, 10_000, mib) });
    expect(find([big(12 * 1024)], 'FULL peak memory ≤ 12 GiB')[0]?.pass).toBe(true);
    expect(find([big(12 * 1024 + 1)], 'FULL peak memory ≤ 12 GiB')[0]?.pass).toBe(false);
    const projected = find([size(1000, 40, 20, { full: build(40, 1000, 2048) }), size(5000, 200, 80, { full: build(200, 5000, 6144) })], 'FULL peak memory ≤ 12 GiB')[0];
    expect(projected?.pass).toBeUndefined();
    expect(projected?.measured).toContain('≈ 11.0 GiB on the line through 1,000 and 5,000');
  });

  it('judges the rebuild at 5,000 as a share of the clean build', () => {
    const rebuilt = (seconds: number) => size(5000, 200, 80, { rebuild: build(seconds, 5001, 3000) });
    expect(find([rebuilt(30)], 'Rebuild')[0]?.pass).toBe(true);
    const slow = find([rebuilt(31)], 'Rebuild')[0];
    expect(slow?.pass).toBe(false);
    expect(slow?.measured).toBe('15.5 % (31.0 s after a 200.0 s clean build)');
    expect(find([size(5000, 200, 80, { rebuild: failed('exit code 1') })], 'Rebuild')[0]?.pass).toBe(false);
  });

  it("gives BARE's rebuild beside FULL's, as a share of FULL's clean build: the least a rebuild could be", () => {
    const run = size(5000, 200, 80, { rebuild: build(40, 5001, 3000), bareRebuild: build(24, 5001, 2000) });
    expect(find([run], 'Rebuild')[0]?.measured).toBe("20.0 % (40.0 s after a 200.0 s clean build); BARE's rebuild, its floor: 24.0 s, 12.0 % of it");
    expect(renderMarkdown(results([run]), '', '')).toContain("with its Pagefind run; 12.0 % of FULL's clean build");
  });
});

describe('the output budgets', () => {
  const at = (n: number, s: SiteMeasure): SizeRun => size(n, 10, 9, { full: { ...build(10, n, 1000), site: s } });

  it('misses a page budget as soon as a smaller site has a page over it, naming the page', () => {
    const [page] = find([at(5000, site(3_300_000, 20_000))], 'Every page');
    expect(page?.pass).toBe(false);
    expect(page?.measured).toContain('actors/united-states/index.html 3300.0 kB');
  });

  it('leaves the page budgets open below 10,000 when every page is within them, and meets them at 10,000', () => {
    expect(find([at(5000, site(90_000, 50_000))], 'Every page')[0]?.pass).toBeUndefined();
    expect(find([at(10_000, site(90_000, 50_000))], 'Every page')[0]?.pass).toBe(true);
    expect(find([at(10_000, site(90_000, 60_001))], 'Reading pages')[0]?.pass).toBe(false);
  });

  it('projects files and bytes to 10,000 from the two largest sizes', () => {
    const files = find([at(1000, site(1, 1, 3000, 1e8)), at(5000, site(1, 1, 11_000, 4e8))], '≤ 20,000 files')[0];
    expect(files?.pass).toBeUndefined();
    expect(files?.measured).toContain('≈ 21,000 files at 10,000');
    expect(find([at(10_000, site(1, 1, 19_000, 1.1e9))], `≤ ${BUDGETS.siteBytes / 1e9} GB`)[0]?.pass).toBe(false);
  });
});

describe('the report', () => {
  const run = size(1000, 13, 9, { rebuild: build(2, 1001, 900), full: { ...build(13, 1000, 1000), site: site(50_000, 20_000), firstQuery: [{ query: 'drone attack', bytes: 160_000, results: 12 }] } });

  it('names the command, the machine, the code digest and every budget, and includes the method and the analysis', () => {
    const md = renderMarkdown(results([run]), 'The method.', 'The analysis, by hand.');
    expect(md).toContain('`node bench/run.ts --sizes 1000,5000`');
    expect(md).toContain('2 CPUs (test CPU), 24.0 GiB memory');
    expect(md).toContain(`sha256 ${'ab'.repeat(8)}…`);
    expect(md).toContain('## Method\n\nThe method.');
    expect(md).toContain('## Budgets (issue 15)');
    expect(md.match(/^\| [✓✗?] \|/gm)).toHaveLength(verdicts(results([run])).length);
    expect(md.trimEnd().endsWith('The analysis, by hand.')).toBe(true);
  });

  it('lists the largest page of each kind, the hub pages and the rebuild as a share', () => {
    const md = renderMarkdown(results([run]), '', '');
    expect(md).toContain('| 1,000 | actor | 60 | 50.0 | actors/united-states/index.html | – |');
    expect(md).toContain('15.4 % of the clean build');
    expect(md).toContain('| 1,000 | about/sources/index.html | 40.0 | – |');
    expect(md).toContain('| 1,000 | drone attack | 160.0 | – | 12 | – |');
  });

  it('prints a terminal summary with a mark for every budget', () => {
    const text = renderText(results([run]));
    expect(text.split('\n').filter((l) => /^[✓✗?] /.test(l))).toHaveLength(verdicts(results([run])).length);
  });
});
