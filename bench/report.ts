/**
 * The benchmark's results, the budgets of issue 15 they are checked against, and the report
 * (BENCHMARKS.md, and a summary for the terminal). Pure: no I/O, no clock.
 *
 * Units: output in decimal kB, MB and GB (1 kB = 1,000 bytes), as static hosts state their limits;
 * memory in MiB and GiB, as the memory budget is stated.
 */
import type { CorpusStats } from './corpus.ts';
import type { QueryCost } from './first-query.ts';
import type { PageKind, SiteMeasure } from './site.ts';

/** One measured command: a build, BARE's Pagefind run or a rebuild. */
export interface Build {
  ok: boolean;
  /** Why it failed (time-out, memory cap, exit code), then the end of its log. */
  error?: string;
  wallMs: number;
  /** Peak of the summed RSS of the process tree, in KiB. */
  peakRssKiB: number;
  /** CPU cores the rest of the machine used meanwhile: well above 0 means the wall time is inflated. */
  otherCpu: number;
  /** Astro's "N page(s) built". */
  pages?: number;
  /** FULL: the search-index step's wall time (scripts/search-index.ts, after `astro build` exits), included in wallMs. */
  pagefindMs?: number;
}

/** A clean build of one pipeline, with what it built. */
export interface PipelineRun extends Build {
  site?: SiteMeasure;
  firstQuery?: QueryCost[];
}

/** Everything measured at one size: FULL, BARE, BARE's Pagefind run, and both rebuilt after one more article. */
export interface SizeRun {
  n: number;
  corpus: CorpusStats;
  full: PipelineRun;
  bare: PipelineRun;
  barePagefind?: Build;
  rebuild?: Build;
  /** BARE rebuilt after the same article, then its Pagefind run again (wall times added): the floor of a rebuild. */
  bareRebuild?: Build;
}

/** One benchmark run; `digest` is a sha256 over the code measured (bench/scratch.ts CODE). */
export interface BenchResults {
  date: string;
  command: string;
  seed: number;
  heapMb: number;
  digest: string;
  machine: { cpus: number; cpuModel: string; memTotalKiB: number; os: string };
  versions: Record<string, string>;
  runs: SizeRun[];
}

/** The budgets of issue 15. */
export const BUDGETS = {
  wallRatio: 1.3,
  memRatio: 1.15,
  ratioSizes: [1000, 5000],
  marginalFlat: 1.2,
  marginalFrom: 1000,
  scaleSize: 10_000,
  peakGiB: 12,
  rebuildShare: 0.15,
  rebuildSize: 5000,
  pageBytes: 100_000,
  readingPageBytes: 60_000,
  files: 20_000,
  siteBytes: 1e9,
} as const;

const GIB = 1024 * 1024;
const count = (n: number | undefined): string => (n === undefined ? '–' : n.toLocaleString('en'));
const fixed = (digits: number, scale = 1) => (x: number | undefined): string => (x === undefined ? '–' : (x / scale).toFixed(digits));
const sec = fixed(1, 1000);
const mib = fixed(0, 1024);
const kb = fixed(1, 1e3);
const mb = fixed(1, 1e6);
const gib = (kib: number): string => `${(kib / GIB).toFixed(1)} GiB`;
const times = (r: number | undefined): string => (r === undefined ? '–' : `${r.toFixed(2)}×`);
const pct = (r: number | undefined): string => (r === undefined ? '–' : `${(r * 100).toFixed(1)} %`);
const ratio = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || !b ? undefined : a / b);

/** Wall time per built page. */
export const msPerPage = (b: Build): number | undefined => (b.ok && b.pages ? b.wallMs / b.pages : undefined);

/** The marginal cost of a page between two sizes: the extra wall time over the extra pages. */
export function marginal(lo: Build, hi: Build): number | undefined {
  if (!lo.ok || !hi.ok || lo.pages === undefined || hi.pages === undefined || hi.pages <= lo.pages) return undefined;
  return (hi.wallMs - lo.wallMs) / (hi.pages - lo.pages);
}

/** The value at `x` on the straight line through two points. */
export const extrapolate = (x1: number, y1: number, x2: number, y2: number, x: number): number => y1 + ((y2 - y1) * (x - x1)) / (x2 - x1);

/** BARE as a whole: its build, then its Pagefind run (wall times added, the larger peak). */
export function bareTotal(r: SizeRun): { wallMs: number; peakRssKiB: number } | undefined {
  if (!r.bare.ok || r.barePagefind?.ok === false) return undefined;
  return { wallMs: r.bare.wallMs + (r.barePagefind?.wallMs ?? 0), peakRssKiB: Math.max(r.bare.peakRssKiB, r.barePagefind?.peakRssKiB ?? 0) };
}

/** The rebuild's wall time as a share of the clean build's. */
export const rebuildShare = (r: SizeRun): number | undefined => (r.full.ok && r.rebuild?.ok ? r.rebuild.wallMs / r.full.wallMs : undefined);

/** BARE's rebuild (the same Astro, incremental build and Pagefind, none of the site's code) as a share of FULL's clean build: the least a rebuild could be. */
export const bareRebuildShare = (r: SizeRun): number | undefined => (r.full.ok && r.bareRebuild?.ok ? r.bareRebuild.wallMs / r.full.wallMs : undefined);

/** One budget's verdict: met (true), missed (false) or not measurable from this run (undefined). */
export interface Verdict {
  budget: string;
  pass: boolean | undefined;
  measured: string;
}

/**
 * Checks every budget of issue 15. A budget set at a size that was not run stays open (?) and shows
 * the figure at the sizes that were; one that a smaller size already misses (a page, the output, the
 * memory: they only grow with the site) is missed; a failed FULL build misses its budgets.
 */
export function verdicts(results: BenchResults): Verdict[] {
  const runs = [...results.runs].sort((a, b) => a.n - b.n);
  const at = (n: number): SizeRun | undefined => runs.find((r) => r.n === n);
  const failed = (b: Build): string => `FULL failed: ${b.error?.split('\n')[0] ?? 'no output'}`;
  const everySize = (f: (r: SizeRun) => string): string => runs.map((r) => `at ${count(r.n)}: ${f(r)}`).join('; ');
  const notRun = (n: number, f: (r: SizeRun) => string): string => `not run at ${count(n)}; ${everySize(f)}`;
  const out: Verdict[] = [];

  const wall = (r: SizeRun): number | undefined => ratio(r.full.wallMs, bareTotal(r)?.wallMs);
  const mem = (r: SizeRun): number | undefined => ratio(r.full.peakRssKiB, bareTotal(r)?.peakRssKiB);
  const against = [
    { name: 'wall time', limit: BUDGETS.wallRatio, of: wall, show: (r: SizeRun) => `${times(wall(r))} (${sec(r.full.wallMs)} s vs ${sec(bareTotal(r)?.wallMs)} s; build alone ${times(ratio(r.full.wallMs, r.bare.wallMs))})` },
    { name: 'peak memory', limit: BUDGETS.memRatio, of: mem, show: (r: SizeRun) => `${times(mem(r))} (${mib(r.full.peakRssKiB)} MiB vs ${mib(bareTotal(r)?.peakRssKiB)} MiB)` },
  ];
  for (const { name, limit, of, show } of against) {
    for (const n of BUDGETS.ratioSizes) {
      const r = at(n);
      const value = r ? of(r) : undefined;
      out.push({
        budget: `FULL ${name} ≤ ${limit}× BARE's (its build, then its Pagefind run) at ${count(n)} articles`,
        pass: r && !r.full.ok ? false : value === undefined ? undefined : value <= limit,
        measured: !r ? notRun(n, (x) => times(of(x))) : r.full.ok ? show(r) : failed(r.full),
      });
    }
  }

  // Marginal cost: every interval between consecutive sizes from 1,000 to 10,000, within 1.2× of each other.
  const scale = runs.filter((r) => r.n >= BUDGETS.marginalFrom && r.n <= BUDGETS.scaleSize);
  const intervals = scale.slice(1).map((hi, i) => ({ lo: scale[i] as SizeRun, hi, ms: marginal((scale[i] as SizeRun).full, hi.full) }));
  const costs = intervals.flatMap((x) => x.ms ?? []);
  const spread = costs.length >= 2 ? Math.max(...costs) / Math.min(...costs) : undefined;
  const covers = scale[0]?.n === BUDGETS.marginalFrom && scale.at(-1)?.n === BUDGETS.scaleSize;
  out.push({
    budget: `FULL marginal ms/page flat within ${BUDGETS.marginalFlat}× from ${count(BUDGETS.marginalFrom)} to ${count(BUDGETS.scaleSize)} articles`,
    pass: scale.some((r) => !r.full.ok) || (spread ?? 0) > BUDGETS.marginalFlat ? false : spread !== undefined && covers ? true : undefined,
    measured:
      intervals.length > 0
        ? `${intervals.map((x) => `${count(x.lo.n)} → ${count(x.hi.n)}: ${x.ms?.toFixed(1) ?? '–'} ms/page`).join('; ')}${spread === undefined ? ' (needs three sizes)' : `; largest over smallest ${times(spread)}`}`
        : `needs sizes ${count(BUDGETS.marginalFrom)} to ${count(BUDGETS.scaleSize)}; ${everySize((r) => `${msPerPage(r.full)?.toFixed(1) ?? '–'} ms/page on average`)}`,
  });

  // Memory at 10,000: measured there, or projected on the line through the two largest sizes.
  const big = runs.find((r) => r.n >= BUDGETS.scaleSize);
  const [p1, p2] = runs.filter((r) => r.full.ok).slice(-2);
  const projected = p1 && p2 ? `; ≈ ${gib(extrapolate(p1.n, p1.full.peakRssKiB, p2.n, p2.full.peakRssKiB, BUDGETS.scaleSize))} on the line through ${count(p1.n)} and ${count(p2.n)}` : '';
  out.push({
    budget: `FULL peak memory ≤ ${BUDGETS.peakGiB} GiB at ${count(BUDGETS.scaleSize)} articles`,
    pass: big ? big.full.ok && big.full.peakRssKiB <= BUDGETS.peakGiB * GIB : runs.some((r) => r.full.peakRssKiB > BUDGETS.peakGiB * GIB) ? false : undefined,
    measured: big ? (big.full.ok ? `${gib(big.full.peakRssKiB)} at ${count(big.n)}` : failed(big.full)) : notRun(BUDGETS.scaleSize, (r) => gib(r.full.peakRssKiB)) + projected,
  });

  const rb = at(BUDGETS.rebuildSize);
  const share = rb ? rebuildShare(rb) : undefined;
  out.push({
    budget: `Rebuild after adding one article ≤ ${BUDGETS.rebuildShare * 100} % of a clean build at ${count(BUDGETS.rebuildSize)} articles`,
    pass: rb && (!rb.full.ok || rb.rebuild?.ok === false) ? false : share === undefined ? undefined : share <= BUDGETS.rebuildShare,
    measured: rb
      ? `${pct(share)} (${sec(rb.rebuild?.wallMs)} s after a ${sec(rb.full.wallMs)} s clean build)${rb.bareRebuild?.ok ? `; BARE's rebuild, its floor: ${sec(rb.bareRebuild.wallMs)} s, ${pct(bareRebuildShare(rb))} of it` : ''}`
      : notRun(BUDGETS.rebuildSize, (r) => pct(rebuildShare(r))),
  });

  // Output, judged on the largest FULL site; totals are projected to 10,000 when it is smaller.
  const sized = runs.filter((r) => r.full.site);
  const last = sized.at(-1);
  const [s1, s2] = sized.slice(-2);
  const weights: { budget: string; limit: number; value: (s: SiteMeasure) => number; show: (s: SiteMeasure) => string; total?: (v: number) => string }[] = [
    { budget: `Every page ≤ ${BUDGETS.pageBytes / 1e3} kB of HTML`, limit: BUDGETS.pageBytes, value: (s) => s.heaviest[0]?.bytes ?? 0, show: (s) => `largest ${s.heaviest.slice(0, 3).map((p) => `${p.page} ${kb(p.bytes)} kB`).join(', ')}` },
    { budget: `Reading pages ≤ ${BUDGETS.readingPageBytes / 1e3} kB of HTML`, limit: BUDGETS.readingPageBytes, value: (s) => s.reading.html.bytes, show: (s) => `largest ${s.reading.html.page} ${kb(s.reading.html.bytes)} kB` },
    { budget: `≤ ${count(BUDGETS.files)} files`, limit: BUDGETS.files, value: (s) => s.files, show: (s) => `${count(s.files)} files (${count(s.socialImages.files)} social images, ${count(s.pagefind.files)} Pagefind)`, total: (v) => `${count(Math.round(v))} files` },
    { budget: `≤ ${BUDGETS.siteBytes / 1e9} GB`, limit: BUDGETS.siteBytes, value: (s) => s.bytes, show: (s) => `${mb(s.bytes)} MB (social images ${mb(s.socialImages.bytes)} MB, Pagefind ${mb(s.pagefind.bytes)} MB)`, total: (v) => `${mb(v)} MB` },
  ];
  for (const w of weights) {
    const site = last?.full.site;
    const total = s1?.full.site && s2?.full.site && s2.n < BUDGETS.scaleSize && w.total ? w.total(extrapolate(s1.n, w.value(s1.full.site), s2.n, w.value(s2.full.site), BUDGETS.scaleSize)) : undefined;
    out.push({
      budget: `${w.budget} at ${count(BUDGETS.scaleSize)} articles`,
      pass: !site || !last ? undefined : w.value(site) > w.limit ? false : last.n >= BUDGETS.scaleSize ? true : undefined,
      measured: !site || !last ? 'no FULL site measured' : `at ${count(last.n)}: ${w.show(site)}${total ? `; ≈ ${total} at ${count(BUDGETS.scaleSize)} on the line through ${count(s1?.n)} and ${count(s2?.n)}` : ''}`,
    });
  }
  return out;
}

/** A Markdown table. */
export function table(headers: string[], body: string[][]): string {
  const row = (cells: string[]): string => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [row(headers), row(headers.map(() => '---')), ...body.map(row)].join('\n');
}

const mark = (pass: boolean | undefined): string => (pass === true ? '✓' : pass === false ? '✗' : '?');
const sorted = (results: BenchResults): SizeRun[] => [...results.runs].sort((a, b) => a.n - b.n);
const pipelines = ['full', 'bare'] as const;

/** Every measured command, one row each. */
function buildTable(runs: SizeRun[]): string {
  const row = (n: number, name: string, b: Build, note = ''): string[] => [count(n), b.ok ? name : `${name} (FAILED: ${b.error?.split('\n')[0] ?? ''})`, count(b.pages), sec(b.wallMs), msPerPage(b)?.toFixed(1) ?? '–', mib(b.peakRssKiB), b.otherCpu.toFixed(2), note];
  return table(
    ['n', 'build', 'pages', 'wall s', 'ms/page', 'peak MiB', "others' CPU", 'note'],
    runs.flatMap((r) => [
      row(r.n, 'FULL', r.full, r.full.pagefindMs === undefined ? '' : `Pagefind ${sec(r.full.pagefindMs)} s of it`),
      row(r.n, 'BARE', r.bare),
      ...(r.barePagefind ? [row(r.n, "BARE's Pagefind run", r.barePagefind, 'after the build, apart')] : []),
      ...(r.rebuild ? [row(r.n, 'FULL rebuild, one article added', r.rebuild, `${pct(rebuildShare(r))} of the clean build`)] : []),
      ...(r.bareRebuild ? [row(r.n, 'BARE rebuild, the same article added', r.bareRebuild, `with its Pagefind run; ${pct(bareRebuildShare(r))} of FULL's clean build`)] : []),
    ]),
  );
}

/** The output of every clean build: files and bytes. */
function outputTable(runs: SizeRun[]): string {
  return table(
    ['n', 'pipeline', 'HTML pages', 'files', 'MB', 'social images files / MB', 'Pagefind files / MB'],
    runs.flatMap((r) => pipelines.flatMap((p) => { const s = r[p].site; return s ? [[count(r.n), p.toUpperCase(), count(s.htmlPages), count(s.files), mb(s.bytes), `${count(s.socialImages.files)} / ${mb(s.socialImages.bytes)}`, `${count(s.pagefind.files)} / ${mb(s.pagefind.bytes)}`]] : []; })),
  );
}

/** The terminal summary: the builds, their output and the budgets. */
export function renderText(results: BenchResults): string {
  const runs = sorted(results);
  return [buildTable(runs), '', outputTable(runs), '', ...verdicts(results).map((v) => `${mark(v.pass)} ${v.budget}: ${v.measured}`)].join('\n');
}

const KINDS: readonly PageKind[] = ['article', 'actor', 'place', 'explainer', 'index', 'timeline'];

/** BENCHMARKS.md. `method` (bench/METHOD.md) and `analysis` (bench/ANALYSIS.md) are written by hand and included as they are. */
export function renderMarkdown(results: BenchResults, method: string, analysis: string): string {
  const runs = sorted(results);
  const m = results.machine;
  const c = (r: SizeRun): CorpusStats => r.corpus;
  return [
    '# Build benchmarks',
    '',
    'Generated by `npm run bench` (`bench/run.ts`); the method and the analysis are written by hand (`bench/METHOD.md`, `bench/ANALYSIS.md`). Rerun with the command below.',
    '',
    '## Run',
    '',
    `- Date: ${results.date}`,
    `- Command: \`${results.command}\``,
    `- Machine: ${m.cpus} CPUs (${m.cpuModel}), ${(m.memTotalKiB / GIB).toFixed(1)} GiB memory, ${m.os}`,
    `- Versions: ${Object.entries(results.versions).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `- Heap: every build ran with \`NODE_OPTIONS=--max-old-space-size=${results.heapMb}\`, as \`npm run build\` does`,
    `- Code measured: sha256 ${results.digest.slice(0, 16)}… over \`src/\`, \`public/\`, \`astro.config.mjs\`, \`package.json\`, \`tsconfig.json\`, \`bench/bare.ts\` and \`scripts/search-index.ts\`, copied at the start of the run`,
    `- Corpus seed: ${results.seed}`,
    '',
    '## Corpus',
    '',
    table(
      ['articles', 'actors', 'explainers', 'events', 'places', 'outside sources', 'paragraphs', 'words', '<Cite> in bodies'],
      runs.map((r) => [r.n, c(r).actors, c(r).explainers, c(r).events, c(r).places, c(r).sources, c(r).paragraphs, c(r).words, c(r).cites].map(count)),
    ),
    '',
    '## Method',
    '',
    method.trim(),
    '',
    '## Results',
    '',
    '### Builds',
    '',
    buildTable(runs),
    '',
    '"peak MiB": the largest sum of RSS over the build process and all its children, sampled every 100 ms. "others\' CPU": the cores the rest of the machine used meanwhile.',
    '',
    '### Marginal cost per page',
    '',
    runs.length < 2 ? 'Needs two sizes or more.' : table(['interval', 'FULL ms/page', 'BARE ms/page'], runs.slice(1).map((hi, i) => { const lo = runs[i] as SizeRun; return [`${count(lo.n)} → ${count(hi.n)}`, marginal(lo.full, hi.full)?.toFixed(1) ?? '–', marginal(lo.bare, hi.bare)?.toFixed(1) ?? '–']; })),
    '',
    '### Output',
    '',
    outputTable(runs),
    '',
    '### Largest page of each kind (HTML)',
    '',
    table(['n', 'kind', 'pages', 'FULL kB', 'FULL page', 'BARE kB'], runs.flatMap((r) => KINDS.flatMap((k) => { const f = r.full.site?.kinds[k]; return f ? [[count(r.n), k, count(f.pages), kb(f.largest.bytes), f.largest.page, kb(r.bare.site?.kinds[k]?.largest.bytes)]] : []; }))),
    '',
    '### Hub pages (HTML)',
    '',
    table(['n', 'page', 'FULL kB', 'BARE kB'], runs.flatMap((r) => (r.full.site?.hubs ?? []).map((h) => [count(r.n), h.page, kb(h.bytes), kb(r.bare.site?.hubs.find((b) => b.page === h.page)?.bytes)]))),
    '',
    '### Reading pages: the most any one of them downloads',
    '',
    table(['n', 'pipeline', 'reading pages', 'HTML kB', 'JS kB', 'CSS kB', 'heaviest JS page'], runs.flatMap((r) => pipelines.flatMap((p) => { const s = r[p].site?.reading; return s ? [[count(r.n), p.toUpperCase(), count(s.pages), kb(s.html.bytes), kb(s.js.bytes), kb(s.css.bytes), s.js.page]] : []; }))),
    '',
    '### First query',
    '',
    'Bytes downloaded to answer one query and show its first five results (see Method).',
    '',
    table(['n', 'query', 'FULL kB', 'BARE kB', 'FULL results', 'BARE results'], runs.flatMap((r) => (r.full.firstQuery ?? []).map((q, i) => { const b = r.bare.firstQuery?.[i]; return [count(r.n), q.query, kb(q.bytes), kb(b?.bytes), count(q.results), count(b?.results)]; }))),
    '',
    '## Budgets (issue 15)',
    '',
    table(['', 'budget', 'measured'], verdicts(results).map((v) => [mark(v.pass), v.budget, v.measured])),
    '',
    '✓ met, ✗ missed, ? not measurable from this run.',
    '',
    '## Analysis',
    '',
    analysis.trim() || '_Not written yet._',
    '',
  ].join('\n');
}
