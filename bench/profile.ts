/**
 * Reads V8 CPU profiles (`node --cpu-prof`) and says where the time went: self time by function and
 * by file, and inclusive time (the function and everything it called) by function. Pure apart from
 * reading the files.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

/** A `.cpuprofile` file's content. */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Time spent in one function or file. */
export interface Cost {
  key: string;
  ms: number;
}

/** What a profile says. */
export interface ProfileSummary {
  file: string;
  totalMs: number;
  /** Self time by function (name, file, line). */
  selfByFunction: Cost[];
  /** Self time by file. */
  selfByFile: Cost[];
  /** Inclusive time by function: time with the function anywhere on the stack. */
  inclusiveByFunction: Cost[];
  /** Inclusive time of the functions whose key matches `focus` (e.g. the project's own code). */
  focusInclusive: Cost[];
}

/** Shortens a script URL to the part a reader recognises. */
export function shortUrl(url: string): string {
  if (!url) return '(native)';
  const u = url.replace(/^file:\/\//, '');
  const nm = u.lastIndexOf('/node_modules/');
  if (nm >= 0) return u.slice(nm + '/node_modules/'.length);
  const m = /\/(src\/.*|\.astro\/.*|astro\.config[^/]*|node:.*)$/.exec(u);
  return m ? (m[1] as string) : u;
}

const frameKey = (f: ProfileNode['callFrame']): string => `${f.functionName || '(anonymous)'} ${shortUrl(f.url)}:${f.lineNumber + 1}`;

/** Summarises one profile; `top` entries per list. */
export function summarise(profile: CpuProfile, file: string, top = 25, focus?: RegExp): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const selfFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id);
    if (!node) return;
    const key = frameKey(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + ms);
    const fileKey = shortUrl(node.callFrame.url) || node.callFrame.functionName;
    selfFile.set(fileKey, (selfFile.get(fileKey) ?? 0) + ms);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const frame = byId.get(cur)?.callFrame;
      if (!frame) break;
      const k = frameKey(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  });
  const sorted = (m: Map<string, number>): Cost[] =>
    [...m]
      .map(([key, ms]) => ({ key, ms: Math.round(ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return {
    file,
    totalMs: Math.round((profile.endTime - profile.startTime) / 1000),
    selfByFunction: sorted(self),
    selfByFile: sorted(selfFile),
    inclusiveByFunction: sorted(new Map([...inclusive].filter(([k]) => !/^\((root|program|idle|garbage collector)\)/.test(k)))),
    focusInclusive: focus ? sorted(new Map([...inclusive].filter(([k]) => focus.test(k)))) : [],
  };
}

/** Summarises every profile in `dir`, largest first. */
export function summariseDir(dir: string, top = 25, focus?: RegExp): ProfileSummary[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f))
    .sort((a, b) => statSync(b).size - statSync(a).size)
    .map((f) => summarise(JSON.parse(readFileSync(f, 'utf8')) as CpuProfile, f, top, focus));
}

/** The project's own code in a profile key: its source files, and its bundled config and pages. */
export const OUR_CODE = /\s(src\/|\.astro\/\.prerender\/|astro\.config)/;

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node bench/profile.ts <dir-with-cpuprofiles> [top]');
    process.exit(2);
  }
  for (const s of summariseDir(dir, Number(process.argv[3] ?? 30), OUR_CODE)) {
    console.log(`\n## ${s.file} (${s.totalMs} ms)`);
    console.log('\nSelf time by file:');
    for (const c of s.selfByFile) console.log(`  ${String(c.ms).padStart(8)} ms  ${c.key}`);
    console.log('\nSelf time by function:');
    for (const c of s.selfByFunction) console.log(`  ${String(c.ms).padStart(8)} ms  ${c.key}`);
    console.log('\nInclusive time by function:');
    for (const c of s.inclusiveByFunction) console.log(`  ${String(c.ms).padStart(8)} ms  ${c.key}`);
    console.log('\nInclusive time, project code only:');
    for (const c of s.focusInclusive) console.log(`  ${String(c.ms).padStart(8)} ms  ${c.key}`);
  }
}
