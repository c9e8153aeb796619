/**
 * The benchmark's results, the budgets they are checked against, and the two ways they are shown:
 * a plain-text table for the terminal and BENCHMARKS.md. Pure: no I/O, no clock.
 */
import type { CorpusStats } from './corpus.ts';
import type { FirstQuery } from './first-query.ts';
import type { Cost } from './profile.ts';
import type { SiteSizes } from './sizes.ts';

/** One build of one pipeline at one size. */
export interface BuildResult {
  pipeline: 'full' | 'bare' | 'satteri' | 'timed' | 'partial';
  /** How the table names it, when not by its pipeline (PARTIAL: "FULL without og-images"). */
  label?: string;
  ok: boolean;
  /** Why it failed: the end of its log. */
  error?: string;
  outOfMemory: boolean;
  /** Killed for going over the memory cap (--max-rss-gib). */
  killedForMemory: boolean;
  /** The process tree's RSS over time: [seconds, KiB]. */
  rssTimeline?: [number, number][];
  wallMs: number;
  peakTreeRssKiB: number;
  peakProcessRssKiB: number | undefined;
  peakProcesses: number;
  /** CPU cores the build used on average, and what everything else on the machine used meanwhile (noise). */
  ownCpu?: number;
  otherCpu?: number;
  /** How many times it was built (noisy attempts are repeated), and whether the kept one was still noisy. */
  attempts?: number;
  noisy?: boolean;
  /** NODE_OPTIONS=--max-old-space-size, in MB. */
  heapMb: number;
  /** Astro's "N page(s) built". */
  pages: number | undefined;
  /** Pagefind's own time: from the integration's log line (FULL) or the separate run (BARE). */
  pagefindMs: number | undefined;
  /** The separate Pagefind run (BARE): its wall time and peak memory. */
  pagefindRun?: { wallMs: number; peakTreeRssKiB: number };
  sizes?: SiteSizes;
  firstQuery?: FirstQuery;
  /** Per-plugin timers (TIMED). */
  pluginTiming?: Record<string, { ms: number; calls: number }>;
}

/** Everything measured at one corpus size. */
export interface SizeRun {
  n: number;
  /** The digest of the code this size measured (see BenchResults.source), when runs were merged. */
  sourceDigest?: string;
  corpus: CorpusStats;
  generateMs: number;
  full: BuildResult;
  bare: BuildResult;
  satteri?: BuildResult;
  timed?: BuildResult;
  /** FULL with some of our integrations left out (--also-without). */
  partial?: BuildResult;
}

/** A CPU profile's headline costs. */
export interface ProfileSide {
  /** Wall time of the profiled build (profiling slows it down). */
  wallMs: number;
  file: string;
  selfByFile: Cost[];
  selfByFunction: Cost[];
  /** Inclusive time of the project's own functions. */
  ours: Cost[];
}

/** CPU profiles of FULL and BARE at one size. */
export interface ProfileResult {
  n: number;
  full?: ProfileSide;
  bare?: ProfileSide;
}

/** One benchmark run. */
export interface BenchResults {
  date: string;
  command: string;
  seed: number;
  heapMb: number;
  /** What code was measured: a digest of src/ (without bench/) and the configs, and the integrations the config lists. */
  source?: { digest: string; integrations: string };
  machine: { nproc: number; memTotalKiB: number; cpuModel: string; os: string };
  versions: Record<string, string>;
  runs: SizeRun[];
  profile?: ProfileResult;
}

// ---------------------------------------------------------------------------------------------
// Numbers

const KIB = 1024;
const MIB = 1024 * 1024;
const kib = (bytes: number | undefined): string => (bytes === undefined ? '–' : (bytes / KIB).toFixed(1));
const mib = (bytes: number | undefined): string => (bytes === undefined ? '–' : (bytes / MIB).toFixed(0));
const sec = (ms: number | undefined): string => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const ratio = (a: number | undefined, b: number | undefined): number | undefined => (a === undefined || b === undefined || b === 0 ? undefined : a / b);
const fmtRatio = (r: number | undefined): string => (r === undefined ? '–' : `${r.toFixed(2)}×`);

/** Wall time per built page. */
export const msPerPage = (b: BuildResult): number | undefined => (b.ok && b.pages ? b.wallMs / b.pages : undefined);

/** The marginal cost of a page between two sizes: extra wall time over extra pages. */
export function marginal(lo: BuildResult, hi: BuildResult): number | undefined {
  if (!lo.ok || !hi.ok || lo.pages === undefined || hi.pages === undefined || hi.pages <= lo.pages) return undefined;
  return (hi.wallMs - lo.wallMs) / (hi.pages - lo.pages);
}

/** A straight-line extrapolation of `y` to `x` through the two points. */
export function extrapolate(x1: number, y1: number, x2: number, y2: number, x: number): number {
  return y1 + ((y2 - y1) * (x - x1)) / (x2 - x1);
}

// ---------------------------------------------------------------------------------------------
// Budgets

/** The budgets, as the brief gives them. */
export const BUDGETS = {
  wallRatio: 1.15,
  memRatio: 1.1,
  marginalFlat: 1.2,
  oomArticles: 10_000,
  oomMemoryGiB: 24,
  readingJsBytes: 8 * KIB,
  cssBytes: 15 * KIB,
  articleHtmlBytes: 60 * KIB,
  firstQueryRatio: 1.1,
} as const;

/** One budget's verdict. */
export interface Verdict {
  budget: string;
  /** true: met; false: missed; undefined: not measurable from this run. */
  pass: boolean | undefined;
  measured: string;
}

/** Checks every budget against the results. */
export function verdicts(results: BenchResults): Verdict[] {
  const out: Verdict[] = [];
  const runs = [...results.runs].sort((a, b) => a.n - b.n);
  const judged = runs.filter((r) => r.n >= 1000);
  const atSizes = judged.length > 0 ? judged : runs;
  const note = judged.length > 0 ? '' : ' (no run at ≥ 1,000 articles: shown for the sizes run)';

  /** Why FULL has no figure at a size, if it failed. */
  const failure = (b: BuildResult): string =>
    b.killedForMemory ? `killed at the memory cap after ${sec(b.wallMs)} s, at ${mib(b.peakTreeRssKiB * KIB)} MiB` : b.outOfMemory ? 'ran out of heap' : (b.error?.split('\n')[0] ?? 'failed');
  /** The same ratio for PARTIAL (FULL without some integrations), when there is one. */
  const partialNote = (r: SizeRun, f: (b: BuildResult) => number | undefined, base: number | undefined): string =>
    r.partial?.ok ? `; ${r.partial.label ?? 'PARTIAL'}: ${fmtRatio(ratio(f(r.partial), base))}` : '';

  for (const r of atSizes) {
    const bareWall = r.bare.ok ? r.bare.wallMs : undefined;
    const w = ratio(r.full.wallMs, bareWall);
    const withPf = ratio(r.full.wallMs, r.bare.ok ? r.bare.wallMs + (r.bare.pagefindMs ?? 0) : undefined);
    out.push({
      budget: `FULL wall time ≤ ${BUDGETS.wallRatio}× BARE at ${r.n.toLocaleString('en')}${note}`,
      pass: !r.full.ok ? false : w === undefined ? undefined : w <= BUDGETS.wallRatio,
      measured: r.full.ok
        ? `${fmtRatio(w)} (${sec(r.full.wallMs)} s vs ${sec(r.bare.wallMs)} s); against BARE + its Pagefind run: ${fmtRatio(withPf)}${partialNote(r, (b) => b.wallMs, bareWall)}`
        : `FULL did not finish: ${failure(r.full)} (BARE: ${sec(r.bare.wallMs)} s)${partialNote(r, (b) => b.wallMs, bareWall)}`,
    });
  }
  for (const r of atSizes) {
    const bareMem = r.bare.ok ? r.bare.peakTreeRssKiB : undefined;
    const m = ratio(r.full.peakTreeRssKiB, bareMem);
    out.push({
      budget: `FULL peak memory ≤ ${BUDGETS.memRatio}× BARE at ${r.n.toLocaleString('en')}${note}`,
      pass: !r.full.ok ? false : m === undefined ? undefined : m <= BUDGETS.memRatio,
      measured: r.full.ok
        ? `${fmtRatio(m)} (process tree ${mib(r.full.peakTreeRssKiB * KIB)} MiB vs ${mib(r.bare.peakTreeRssKiB * KIB)} MiB; largest process ${mib((r.full.peakProcessRssKiB ?? 0) * KIB)} vs ${mib((r.bare.peakProcessRssKiB ?? 0) * KIB)} MiB)${partialNote(r, (b) => b.peakTreeRssKiB, bareMem)}`
        : `FULL did not finish: ${failure(r.full)}, ≥ ${fmtRatio(m)} BARE's ${mib(r.bare.peakTreeRssKiB * KIB)} MiB${partialNote(r, (b) => b.peakTreeRssKiB, bareMem)}`,
    });
  }
  if (runs.length >= 3) {
    // Each interval's marginal cost against the one before it: flat means every ratio ≤ the limit.
    const intervals = runs.slice(1).map((hi, i) => ({ lo: runs[i] as SizeRun, hi, full: marginal((runs[i] as SizeRun).full, hi.full), partial: runs[i]?.partial && hi.partial ? marginal((runs[i] as SizeRun).partial as BuildResult, hi.partial) : undefined }));
    const name = (x: { lo: SizeRun; hi: SizeRun }): string => `${x.lo.n.toLocaleString('en')} → ${x.hi.n.toLocaleString('en')}`;
    const pairs = intervals.slice(1).map((x, i) => ({ x, prev: intervals[i] as (typeof intervals)[number] }));
    const failed = runs.filter((x) => !x.full.ok).map((x) => x.n.toLocaleString('en'));
    const ratios = pairs.map(({ x, prev }) => ratio(x.full, prev.full));
    const partialText = pairs.every(({ x, prev }) => x.partial !== undefined && prev.partial !== undefined)
      ? `; ${runs[runs.length - 1]?.partial?.label ?? 'PARTIAL'}: ${pairs.map(({ x, prev }) => `${name(x)} ${x.partial?.toFixed(1)} ms/page (${fmtRatio(ratio(x.partial, prev.partial))})`).join(', ')}`
      : '';
    out.push({
      budget: `FULL marginal ms/page flat within ${BUDGETS.marginalFlat}× from one interval of sizes to the next`,
      pass: failed.length > 0 ? false : ratios.some((r) => r === undefined) ? undefined : ratios.every((r) => (r as number) <= BUDGETS.marginalFlat),
      measured:
        (failed.length > 0 ? `FULL did not finish at ${failed.join(', ')}; ` : '') +
        `${intervals.map((x) => `${name(x)}: ${x.full?.toFixed(1) ?? '–'} ms/page`).join(', ')}; ratios ${ratios.map((r) => fmtRatio(r)).join(', ')}${partialText}`,
    });
  } else if (runs.length === 2) {
    const [lo, hi] = runs as [SizeRun, SizeRun];
    const m = marginal(lo.full, hi.full);
    const avg = msPerPage(lo.full);
    out.push({
      budget: `FULL marginal ms/page flat within ${BUDGETS.marginalFlat}× (needs three sizes; shown: marginal ${lo.n} → ${hi.n} against the average at ${lo.n})`,
      pass: undefined,
      measured: `${m?.toFixed(1) ?? '–'} ms/page marginal vs ${avg?.toFixed(1) ?? '–'} ms/page average`,
    });
  } else {
    out.push({ budget: `FULL marginal ms/page flat within ${BUDGETS.marginalFlat}×`, pass: undefined, measured: 'needs at least two sizes' });
  }

  // OOM: every build ran without exhausting the heap or the memory cap; 10,000 measured or extrapolated.
  const all = runs.flatMap((r) => [r.full, r.bare, ...(r.partial ? [r.partial] : [])]);
  const oomText = all
    .filter((b) => b.outOfMemory || b.killedForMemory)
    .map((b) => `${b.label ?? b.pipeline.toUpperCase()} at ${(runs.find((r) => [r.full, r.bare, r.partial].includes(b))?.n ?? 0).toLocaleString('en')} ${failure(b)}`);
  const ok = runs.filter((r) => r.full.ok);
  const at10k = runs.find((r) => r.n >= BUDGETS.oomArticles);
  if (at10k && at10k.full.ok && oomText.length === 0) {
    out.push({
      budget: `No OOM up to ${BUDGETS.oomArticles.toLocaleString('en')} articles on ${BUDGETS.oomMemoryGiB} GiB`,
      pass: true,
      measured: `measured at ${at10k.n.toLocaleString('en')}: FULL peak ${mib(at10k.full.peakTreeRssKiB * KIB)} MiB with --max-old-space-size=${at10k.full.heapMb}`,
    });
  } else if (oomText.length > 0) {
    const partials = runs.filter((r) => r.partial?.ok);
    let extra = '';
    if (partials.length >= 2) {
      const [p1, p2] = partials.slice(-2) as [SizeRun, SizeRun];
      const peak = extrapolate(p1.n, p1.partial!.peakTreeRssKiB, p2.n, p2.partial!.peakTreeRssKiB, BUDGETS.oomArticles);
      extra = `; ${p2.partial?.label ?? 'PARTIAL'} extrapolates (linearly from ${p1.n.toLocaleString('en')} and ${p2.n.toLocaleString('en')}) to ≈ ${mib(peak * KIB)} MiB at 10,000`;
    }
    out.push({
      budget: `No OOM up to ${BUDGETS.oomArticles.toLocaleString('en')} articles on ${BUDGETS.oomMemoryGiB} GiB`,
      pass: false,
      measured: `${oomText.join('; ')}; heap limit set ${results.heapMb} MB${extra}`,
    });
  } else if (ok.length >= 2) {
    const [prev, largest] = ok.slice(-2) as [SizeRun, SizeRun];
    const peak = extrapolate(prev.n, prev.full.peakTreeRssKiB, largest.n, largest.full.peakTreeRssKiB, BUDGETS.oomArticles);
    const biggest = extrapolate(prev.n, prev.full.peakProcessRssKiB ?? 0, largest.n, largest.full.peakProcessRssKiB ?? 0, BUDGETS.oomArticles);
    const fits = peak < BUDGETS.oomMemoryGiB * MIB && biggest < results.heapMb * KIB + 2 * MIB;
    out.push({
      budget: `No OOM up to ${BUDGETS.oomArticles.toLocaleString('en')} articles on ${BUDGETS.oomMemoryGiB} GiB`,
      pass: fits ? true : undefined,
      measured: `not built at 10,000; extrapolated linearly from ${prev.n.toLocaleString('en')} and ${largest.n.toLocaleString('en')}: process tree ≈ ${mib(peak * KIB)} MiB, largest process ≈ ${mib(biggest * KIB)} MiB, heap limit set ${results.heapMb} MB`,
    });
  } else {
    out.push({ budget: `No OOM up to ${BUDGETS.oomArticles.toLocaleString('en')} articles`, pass: undefined, measured: 'needs at least two sizes to extrapolate' });
  }

  // Page weights: the largest size with a FULL site, or PARTIAL's (the same pages) where FULL failed.
  const bigRun = [...runs].reverse().find((r) => r.full.sizes ?? r.partial?.sizes);
  const biggestFull = bigRun?.full.sizes ?? bigRun?.partial?.sizes;
  if (biggestFull && bigRun) {
    const where = `n = ${bigRun.n.toLocaleString('en')}${bigRun.full.sizes ? '' : `, ${bigRun.partial?.label ?? 'PARTIAL'}`}`;
    out.push({
      budget: `Reading pages ≤ ${BUDGETS.readingJsBytes / KIB} KiB JS`,
      pass: biggestFull.readingJsMaxBytes <= BUDGETS.readingJsBytes,
      measured: `${kib(biggestFull.readingJsMaxBytes)} KiB at most (${biggestFull.readingJsMaxPage}, ${where})`,
    });
    out.push({
      budget: `CSS ≤ ${BUDGETS.cssBytes / KIB} KiB per page`,
      pass: biggestFull.cssMaxBytes <= BUDGETS.cssBytes,
      measured: `${kib(biggestFull.cssMaxBytes)} KiB at most (${biggestFull.cssMaxPage}, ${where})`,
    });
    out.push({
      budget: `Largest article page ≤ ${BUDGETS.articleHtmlBytes / KIB} KiB HTML`,
      pass: biggestFull.articleHtmlMaxBytes <= BUDGETS.articleHtmlBytes,
      measured: `${kib(biggestFull.articleHtmlMaxBytes)} KiB (${biggestFull.articleHtmlMaxPage}, ${where}); median ${kib(biggestFull.articleHtmlMedianBytes)} KiB`,
    });
  }
  for (const r of atSizes) {
    // PARTIAL's index is FULL's (only social images are missing), so it stands in when FULL failed.
    const subject = r.full.firstQuery ? r.full : r.partial?.firstQuery ? r.partial : undefined;
    const q = ratio(subject?.firstQuery?.meanBytes, r.bare.firstQuery?.meanBytes);
    const proxy = subject && subject !== r.full ? ` — measured on ${subject.label ?? 'PARTIAL'} (same index), FULL did not finish` : '';
    out.push({
      budget: `First-query download ≤ ${BUDGETS.firstQueryRatio}× BARE at ${r.n.toLocaleString('en')}${note}`,
      pass: q === undefined ? undefined : q <= BUDGETS.firstQueryRatio,
      measured: `${fmtRatio(q)} (${kib(subject?.firstQuery?.meanBytes)} KiB vs ${kib(r.bare.firstQuery?.meanBytes)} KiB, mean of ${subject?.firstQuery?.queries.length ?? 0} queries)${proxy}`,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tables

const HEADERS = ['n', 'pipeline', 'pages', 'wall s', 'ms/page', 'CPU own/other', 'peak tree MiB', 'largest proc MiB', 'heap MB', 'Pagefind ms', 'out MiB', 'article HTML med/max KiB', 'JS/reading page KiB', 'CSS/page KiB', 'first query KiB'];

/** The rows of the main table. */
export function rows(results: BenchResults): string[][] {
  const out: string[][] = [];
  for (const r of [...results.runs].sort((a, b) => a.n - b.n)) {
    for (const b of [r.full, ...(r.partial ? [r.partial] : []), r.bare, ...(r.satteri ? [r.satteri] : []), ...(r.timed ? [r.timed] : [])]) {
      const s = b.sizes;
      out.push([
        r.n.toLocaleString('en'),
        (b.label ?? b.pipeline.toUpperCase()) + (b.ok ? '' : b.outOfMemory ? ' (OOM)' : b.killedForMemory ? ' (KILLED: memory cap)' : ' (FAILED)'),
        b.pages === undefined ? '–' : String(b.pages),
        sec(b.wallMs),
        msPerPage(b)?.toFixed(1) ?? '–',
        b.ownCpu === undefined ? '–' : `${b.ownCpu.toFixed(2)} / ${(b.otherCpu ?? 0).toFixed(2)}${b.noisy ? ' (noisy)' : ''}`,
        mib(b.peakTreeRssKiB * KIB),
        b.peakProcessRssKiB === undefined ? '–' : mib(b.peakProcessRssKiB * KIB),
        String(b.heapMb),
        b.pagefindMs === undefined ? '–' : String(Math.round(b.pagefindMs)) + (b.pipeline === 'bare' ? ' (separate)' : ''),
        mib(s?.totalBytes),
        s ? `${kib(s.articleHtmlMedianBytes)} / ${kib(s.articleHtmlMaxBytes)}` : '–',
        kib(s?.readingJsMaxBytes),
        kib(s?.cssMaxBytes),
        kib(b.firstQuery?.meanBytes),
      ]);
    }
  }
  return out;
}

/** A plain-text table, columns padded. */
export function textTable(headers: string[], body: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** A Markdown table. */
export function markdownTable(headers: string[], body: string[][]): string {
  const esc = (c: string): string => c.replaceAll('|', '\\|');
  return [`| ${headers.map(esc).join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.map(esc).join(' | ')} |`)].join('\n');
}

/** The marginal-cost rows: each interval between consecutive sizes. */
export function marginalRows(results: BenchResults): string[][] {
  const runs = [...results.runs].sort((a, b) => a.n - b.n);
  const out: string[][] = [];
  for (let i = 1; i < runs.length; i++) {
    const lo = runs[i - 1] as SizeRun;
    const hi = runs[i] as SizeRun;
    const partial = lo.partial && hi.partial ? marginal(lo.partial, hi.partial)?.toFixed(1) ?? '–' : '–';
    out.push([`${lo.n.toLocaleString('en')} → ${hi.n.toLocaleString('en')}`, marginal(lo.full, hi.full)?.toFixed(1) ?? '–', partial, marginal(lo.bare, hi.bare)?.toFixed(1) ?? '–']);
  }
  return out;
}

/** The terminal summary: main table, ratios, budgets. */
export function renderText(results: BenchResults): string {
  const parts = [textTable(HEADERS, rows(results))];
  const m = marginalRows(results);
  if (m.length > 0) parts.push('', textTable(['interval', 'FULL marginal ms/page', 'PARTIAL marginal ms/page', 'BARE marginal ms/page'], m));
  parts.push('', ...verdicts(results).map((v) => `${v.pass === true ? '✓' : v.pass === false ? '✗' : '?'} ${v.budget}: ${v.measured}`));
  return parts.join('\n');
}

/** BENCHMARKS.md. `analysis` is the hand-written explanation and plan, included as is. */
export function renderMarkdown(results: BenchResults, analysis: string): string {
  const runs = [...results.runs].sort((a, b) => a.n - b.n);
  const v = verdicts(results);
  const mark = (p: boolean | undefined): string => (p === true ? '✓' : p === false ? '✗' : '?');
  const lines: string[] = [];
  lines.push('# Build benchmarks', '');
  lines.push('Generated by `bench/run.ts`; the explanation and plan at the end are written by hand (`bench/ANALYSIS.md`). Rerun with the command below.', '');
  lines.push('## Run', '');
  lines.push(`- Date: ${results.date}`);
  lines.push(`- Command: \`${results.command}\``);
  lines.push(`- Machine: ${results.machine.nproc} CPUs (${results.machine.cpuModel}), ${(results.machine.memTotalKiB / MIB).toFixed(1)} GiB memory, ${results.machine.os}`);
  lines.push(`- Versions: ${Object.entries(results.versions).map(([k, val]) => `${k} ${val}`).join(', ')}`);
  lines.push(`- Heap: every build ran with \`NODE_OPTIONS=--max-old-space-size=${results.heapMb}\``);
  const digests = [...new Set(runs.map((r) => r.sourceDigest).filter((d): d is string => d !== undefined))];
  if (digests.length > 1) lines.push(`- Merged runs measured different code: ${runs.map((r) => `${r.n.toLocaleString('en')}: ${r.sourceDigest?.slice(0, 12) ?? '?'}`).join(', ')}`);
  if (results.source) lines.push(`- Code measured: a snapshot of the tree at the start of the run, sha256 ${results.source.digest.slice(0, 16)}… over \`src/\` (without \`bench/\`), \`public/\`, \`astro.config.mjs\`, \`package.json\`, \`tsconfig.json\`; integrations in astro.config.mjs: \`${results.source.integrations}\``);
  lines.push(`- Corpus seed: ${results.seed}`, '');
  lines.push('## Corpus', '');
  lines.push(
    markdownTable(
      ['articles', 'actors', 'explainers', 'events', 'places', 'paragraphs', 'words', '<Cite> in bodies', 'generated in'],
      runs.map((r) => [r.n.toLocaleString('en'), String(r.corpus.actors), String(r.corpus.explainers), String(r.corpus.events), String(r.corpus.places), r.corpus.paragraphs.toLocaleString('en'), r.corpus.words.toLocaleString('en'), r.corpus.cites.toLocaleString('en'), `${Math.round(r.generateMs)} ms`]),
    ),
    '',
  );
  lines.push(METHOD, '');
  lines.push('## Results', '');
  lines.push(markdownTable(HEADERS, rows(results)), '');
  lines.push('"CPU own/other": cores used on average by the build\'s process tree, and by everything else on the machine during the build (other work on a shared machine; well above 0 means the wall time is inflated). "peak tree" is the sampled sum of RSS over the build process and all its children (Pagefind\'s binary included for FULL); "largest proc" is GNU time\'s %M, the peak of the largest single process. For BARE, Pagefind ran as a separate process after the build: its time is in the Pagefind column, not in the wall time; its memory is listed below.', '');
  const bares = runs.filter((r) => r.bare.pagefindRun);
  if (bares.length > 0) {
    lines.push(markdownTable(['n', 'BARE Pagefind run: wall s', 'peak tree MiB'], bares.map((r) => [r.n.toLocaleString('en'), sec(r.bare.pagefindRun?.wallMs), mib((r.bare.pagefindRun?.peakTreeRssKiB ?? 0) * KIB)])), '');
  }
  const m = marginalRows(results);
  if (m.length > 0) {
    lines.push('### Marginal cost per page', '');
    lines.push(markdownTable(['interval', 'FULL ms/page', 'PARTIAL ms/page', 'BARE ms/page'], m), '');
  }
  const sat = runs.find((r) => r.satteri);
  if (sat?.satteri) {
    lines.push('### Processor cost: unified vs Sätteri', '');
    lines.push(
      `At ${sat.n.toLocaleString('en')} articles, on the same content with \`<Cite>\`, \`<Disagree>\` and \`<Side>\` stripped from the MDX source (Sätteri runs no remark plugins, so nothing else could remove them): SATTERI ${sec(sat.satteri.wallMs)} s${sat.satteri.ok ? '' : ' (failed)'}, BARE (unified, no plugins of ours) ${sec(sat.bare.wallMs)} s, FULL ${sec(sat.full.wallMs)} s. Unified/Sätteri wall-time ratio: ${fmtRatio(ratio(sat.bare.wallMs, sat.satteri.wallMs))}; FULL/Sätteri: ${fmtRatio(ratio(sat.full.wallMs, sat.satteri.wallMs))}. Peak memory: SATTERI ${mib(sat.satteri.peakTreeRssKiB * KIB)} MiB vs BARE ${mib(sat.bare.peakTreeRssKiB * KIB)} MiB.`,
      '',
    );
  }
  lines.push('### First query', '');
  lines.push('Bytes downloaded to answer one query and show its first five results (method above), per query:', '');
  lines.push(
    markdownTable(
      ['n', 'query', 'FULL KiB', 'BARE KiB', 'FULL results', 'BARE results'],
      runs.flatMap((r) => {
        const subject = r.full.firstQuery ? r.full : r.partial;
        return (subject?.firstQuery?.queries ?? []).map((q, i) => {
          const b = r.bare.firstQuery?.queries[i];
          const n = r.n.toLocaleString('en') + (subject === r.full ? '' : ` (${subject?.label ?? 'PARTIAL'})`);
          return [n, q.query, kib(q.bytes), kib(b?.bytes), String(q.results), String(b?.results ?? '–')];
        });
      }),
    ),
    '',
  );
  const ui = runs.find((r) => r.full.firstQuery)?.full.firstQuery;
  if (ui) lines.push(`Not counted above: Pagefind's search UI script, pagefind-component-ui.js (${kib(ui.uiBytes)} KiB), the same file in every pipeline.`, '');
  const timed = runs.find((r) => r.timed?.pluginTiming);
  if (timed?.timed?.pluginTiming) {
    lines.push(`### Timers (TIMED build, n = ${timed.n.toLocaleString('en')}: FULL with our functions, remark plugins and integration hooks wrapped in timers)`, '');
    lines.push(`TIMED build: ${sec(timed.timed.wallMs)} s. Totals are inclusive (loadArticles includes its parseMdx calls); async ones include time spent waiting on other work.`, '');
    lines.push(
      markdownTable(
        ['timer', 'total ms', 'calls', 'ms/call'],
        Object.entries(timed.timed.pluginTiming)
          .sort((a, b) => b[1].ms - a[1].ms)
          .map(([name, t]) => [name, t.ms.toFixed(0), String(t.calls), (t.ms / t.calls).toFixed(2)]),
      ),
      '',
    );
  }
  if (results.profile) {
    const p = results.profile;
    lines.push(`### CPU profiles (n = ${p.n.toLocaleString('en')}, --cpu-prof, main thread)`, '');
    lines.push(`Profiled builds: FULL ${sec(p.full?.wallMs)} s, BARE ${sec(p.bare?.wallMs)} s (profiling slows them). Inclusive time of the project's own functions (the function and all it calls; nested entries overlap). Code in \`.astro/.prerender/chunks/\` is the pages' bundle: the chunk is named after the module (\`events_*.mjs\` is \`src/data/events.ts\`).`, '');
    const keyOf = (k: string): string => k.replace(/_[\w-]{8}\.mjs/, '.mjs').replace(/\?t=\d+/, '');
    const bareMs = new Map((p.bare?.ours ?? []).map((c) => [keyOf(c.key), c.ms]));
    lines.push(markdownTable(['FULL ms', 'BARE ms', 'function file:line'], (p.full?.ours ?? []).slice(0, 30).map((c) => [String(c.ms), String(bareMs.get(keyOf(c.key)) ?? '–'), c.key])), '');
    lines.push('Self time by file (FULL):', '');
    lines.push(markdownTable(['ms', 'file'], (p.full?.selfByFile ?? []).slice(0, 15).map((c) => [String(c.ms), c.key])), '');
    lines.push('Self time by function (FULL):', '');
    lines.push(markdownTable(['ms', 'function'], (p.full?.selfByFunction ?? []).slice(0, 15).map((c) => [String(c.ms), c.key])), '');
  }
  lines.push('## Budgets', '');
  lines.push(markdownTable(['', 'budget', 'measured'], v.map((x) => [mark(x.pass), x.budget, x.measured])), '');
  lines.push('✓ met, ✗ missed, ? not measurable from this run. KiB = 1,024 bytes (the budgets\' "KB" read as KiB).', '');
  lines.push('## Explanation and plan', '');
  lines.push(analysis.trim() || '_No analysis written yet._', '');
  return `${lines.join('\n')}\n`;
}

const METHOD = `## Method

- **Corpus**: \`buildCorpus({ n, seed })\` in \`bench/corpus.ts\`, a seeded generator (sfc32, no Math.random): N articles
  (frontmatter as \`src/schemas/article.ts\` wants it, 10–25 paragraphs of pseudo-news naming actors by name, alias,
  abbreviation and Arabic name, some lists, corrections and notes), 60 actors with aliases, relations and cited facts,
  N/20 explainers with \`<Cite>\`s and a \`<Disagree>\` block, N/10 events, 20 places and two counts. Every quote is a
  window of the cited paragraph, so the real build's checks pass. Articles draw from their own streams: the first
  1,000 articles of the 5,000 corpus are the 1,000 corpus.
- **Scratch project**: \`src public astro.config.mjs package.json tsconfig.json\` copied to a temporary folder, the
  generated \`content/\`, an empty \`seeds/\`, and \`node_modules/\` as one symlink per package (caches \`.astro\`, \`.vite\` not
  shared). \`node_modules/.astro\`, \`node_modules/.vite\` and \`.astro\` are deleted before every build.
- **Pipelines**, each built with \`node node_modules/astro/bin/astro.mjs build --config <cfg> --outDir <tmp>\` in its own
  scratch copy: FULL = the real \`astro.config.mjs\` and the real \`src/\`. BARE = the same config file, unchanged (same
  Astro, MDX, unified processor, sitemap, CSP; same pages and data modules), with the project's own build code stubbed in
  its copy: \`src/remark/index.ts\` returns \`remark-gfm\` plus an inline plugin that deletes \`<Cite>\`, \`<Disagree>\` and
  \`<Side>\` (MDX cannot render them without our citations plugin), \`gfm: false\`, \`smartypants: false\`;
  \`src/build/pipeline-context.ts\` returns an empty context; every \`src/integrations/*.ts\` (Pagefind, social images,
  headers) does nothing. So BARE is the floor, not equivalent output. BARE's Pagefind index is built afterwards by
  \`bench/pagefind-index.ts\` (the integration's code), timed apart. SATTERI (once) = BARE with
  \`markdown.processor\` removed (Astro's default), on content with those elements stripped from the source. TIMED
  (optional) = FULL with timers wrapped around our data functions, remark plugins and integration hooks.
- **Measures**: wall time of the build process; peak memory of the whole process tree, sampled from /proc every
  100 ms (sum of RSS), and GNU time's %M (largest single process); Pagefind time from the integration's log line;
  output bytes; article page HTML (median, largest); JS per reading page (local \`<script src>\` and module preloads and
  their static imports, transitively); CSS per page (\`<link rel=stylesheet>\` and inline \`<style>\`).
- **First query**: Pagefind's own client (\`pagefind/pagefind.js\` of the build) runs in Node against a local HTTP
  server that counts the bytes it serves; for each query: pagefind.js + pagefind-entry.json + pf_meta + wasm + the index
  chunks the query loads + the fragments of its first five results. Queries: an armed group's name, its abbreviation,
  a place name and "drone attack".
- One build per pipeline and size, run one after another on an otherwise idle machine; expect a few percent of noise.`;
