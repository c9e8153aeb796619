/**
 * Runs one command and measures it: wall time, and the peak memory of its whole process tree (the
 * sum of RSS over the process and all its descendants, sampled from /proc every 100 ms, so
 * Pagefind's and every worker's memory counts). On a shared machine it also guards the others: a
 * command past its time limit or over its memory cap is killed with its whole process group (so is
 * every running one when the benchmark is interrupted), and the CPU that everything else used
 * meanwhile is recorded: well above 0 means the wall time is inflated.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';

/** What one measured run gives. */
export interface Measured {
  wallMs: number;
  /** Peak of the sampled sum of RSS over the process tree, in KiB. */
  peakRssKiB: number;
  /** CPU cores everything outside the tree used on average during the run. */
  otherCpu: number;
  /** Why it failed, if it did: a time-out, the memory cap, V8's heap, or the exit code. */
  failure?: string;
  /** stdout and stderr as written, without colour codes. */
  log: string;
}

/** Clock ticks per second (USER_HZ) and KiB per memory page, as on Linux. */
const HZ = 100;
const PAGE_KIB = 4;

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces). */
function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** Busy CPU ticks of the whole machine so far: /proc/stat's first line without idle and iowait. */
function machineTicks(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] as string).trim().split(/\s+/).slice(1, 9).map(Number);
  return fields.reduce((sum, v, i) => (i === 3 || i === 4 ? sum : sum + v), 0);
}

/** The summed RSS (KiB) and CPU ticks (its own and its waited-for children's) of `root` and all its descendants. */
export function treeUsage(root: number): { kib: number; ticks: number } {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const ppid = Number(statFields(entry)[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let kib = 0;
  let ticks = 0;
  for (const stack = [root]; stack.length > 0; ) {
    const pid = stack.pop() as number;
    try {
      kib += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_KIB;
      const f = statFields(pid);
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { kib, ticks };
}

/** Process groups running now: a detached group would outlive an interrupted benchmark. */
const running = new Set<number>();
const stopGroup = (pid: number): void => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const pid of running) stopGroup(pid);
    process.exit(130);
  });
}

/** Runs `command args`, logging to `logFile` and its RSS once a second to `<logFile>.rss.tsv`. Never rejects. */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number; maxRssKiB: number }): Promise<Measured> {
  const log = createWriteStream(options.logFile);
  const rss = createWriteStream(`${options.logFile}.rss.tsv`);
  rss.write('seconds\ttree_rss_mib\n');
  const chunks: string[] = [];
  const started = performance.now();
  // A process group of its own, so that a kill stops the whole tree.
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const pid = child.pid as number;
  running.add(pid);
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (data: Buffer) => {
      log.write(data);
      chunks.push(data.toString('utf8'));
    });
  }
  let peak = 0;
  let logged = -1;
  let failure: string | undefined;
  // The tree's ticks only grow while its processes live: the last sample that saw them grow is the best estimate.
  const machineStart = machineTicks();
  let machineLast = machineStart;
  let treeTicks = 0;
  const sampler = setInterval(() => {
    const { kib, ticks } = treeUsage(pid);
    peak = Math.max(peak, kib);
    if (ticks >= treeTicks) [treeTicks, machineLast] = [ticks, machineTicks()];
    const seconds = Math.floor((performance.now() - started) / 1000);
    if (seconds > logged) rss.write(`${(logged = seconds)}\t${Math.round(kib / 1024)}\n`);
    if (kib > options.maxRssKiB && !failure) {
      failure = `killed at the memory cap: the process tree used ${(kib / 1024 ** 2).toFixed(1)} GiB, over ${(options.maxRssKiB / 1024 ** 2).toFixed(1)} GiB`;
      stopGroup(pid);
    }
  }, 100);
  const timer = setTimeout(() => {
    failure ??= `timed out after ${Math.round(options.timeoutMs / 60_000)} min`;
    stopGroup(pid);
  }, options.timeoutMs);
  return new Promise((done) => {
    child.on('close', (exitCode) => {
      const wallMs = performance.now() - started;
      clearInterval(sampler);
      clearTimeout(timer);
      running.delete(pid);
      log.end();
      rss.end();
      const text = chunks.join('').replace(/\x1b\[[0-9;]*m/g, '');
      if (!failure && /heap out of memory|Reached heap limit|Allocation failed - JavaScript heap/i.test(text)) failure = 'ran out of V8 heap';
      if (!failure && exitCode !== 0) failure = `exit code ${exitCode}`;
      const otherCpu = Math.max(0, (machineLast - machineStart - treeTicks) / HZ / Math.max(wallMs / 1000, 0.001));
      done({ wallMs, peakRssKiB: peak, otherCpu, ...(failure ? { failure } : {}), log: text });
    });
  });
}
