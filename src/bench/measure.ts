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
  /** Exit code (null when killed by a signal). */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** True when the run was killed for exceeding its time limit. */
  timedOut: boolean;
  /** True when the log shows a V8 heap exhaustion. */
  outOfMemory: boolean;
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

/** The sum of RSS (KiB) over `root` and its descendants, and how many processes that is. */
export function treeRss(root: number): { kib: number; processes: number } {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let kib = 0;
  let processes = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      kib += resident * PAGE_KIB;
      processes++;
    } catch {
      // Gone.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { kib, processes };
}

/** Runs `command args` in `cwd` with `env`, measuring it. Never rejects: failures are in the result. */
export function measure(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs: number }): Promise<Measured> {
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
  const sample = (): void => {
    if (child.pid === undefined) return;
    const { kib, processes } = treeRss(child.pid);
    peak = Math.max(peak, kib);
    peakProcesses = Math.max(peakProcesses, processes);
  };
  const sampler = setInterval(sample, 100);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }, options.timeoutMs);
  return new Promise((resolvePromise) => {
    child.on('close', (exitCode, signal) => {
      const wallMs = performance.now() - started;
      clearInterval(sampler);
      clearTimeout(timer);
      log.end();
      const text = chunks.join('');
      let peakProcessRssKiB: number | undefined;
      if (useTime && existsSync(timeFile)) {
        const value = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(value)) peakProcessRssKiB = value;
      }
      // GNU time exits with the command's status, or prints "Command exited with non-zero status".
      resolvePromise({
        wallMs,
        peakTreeRssKiB: peak,
        peakProcessRssKiB,
        peakProcesses,
        exitCode,
        signal,
        timedOut,
        outOfMemory: /heap out of memory|Reached heap limit|Allocation failed - JavaScript heap/i.test(text),
        log: text,
      });
    });
  });
}

/** The last `lines` lines of a log, without colour codes. */
export function tail(log: string, lines = 30): string {
  return log.replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(-lines).join('\n');
}
