/**
 * `npm run bench` (`node bench/run.ts`): builds the synthetic corpus at each size with the site's
 * pipeline (FULL) and its floor (BARE: `TFT_PIPELINE=bare`, then its Pagefind index apart), rebuilds
 * FULL after adding one article, measures time, memory and output, checks the budgets of issue 15,
 * prints a summary and writes BENCHMARKS.md. bench/METHOD.md says how.
 *
 *   --sizes 1000,5000,10000  the corpus sizes (the default); --n 200 for one size
 *   --seed 1                 the corpus seed
 *   --heap 8192              NODE_OPTIONS=--max-old-space-size of every build, in MB, as npm run build sets it
 *   --timeout-min 60         kill a build that runs longer
 *   --max-rss-gib 16         kill a build whose process tree uses more memory (at most 75 % of the machine's)
 *   --no-rebuild             skip the rebuild after adding one article
 *   --write BENCHMARKS.md    where to write the report; --no-write only prints it
 *   --json <file>            where to save the raw results (default: the log folder), after every size
 *   --keep                   keep the scratch projects and built sites (tft-bench-* in the temporary folder)
 *   --report-only <file>     only render the report again from a results file (after editing bench/ANALYSIS.md)
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, release, tmpdir, totalmem, type } from 'node:os';
import { join, resolve } from 'node:path';
import { addedArticle, buildCorpus } from './corpus.ts';
import { firstQuery } from './first-query.ts';
import { measure, type Measured } from './measure.ts';
import { renderMarkdown, renderText, type BenchResults, type Build, type PipelineRun, type SizeRun } from './report.ts';
import { clearCaches, keepTemps, removeTemp, scratchProject, snapshot, tempDir, writeFiles } from './scratch.ts';
import { measureSite } from './site.ts';

const PROJECT = resolve(import.meta.dirname, '..');

/** Parses the command line; throws on a limit that is not a positive number or a size below 20 articles. */
export function parseArgs(argv: readonly string[], memoryBytes = totalmem()) {
  const get = (name: string): string | undefined => (argv.includes(`--${name}`) ? argv[argv.indexOf(`--${name}`) + 1] : undefined);
  const num = (name: string, fallback: number): number => {
    const value = Number(get(name) ?? fallback);
    if (!(value > 0)) throw new Error(`bench: --${name} must be a positive number, got ${get(name)}`);
    return value;
  };
  const sizes = (get('n') ?? get('sizes') ?? '1000,5000,10000').split(',').map(Number).sort((a, b) => a - b);
  if (sizes.some((s) => !Number.isInteger(s) || s < 20)) throw new Error(`bench: sizes must be whole numbers of at least 20 articles, got ${get('n') ?? get('sizes')}`);
  return {
    sizes,
    seed: num('seed', 1),
    heapMb: num('heap', 8192),
    timeoutMs: num('timeout-min', 60) * 60_000,
    maxRssKiB: Math.round(Math.min(num('max-rss-gib', 16) * 1024 ** 2, (memoryBytes / 1024) * 0.75)),
    rebuild: !argv.includes('--no-rebuild'),
    write: argv.includes('--no-write') ? undefined : resolve(get('write') ?? join(PROJECT, 'BENCHMARKS.md')),
    json: get('json'),
    keep: argv.includes('--keep'),
    reportOnly: get('report-only'),
  };
}

/** The command-line options. */
export type Options = ReturnType<typeof parseArgs>;

const say = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);
const version = (pkg: string): string => (JSON.parse(readFileSync(join(PROJECT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;

/** A measured command as the results keep it: the failure first, then the end of the log. */
const asBuild = (m: Measured): Build => ({ ok: !m.failure, wallMs: m.wallMs, peakRssKiB: m.peakRssKiB, otherCpu: m.otherCpu, ...(m.failure ? { error: `${m.failure}\n${m.log.trim().split('\n').slice(-20).join('\n')}` } : {}) });

/**
 * Builds the scratch project at `root` into a new temporary folder, measured; `clean` clears its caches first. FULL is
 * what `npm run build` runs: `astro build` with the search index left to the next step, then scripts/search-index.ts in
 * a process of its own; its wall time is the sum of the two and its peak the larger, as for BARE and its Pagefind run.
 */
async function build(root: string, label: string, pipeline: 'full' | 'bare', opts: Options, logDir: string, clean: boolean): Promise<{ result: Build; out: string }> {
  if (clean) clearCaches(root);
  const out = tempDir(`site-${label}`);
  say(`${label}: building…`);
  // The same site at `/` whatever the shell sets (a deploy's SITE_URL or BASE_PATH, CI), with npm run build's heap.
  const env = { ...process.env, NODE_OPTIONS: `--max-old-space-size=${opts.heapMb}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', SITE_URL: 'http://localhost:4321', BASE_PATH: '/', TFT_PIPELINE: pipeline, TFT_SEARCH_INDEX: 'after' };
  const m = await measure(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], { cwd: root, env, logFile: join(logDir, `${label}.log`), timeoutMs: opts.timeoutMs, maxRssKiB: opts.maxRssKiB });
  const result = asBuild(m);
  const pages = /(\d+) page\(s\) built in/.exec(m.log)?.[1];
  if (pages) result.pages = Number(pages);
  if (pipeline === 'full' && result.ok) {
    const index = await measure(process.execPath, ['scripts/search-index.ts', out], { cwd: root, env, logFile: join(logDir, `${label}-search-index.log`), timeoutMs: opts.timeoutMs, maxRssKiB: opts.maxRssKiB });
    const indexed = asBuild(index);
    result.pagefindMs = index.wallMs;
    result.wallMs += index.wallMs;
    result.peakRssKiB = Math.max(result.peakRssKiB, index.peakRssKiB);
    result.otherCpu = (result.otherCpu * m.wallMs + index.otherCpu * index.wallMs) / (m.wallMs + index.wallMs);
    if (!indexed.ok) Object.assign(result, { ok: false, error: `search index: ${indexed.error}` });
  }
  say(`${label}: ${result.ok ? 'done' : `FAILED, ${result.error}\n`} in ${(result.wallMs / 1000).toFixed(1)} s, peak ${(result.peakRssKiB / 1024).toFixed(0)} MiB, ${result.pages ?? '?'} pages, others used ${result.otherCpu.toFixed(2)} cores`);
  return { result, out };
}

/** Measures a built site: its output, and what a first query downloads. */
async function inspect(run: PipelineRun, out: string, queries: readonly string[]): Promise<void> {
  if (!run.ok) return;
  run.site = measureSite(out);
  run.firstQuery = await firstQuery(out, queries);
}

/** One size: BARE and its Pagefind run, FULL, and each rebuilt after one more article. Sites go once measured. */
async function runSize(n: number, opts: Options, code: string, logDir: string): Promise<SizeRun> {
  const corpus = buildCorpus({ n, seed: opts.seed });
  say(`n=${n}: corpus of ${corpus.files.length} files`);
  const bareRoot = scratchProject(code, PROJECT, corpus.files, `bare-${n}`);
  const bare = await build(bareRoot, `bare-${n}`, 'bare', opts, logDir, true);
  const run: SizeRun = { n, corpus: corpus.stats, bare: bare.result, full: { ok: false, error: 'not built', wallMs: 0, peakRssKiB: 0, otherCpu: 0 } };
  /** BARE's Pagefind run over a site it built, measured. */
  const barePagefind = async (out: string, label: string): Promise<Build> => asBuild(await measure(process.execPath, [join(PROJECT, 'bench/pagefind-index.ts'), out], { cwd: bareRoot, env: process.env, logFile: join(logDir, `${label}.log`), timeoutMs: opts.timeoutMs, maxRssKiB: opts.maxRssKiB }));
  if (bare.result.ok) {
    say(`bare-${n}: Pagefind index…`);
    run.barePagefind = await barePagefind(bare.out, `bare-pagefind-${n}`);
    if (run.barePagefind.ok) await inspect(run.bare, bare.out, corpus.queries);
  }
  removeTemp(bare.out);
  if (opts.rebuild && bare.result.ok && run.barePagefind?.ok) {
    // The floor of a rebuild: the same article added to BARE, rebuilt with its caches kept, then indexed again.
    writeFiles(bareRoot, [addedArticle({ n, seed: opts.seed })]);
    const rebuilt = await build(bareRoot, `bare-${n}-rebuild`, 'bare', opts, logDir, false);
    const indexed = rebuilt.result.ok ? await barePagefind(rebuilt.out, `bare-${n}-rebuild-pagefind`) : undefined;
    run.bareRebuild = indexed ? { ...rebuilt.result, ok: indexed.ok, wallMs: rebuilt.result.wallMs + indexed.wallMs, peakRssKiB: Math.max(rebuilt.result.peakRssKiB, indexed.peakRssKiB), pagefindMs: indexed.wallMs, ...(indexed.error ? { error: `search index: ${indexed.error}` } : {}) } : rebuilt.result;
    removeTemp(rebuilt.out);
  }
  removeTemp(bareRoot);

  const fullRoot = scratchProject(code, PROJECT, corpus.files, `full-${n}`);
  const full = await build(fullRoot, `full-${n}`, 'full', opts, logDir, true);
  run.full = full.result;
  await inspect(run.full, full.out, corpus.queries);
  removeTemp(full.out);
  if (opts.rebuild && full.result.ok) {
    // As an editor would: one new article, then `npm run build` again (a fresh dist/), the caches in node_modules/.astro kept.
    writeFiles(fullRoot, [addedArticle({ n, seed: opts.seed })]);
    const rebuilt = await build(fullRoot, `full-${n}-rebuild`, 'full', opts, logDir, false);
    run.rebuild = rebuilt.result;
    removeTemp(rebuilt.out);
  }
  removeTemp(fullRoot);
  return run;
}

/** Prints the results and writes the report. */
function report(results: BenchResults, write: string | undefined): void {
  console.log(renderText(results));
  if (!write) return;
  const prose = (name: string): string => readFileSync(join(PROJECT, 'bench', name), 'utf8');
  writeFileSync(write, renderMarkdown(results, prose('METHOD.md'), prose('ANALYSIS.md')));
  console.log(`report: ${write}`);
}

/** Runs the benchmark. */
export async function main(argv: readonly string[]): Promise<BenchResults> {
  const opts = parseArgs(argv);
  if (opts.reportOnly) {
    const results = JSON.parse(readFileSync(opts.reportOnly, 'utf8')) as BenchResults;
    report(results, opts.write);
    return results;
  }
  if (opts.keep) keepTemps();
  // The logs stay after the run: they are not one of the folders removed at exit.
  const logDir = mkdtempSync(join(tmpdir(), 'tft-bench-logs-'));
  const json = opts.json ?? join(logDir, 'results.json');
  const snap = snapshot(PROJECT);
  say(`sizes ${opts.sizes.join(', ')}; code ${snap.digest.slice(0, 12)}; logs in ${logDir}`);
  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    command: ['node bench/run.ts', ...argv].join(' '),
    seed: opts.seed,
    heapMb: opts.heapMb,
    digest: snap.digest,
    machine: { cpus: availableParallelism(), cpuModel: /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown', memTotalKiB: Math.round(totalmem() / 1024), os: `${type()} ${release()}` },
    versions: Object.fromEntries([['Node', process.version], ...['astro', '@astrojs/mdx', '@astrojs/markdown-remark', 'pagefind'].map((p) => [p, version(p)])]),
    runs: [],
  };
  for (const n of opts.sizes) {
    results.runs.push(await runSize(n, opts, snap.dir, logDir));
    // Saved after every size, so that a size that fails later does not take the earlier ones with it.
    writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  }
  removeTemp(snap.dir);
  report(results, opts.write);
  console.log(`results: ${json}\nlogs: ${logDir}`);
  return results;
}

if (import.meta.main) await main(process.argv.slice(2));
