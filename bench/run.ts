/**
 * `npm run bench` (`node bench/run.ts`): builds a synthetic corpus at one or more sizes with the
 * real pipeline (FULL) and the floor (BARE), measures time, memory and output, checks the budgets,
 * prints a table and writes BENCHMARKS.md. See BENCHMARKS.md for the method.
 *
 *   --n 200                 one size (CI's quick mode)
 *   --sizes 200,1000,5000   several sizes (default 1000,5000)
 *   --seed 1                the corpus seed (default 1)
 *   --heap 8192             NODE_OPTIONS=--max-old-space-size for every build, in MB (default 8192)
 *   --pipelines full,bare   which of the two to build (default both)
 *   --satteri <n>|off       the size at which to build SATTERI once (default: the smallest size)
 *   --plugin-timing <n>|off a TIMED build (FULL with timers on our functions, plugins and hooks;
 *                           see makeTimed in scratch.ts) at that size (default off)
 *   --profile <n>|off       extra FULL and BARE builds under --cpu-prof, summarised (default off)
 *   --also-without og-images  an extra build per size: FULL with these src/integrations/ left out
 *                           (PARTIAL), to see what the rest of the pipeline costs
 *   --retries 2             measure a build again (at most this many times) when other processes
 *   --noisy-cpu 0.25        used more than this many cores during it; the quietest attempt counts
 *   --timeout-min 30        per build
 *   --write BENCHMARKS.md   where to write the report; --no-write to only print
 *   --json <file>           where to save the raw results (default: in the log folder)
 *   --merge <file>          include the sizes of an earlier run's results (this run's sizes win)
 *   --keep                  keep the scratch projects and built sites
 *   --report-only <file>    only re-render the report from a results file (after editing
 *                           bench/ANALYSIS.md)
 *   --max-rss-gib 18        kill a build whose process tree goes over this (default 75% of memory),
 *                           so a runaway build cannot take a shared machine down
 *   --quiet-wait-s 60       before each build, wait up to this long for the machine to be idle
 *                           (other processes under 0.3 cores); --no-quiet-wait to start at once
 *
 * Never writes into dist/ or dist-base/: every build goes to a temporary folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, release, tmpdir, type } from 'node:os';
import { join, resolve } from 'node:path';
import { buildCorpus, writeCorpus, type Corpus, type CorpusFile } from './corpus.ts';
import { firstQuery } from './first-query.ts';
import { measure, tail, waitForQuiet } from './measure.ts';
import { OUR_CODE, summariseDir } from './profile.ts';
import { renderMarkdown, renderText, type BenchResults, type BuildResult, type ProfileResult, type SizeRun } from './report.ts';
import { clearCaches, CONFIGS, createScratch, makeBare, makeSatteri, makeTimed, removeScratch, snapshotProject, stripMdxElements, stubIntegrations, type Pipeline } from './scratch.ts';
import { siteSizes } from './sizes.ts';

const PROJECT = resolve(import.meta.dirname, '../..');

/** The command-line options. */
export interface Options {
  sizes: number[];
  seed: number;
  heapMb: number;
  pipelines: ('full' | 'bare')[];
  satteri: number | undefined;
  pluginTiming: number | undefined;
  profile: number | undefined;
  timeoutMs: number;
  write: string | undefined;
  json: string | undefined;
  merge: string[];
  keep: boolean;
  /** How long to wait, before each build, for other work on the machine to stop. */
  quietWaitMs: number;
  /** Kill a build whose process tree goes over this much memory (KiB): the machine is shared. */
  maxRssKiB: number;
  /** Integrations (src/integrations/<name>.ts) to leave out of an extra FULL build per size (PARTIAL). */
  without: string[];
  /** A build during which others used more than this many cores is measured again, up to `retries` times. */
  noisyCpu: number;
  retries: number;
}

/** Parses the command line. */
export function parseArgs(argv: string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizeOrOff = (value: string | undefined, fallback: number | undefined): number | undefined =>
    value === undefined ? fallback : value === 'off' ? undefined : Number(value);
  const n = get('n');
  const sizes = (n ?? get('sizes') ?? '1000,5000')
    .split(',')
    .map((s) => Number(s.trim()))
    .sort((a, b) => a - b);
  if (sizes.some((s) => !Number.isInteger(s) || s < 20)) throw new Error(`bench: sizes must be integers of at least 20, got ${sizes.join(',')}`);
  const merge: string[] = [];
  argv.forEach((a, i) => {
    if (a === '--merge' && argv[i + 1]) merge.push(argv[i + 1] as string);
  });
  return {
    sizes,
    seed: Number(get('seed') ?? 1),
    heapMb: Number(get('heap') ?? 8192),
    pipelines: (get('pipelines') ?? 'full,bare').split(',').filter((p): p is 'full' | 'bare' => p === 'full' || p === 'bare'),
    satteri: sizeOrOff(get('satteri'), sizes[0]),
    pluginTiming: sizeOrOff(get('plugin-timing'), undefined),
    profile: sizeOrOff(get('profile'), undefined),
    timeoutMs: Number(get('timeout-min') ?? 30) * 60_000,
    write: argv.includes('--no-write') ? undefined : (get('write') ?? join(PROJECT, 'BENCHMARKS.md')),
    json: get('json'),
    merge,
    keep: argv.includes('--keep'),
    quietWaitMs: argv.includes('--no-quiet-wait') ? 0 : Number(get('quiet-wait-s') ?? 60) * 1000,
    without: (get('also-without') ?? '').split(',').filter(Boolean),
    noisyCpu: Number(get('noisy-cpu') ?? 0.25),
    retries: Number(get('retries') ?? 2),
    maxRssKiB: Math.round(Number(get('max-rss-gib') ?? (memTotalKiB() * 0.75) / 1024 / 1024) * 1024 * 1024),
  };
}

const say = (message: string): void => {
  process.stderr.write(`[bench] ${message}\n`);
};

/** The machine's memory, in KiB. */
const memTotalKiB = (): number => Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0);

/** The machine, for the report. */
function machine(): BenchResults['machine'] {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  return {
    nproc: availableParallelism(),
    memTotalKiB: memTotalKiB(),
    cpuModel: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    os: `${type()} ${release()}`,
  };
}

/** The versions that matter, from the installed packages. */
function versions(): Record<string, string> {
  const version = (pkg: string): string => {
    try {
      return (JSON.parse(readFileSync(join(PROJECT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
    } catch {
      return 'not installed';
    }
  };
  return {
    Node: process.version,
    Astro: version('astro'),
    '@astrojs/mdx': version('@astrojs/mdx'),
    '@astrojs/markdown-remark': version('@astrojs/markdown-remark'),
    '@astrojs/markdown-satteri': version('@astrojs/markdown-satteri'),
    Pagefind: version('pagefind'),
  };
}

/** Builds one pipeline in `root` into a fresh temporary folder; measures it. */
async function build(pipeline: Pipeline, root: string, n: number, opts: Options, logDir: string, extraNodeOptions = '', label: string = pipeline): Promise<{ result: BuildResult; out: string }> {
  let best: { result: BuildResult; out: string } | undefined;
  for (let attempt = 1; attempt <= 1 + opts.retries; attempt++) {
    const built = await buildOnce(pipeline, root, n, opts, logDir, extraNodeOptions, attempt === 1 ? label : `${label}-retry${attempt - 1}`);
    built.result.attempts = attempt;
    if (!best || (built.result.otherCpu ?? 0) < (best.result.otherCpu ?? 0)) {
      if (best) rmSync(best.out, { recursive: true, force: true });
      best = built;
    } else rmSync(built.out, { recursive: true, force: true });
    // A build that others' work slowed down is measured again; one that failed is not.
    if (!built.result.ok || (built.result.otherCpu ?? 0) <= opts.noisyCpu) break;
    say(`n=${n} ${label.toUpperCase()}: others used ${(built.result.otherCpu ?? 0).toFixed(2)} cores meanwhile${attempt <= opts.retries ? ': measuring again' : ''}`);
  }
  const chosen = best as { result: BuildResult; out: string };
  chosen.result.noisy = (chosen.result.otherCpu ?? 0) > opts.noisyCpu;
  return chosen;
}

/** One build, measured. */
async function buildOnce(pipeline: Pipeline, root: string, n: number, opts: Options, logDir: string, extraNodeOptions: string, label: string): Promise<{ result: BuildResult; out: string }> {
  clearCaches(root);
  const out = mkdtempSync(join(tmpdir(), `tft-bench-site-${pipeline}-${n}-`));
  if (opts.quietWaitMs > 0) {
    const load = await waitForQuiet(opts.quietWaitMs);
    if (load >= 0.3) say(`the machine is still busy (${load.toFixed(2)} cores in use by others): measuring anyway`);
  }
  const env = { ...process.env, NODE_OPTIONS: `--max-old-space-size=${opts.heapMb}${extraNodeOptions}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  say(`n=${n} ${label.toUpperCase()}: building…`);
  const m = await measure(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--config', CONFIGS[pipeline], '--outDir', out], {
    cwd: root,
    env,
    logFile: join(logDir, `${label}-${n}.log`),
    timeoutMs: opts.timeoutMs,
    maxRssKiB: opts.maxRssKiB,
  });
  const log = m.log.replace(/\x1b\[[0-9;]*m/g, '');
  const ok = m.exitCode === 0 && !m.timedOut;
  const pages = /(\d+) page\(s\) built in/.exec(log)?.[1];
  const pagefindMs = /\[tit-for-tat:pagefind\] indexed \d+ pages in (\d+) ms/.exec(log)?.[1];
  const timing = /\[bench:timing\] (\{.*\})/.exec(log)?.[1];
  const result: BuildResult = {
    pipeline,
    ok,
    outOfMemory: m.outOfMemory,
    killedForMemory: m.killedForMemory,
    rssTimeline: m.timeline,
    wallMs: m.wallMs,
    peakTreeRssKiB: m.peakTreeRssKiB,
    peakProcessRssKiB: m.peakProcessRssKiB,
    peakProcesses: m.peakProcesses,
    ownCpu: m.ownCpu,
    otherCpu: m.otherCpu,
    heapMb: opts.heapMb,
    pages: pages === undefined ? undefined : Number(pages),
    pagefindMs: pagefindMs === undefined ? undefined : Number(pagefindMs),
  };
  if (timing) result.pluginTiming = JSON.parse(timing) as NonNullable<BuildResult['pluginTiming']>;
  if (!ok) result.error = m.timedOut ? `timed out after ${opts.timeoutMs / 60000} min` : m.killedForMemory ? `killed at the memory cap of ${(opts.maxRssKiB / 1048576).toFixed(1)} GiB` : tail(log, 25);
  say(`n=${n} ${label.toUpperCase()}: ${ok ? 'done' : m.outOfMemory ? 'OUT OF MEMORY' : m.killedForMemory ? 'KILLED AT THE MEMORY CAP' : 'FAILED'} in ${(m.wallMs / 1000).toFixed(1)} s, peak tree ${(m.peakTreeRssKiB / 1024).toFixed(0)} MiB${result.pages ? `, ${result.pages} pages` : ''}, CPU ${m.ownCpu.toFixed(2)} own / ${m.otherCpu.toFixed(2)} other`);
  if (!ok) say(result.error ?? '');
  return { result, out };
}

/** Measures the built site: sizes, and the first-query download when it has an index. */
async function inspect(result: BuildResult, out: string, corpus: Corpus): Promise<void> {
  if (!result.ok) return;
  result.sizes = siteSizes(out);
  if (existsSync(join(out, 'pagefind', 'pagefind.js'))) result.firstQuery = await firstQuery(out, corpus.queries);
}

/** Runs one size: corpus, FULL, BARE (+ its Pagefind), and the optional extra builds. */
async function runSize(n: number, opts: Options, logDir: string, profileDir: string, snapshot: string): Promise<SizeRun & { profile?: ProfileResult }> {
  const roots: string[] = [];
  const sites: string[] = [];
  /** A scratch project for `pipeline` holding the corpus (`transform`ed), with its stubs or wrappers. */
  const scratchFor = (pipeline: Pipeline, corpus: Corpus, transform?: (f: CorpusFile) => string): string => {
    const root = createScratch(snapshot, `tft-bench-${pipeline}-`, PROJECT);
    roots.push(root);
    if (pipeline === 'bare') makeBare(root);
    if (pipeline === 'timed') makeTimed(root);
    if (pipeline === 'satteri') makeSatteri(root);
    if (pipeline === 'partial') stubIntegrations(root, opts.without);
    writeCorpus(root, corpus.files, transform);
    return root;
  };
  try {
    const started = performance.now();
    const corpus = buildCorpus({ n, seed: opts.seed });
    const generateMs = performance.now() - started;
    say(`n=${n}: corpus of ${corpus.files.length} files in ${Math.round(generateMs)} ms`);
    const skipped = (pipeline: 'full' | 'bare'): BuildResult => ({ pipeline, ok: false, error: 'not built (--pipelines)', outOfMemory: false, killedForMemory: false, wallMs: 0, peakTreeRssKiB: 0, peakProcessRssKiB: undefined, peakProcesses: 0, heapMb: opts.heapMb, pages: undefined, pagefindMs: undefined });
    const fullRoot = opts.pipelines.includes('full') || opts.profile === n ? scratchFor('full', corpus) : undefined;
    const bareRoot = opts.pipelines.includes('bare') || opts.profile === n ? scratchFor('bare', corpus) : undefined;

    let full = skipped('full');
    if (fullRoot && opts.pipelines.includes('full')) {
      const built = await build('full', fullRoot, n, opts, logDir);
      sites.push(built.out);
      full = built.result;
      await inspect(full, built.out, corpus);
    }
    let bare = skipped('bare');
    if (bareRoot && opts.pipelines.includes('bare')) {
      const built = await build('bare', bareRoot, n, opts, logDir);
      sites.push(built.out);
      bare = built.result;
      if (bare.ok) {
        say(`n=${n} BARE: Pagefind index…`);
        const pf = await measure(process.execPath, [join(PROJECT, 'bench/pagefind-index.ts'), built.out], {
          cwd: bareRoot,
          env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${opts.heapMb}` },
          logFile: join(logDir, `bare-pagefind-${n}.log`),
          timeoutMs: opts.timeoutMs,
          maxRssKiB: opts.maxRssKiB,
        });
        const ms = /indexed \d+ pages in (\d+) ms/.exec(pf.log)?.[1];
        bare.pagefindMs = ms === undefined ? undefined : Number(ms);
        bare.pagefindRun = { wallMs: pf.wallMs, peakTreeRssKiB: pf.peakTreeRssKiB };
        if (pf.exitCode !== 0) say(`BARE Pagefind failed:\n${tail(pf.log)}`);
      }
      await inspect(bare, built.out, corpus);
    }
    const run: SizeRun & { profile?: ProfileResult } = { n, corpus: corpus.stats, generateMs, full, bare };

    if (opts.without.length > 0) {
      const built = await build('partial', scratchFor('partial', corpus), n, opts, logDir);
      sites.push(built.out);
      built.result.label = `FULL without ${opts.without.join(', ')}`;
      await inspect(built.result, built.out, corpus);
      run.partial = built.result;
    }

    if (opts.pluginTiming === n) {
      const built = await build('timed', scratchFor('timed', corpus), n, opts, logDir);
      sites.push(built.out);
      run.timed = built.result;
    }
    if (opts.profile === n) {
      run.profile = { n };
      for (const [pipeline, root] of [['full', fullRoot], ['bare', bareRoot]] as const) {
        if (!root) continue;
        const dir = join(profileDir, pipeline);
        mkdirSync(dir, { recursive: true });
        // One attempt: a retry would leave a second profile in the folder.
        const built = await build(pipeline, root, n, { ...opts, retries: 0 }, logDir, ` --cpu-prof --cpu-prof-dir=${dir}`, `${pipeline}-profiled`);
        sites.push(built.out);
        const [biggest] = summariseDir(dir, 40, OUR_CODE);
        if (biggest) run.profile[pipeline] = { wallMs: built.result.wallMs, file: biggest.file, selfByFile: biggest.selfByFile, selfByFunction: biggest.selfByFunction, ours: biggest.focusInclusive };
      }
      say(`n=${n}: CPU profiles in ${profileDir}`);
    }
    if (opts.satteri === n) {
      // Sätteri runs no remark plugins: strip the MDX elements only our citations plugin renders.
      const root = scratchFor('satteri', corpus, (f) => (/^content\/(explainers|actors)\/.*\.mdx$/.test(f.path) ? stripMdxElements(f.content) : f.content));
      const built = await build('satteri', root, n, opts, logDir);
      sites.push(built.out);
      run.satteri = built.result;
      if (built.result.ok) built.result.sizes = siteSizes(built.out);
    }
    return run;
  } finally {
    if (!opts.keep) {
      for (const root of roots) removeScratch(root);
      for (const site of sites) rmSync(site, { recursive: true, force: true });
    } else say(`kept ${[...roots, ...sites].join(', ')}`);
  }
}

/** Prints the results and writes the report. */
function report(results: BenchResults, write: string | undefined): void {
  console.log(renderText(results));
  if (write) {
    const analysisFile = join(PROJECT, 'bench/ANALYSIS.md');
    const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : '';
    writeFileSync(write, renderMarkdown(results, analysis));
    console.log(`report: ${write}`);
  }
}

/** Runs the benchmark. */
export async function main(argv: string[]): Promise<BenchResults> {
  const only = argv.indexOf('--report-only');
  if (only >= 0) {
    // Re-renders the report of an earlier run (after editing bench/ANALYSIS.md, say).
    const results = JSON.parse(readFileSync(argv[only + 1] as string, 'utf8')) as BenchResults;
    report(results, parseArgs(argv.filter((_, i) => i !== only && i !== only + 1)).write);
    return results;
  }
  const opts = parseArgs(argv);
  const logDir = mkdtempSync(join(tmpdir(), 'tft-bench-logs-'));
  const profileDir = join(logDir, 'profiles');
  mkdirSync(profileDir, { recursive: true });
  say(`sizes ${opts.sizes.join(', ')}; logs in ${logDir}`);
  const runs: (SizeRun & { profile?: ProfileResult })[] = [];
  const snapshot = snapshotProject(PROJECT);
  say(`measuring the code as of now: ${snapshot.digest.slice(0, 12)} (integrations: ${snapshot.integrations})`);
  try {
    for (const n of opts.sizes) runs.push(await runSize(n, opts, logDir, profileDir, snapshot.dir));
  } finally {
    removeScratch(snapshot.dir);
  }

  const results: BenchResults = {
    date: new Date().toISOString().slice(0, 10),
    command: ['node bench/run.ts', ...argv].join(' '),
    seed: opts.seed,
    heapMb: opts.heapMb,
    source: { digest: snapshot.digest, integrations: snapshot.integrations },
    machine: machine(),
    versions: versions(),
    runs: runs.map(({ profile: _profile, ...run }) => ({ ...run, sourceDigest: snapshot.digest })),
  };
  const profiled = runs.find((r) => r.profile);
  if (profiled?.profile) results.profile = profiled.profile;
  for (const file of opts.merge) {
    const earlier = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
    for (const r of earlier.runs) if (!results.runs.some((x) => x.n === r.n)) results.runs.push(r);
    if (!results.profile && earlier.profile) results.profile = earlier.profile;
    results.command += ` (with sizes ${earlier.runs.map((r) => r.n).join(', ')} from: ${earlier.command})`;
  }
  results.runs.sort((a, b) => a.n - b.n);

  const json = opts.json ?? join(logDir, 'results.json');
  writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  report(results, opts.write);
  console.log(`results: ${json}\nlogs: ${logDir}`);
  return results;
}

if (import.meta.main) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
