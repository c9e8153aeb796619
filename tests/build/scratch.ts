/**
 * Scratch copies of the project for tests that build: the sources and content are copied, each
 * package is linked (not the node_modules folder, so Astro's content cache stays private).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const made: string[] = [];

/** Removes every scratch copy made so far. */
export function cleanScratch(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Copies the project into a new folder and returns its path. */
export function scratchProject(prefix = 'scratch-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  made.push(root);
  for (const entry of ['src', 'content', 'seeds', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(entry, join(root, entry), { recursive: true });
  }
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync('node_modules').filter((e) => e !== '.astro')) {
    symlinkSync(resolve('node_modules', entry), join(root, 'node_modules', entry));
  }
  return root;
}

/** Builds a scratch copy into its dist/; returns the exit code, the output and where dist is. */
export function buildProject(root: string, env: Record<string, string> = {}): { status: number | null; output: string; dist: string } {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(root, 'dist')], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''), dist: join(root, 'dist') };
}
