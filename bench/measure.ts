/**
 * Runs one command and measures it: wall time, the peak resident memory of its whole process tree
 * (sampled from /proc every 100 ms: the sum of VmRSS over the process and all its descendants),
 * and, where GNU time exists, the peak RSS of its largest single process (`/usr/bin/time -f %M`,
 * which reports the maximum over the process and the children it waited for, not their sum).
 * Output goes to a log file; its last lines are kept for error messages.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';

/** What one measured run gives. */
export interface Measured {
  /** Wall time from spawn to exit. */
  wallMs: number;
  /** Peak of the sampled sum of RSS over the process tree, in KiB. */
  peakTreeRssKiB: number;
  /** Peak RSS of the largest single process (GNU time %M), in KiB; undefined without /usr/bin/time. */
  peakProcessRssKiB: number | undefined;
  /** The most processes the tree had at once. */
  peakProcesses: number;
  /** CPU used by the run's process tree, in cores, averaged over the run. */
  ownCpu: number;
  /** CPU used by everything else on the machine meanwhile, in cores: noise when it is not near 0. */
  otherCpu: number;
  /** Exit code (null when killed by a signal). */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** True when the run was killed for exceeding its time limit. */
  timedOut: boolean;
  /** True when the log shows a V8 heap exhaustion. */
  outOfMemory: boolean;
  /** True when the run was killed for going over `maxRssKiB`. */
  killedForMemory: boolean;
  /** The process tree's RSS over time: [seconds since start, KiB], one point a second. */
  timeline: [number, number][];
  /** The whole log (stdout and stderr, interleaved as written). */
  log: string;
}

const GNU_TIME = '/usr/bin/time';
const PAGE_KIB = 4;

/** Whether GNU time is there. */
export const hasGnuTime = (): boolean => existsSync(GNU_TIME);

/** Every live process's parent, from /proc/<pid>/stat. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(entry), Number(fields[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** Busy CPU time of the whole machine so far, in clock ticks (from /proc/stat). */
function machineBusyTicks(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] as string).trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal: busy = all but idle and iowait.
  return fields.reduce((sum, v, i) => (i === 3 || i === 4 || i > 7 ? sum : sum + v), 0);
}

/** The sum of RSS (KiB) over `root` and its descendants, how many processes that is, and their CPU ticks. */
export function treeRss(root: number): { kib: number; processes: number; ticks: number } {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let kib = 0;
  let processes = 0;
  let ticks = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime, stime, cutime, cstime (fields 14–17; 12–15 after the command name).
      ticks += Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]);
      kib += resident * PAGE_KIB;
      processes++;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { kib, processes, ticks };
}

/** Clock ticks per second (USER_HZ): 100 on Linux. */
const HZ = 100;

/** Runs `command args` in `cwd` with `env`, measuring it. Never rejects: failures are in the result. */
export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number; maxRssKiB?: number },
): Promise<Measured> {
  const timeFile = `${options.logFile}.time`;
  const useTime = hasGnuTime();
  const [cmd, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(options.logFile);
  const chunks: string[] = [];
  const started = performance.now();
  // Its own process group, so a time-out can stop the whole tree by the group's id.
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const collect = (data: Buffer): void => {
    log.write(data);
    chunks.push(data.toString('utf8'));
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  let peak = 0;
  let peakProcesses = 0;
  // CPU: the machine's busy ticks and the tree's ticks, at start and at the last sample. The
  // tree's ticks only grow while its processes live, so the last good sample is the best estimate.
  const busyStart = machineBusyTicks();
  let busyLast = busyStart;
  let treeTicks = 0;
  const timeline: [number, number][] = [];
  const rssLog = createWriteStream(`${options.logFile}.rss.tsv`);
  rssLog.write('clock\tseconds\ttree_rss_mib\tprocesses\n');
  let killedForMemory = false;
  const kill = (): void => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const sample = (): void => {
    if (child.pid === undefined) return;
    const { kib, processes, ticks } = treeRss(child.pid);
    peak = Math.max(peak, kib);
    peakProcesses = Math.max(peakProcesses, processes);
    if (ticks >= treeTicks) {
      treeTicks = ticks;
      busyLast = machineBusyTicks();
    }
    const seconds = (performance.now() - started) / 1000;
    if (timeline.length === 0 || seconds - (timeline[timeline.length - 1] as [number, number])[0] >= 1) {
      timeline.push([Math.round(seconds * 10) / 10, kib]);
      rssLog.write(`${new Date().toTimeString().slice(0, 8)}\t${seconds.toFixed(1)}\t${(kib / 1024).toFixed(0)}\t${processes}\n`);
    }
    if (options.maxRssKiB !== undefined && kib > options.maxRssKiB && !killedForMemory) {
      killedForMemory = true;
      chunks.push(`\n[bench] killed: the process tree used ${(kib / 1024 / 1024).toFixed(1)} GiB, over the cap of ${(options.maxRssKiB / 1024 / 1024).toFixed(1)} GiB\n`);
      kill();
    }
  };
  const sampler = setInterval(sample, 100);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    kill();
  }, options.timeoutMs);
  return new Promise((resolvePromise) => {
    child.on('close', (exitCode, signal) => {
      const wallMs = performance.now() - started;
      clearInterval(sampler);
      clearTimeout(timer);
      log.end();
      rssLog.end();
      const text = chunks.join('');
      const seconds = Math.max(wallMs / 1000, 0.001);
      const ownCpu = treeTicks / HZ / seconds;
      const otherCpu = Math.max(0, (busyLast - busyStart - treeTicks) / HZ / seconds);
      let peakProcessRssKiB: number | undefined;
      if (useTime && existsSync(timeFile)) {
        // Empty when GNU time itself was killed with the group (time-out, memory cap).
        const value = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(value) && value > 0) peakProcessRssKiB = value;
      }
      // GNU time exits with the command's status, or prints "Command exited with non-zero status".
      resolvePromise({
        wallMs,
        peakTreeRssKiB: peak,
        peakProcessRssKiB,
        peakProcesses,
        ownCpu,
        otherCpu,
        exitCode,
        signal,
        timedOut,
        outOfMemory: /heap out of memory|Reached heap limit|Allocation failed - JavaScript heap/i.test(text),
        killedForMemory,
        timeline,
        log: text,
      });
    });
  });
}

/** The last `lines` lines of a log, without colour codes. */
export function tail(log: string, lines = 30): string {
  return log.replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(-lines).join('\n');
}

/**
 * Waits until the machine is quiet (everything together uses less than `cores` CPU cores over a
 * two-second window), at most `maxMs`. On a shared machine this keeps other people's work out of
 * the measurement; returns the load seen last, in cores.
 */
export async function waitForQuiet(maxMs: number, cores = 0.3): Promise<number> {
  const started = Date.now();
  let load = 0;
  do {
    const before = machineBusyTicks();
    await new Promise((r) => setTimeout(r, 2000));
    load = (machineBusyTicks() - before) / HZ / 2;
    if (load < cores) return load;
  } while (Date.now() - started < maxMs);
  return load;
}
