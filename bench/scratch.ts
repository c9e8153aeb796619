/**
 * The benchmark's folders, all under the system's temporary folder: a snapshot of the project's code
 * taken once per run (so every build measures the same code even if the tree changes meanwhile), a
 * scratch project per pipeline and size, and the built sites. A scratch project links each package
 * of node_modules/ one by one rather than the folder, so its caches (`node_modules/.astro`, `.vite`)
 * stay its own, as in tests/build/scratch.ts. Nothing is ever written into the real tree or dist/,
 * and every folder made is removed when the process exits (`--keep` keeps them).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CorpusFile } from './corpus.ts';

/** What a build needs of the project: the site's code, the floor's options (bench/bare.ts) and the search-index step. */
export const CODE = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'bench/bare.ts', 'scripts/search-index.ts'] as const;

/** Caches a scratch build keeps to itself instead of sharing the real project's. */
const PRIVATE = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache']);

/** The folders made and not yet removed: removed when the process exits, however it exits, unless kept. */
const made = new Set<string>();
let keepAll = false;
process.on('exit', () => {
  if (!keepAll) for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** Keeps every benchmark folder after the run (`--keep`). */
export function keepTemps(): void {
  keepAll = true;
}

/** A new folder under the temporary folder. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tft-bench-${prefix}-`));
  made.add(dir);
  return dir;
}

/** Removes a folder the benchmark made (unless kept); refuses anything else. */
export function removeTemp(dir: string): void {
  if (!made.has(dir)) throw new Error(`bench: will not remove ${dir}: the benchmark did not make it`);
  if (keepAll) return;
  rmSync(dir, { recursive: true, force: true });
  made.delete(dir);
}

/** Copies CODE from `project` into a new temporary folder; returns it with a sha256 over what was copied. */
export function snapshot(project: string): { dir: string; digest: string } {
  const dir = tempDir('snapshot');
  const hash = createHash('sha256');
  const walk = (rel: string): void => {
    const path = join(dir, rel);
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) walk(join(rel, name));
    else hash.update(`${rel}\0`).update(readFileSync(path)).update('\0');
  };
  for (const entry of CODE) {
    cpSync(join(project, entry), join(dir, entry), { recursive: true });
    walk(entry);
  }
  return { dir, digest: hash.digest('hex') };
}

/** A scratch project: the snapshot's code, `files` as its content, an empty seeds/, and `modules`' packages linked. */
export function scratchProject(code: string, modules: string, files: readonly CorpusFile[], prefix: string): string {
  const root = tempDir(prefix);
  for (const entry of CODE) cpSync(join(code, entry), join(root, entry), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(modules, 'node_modules'))) {
    if (!PRIVATE.has(entry)) symlinkSync(resolve(modules, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  mkdirSync(join(root, 'seeds'));
  writeFiles(root, files);
  return root;
}

/** Writes corpus files (paths relative to `root`). */
export function writeFiles(root: string, files: readonly CorpusFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), file.content);
  }
}

/** Deletes a scratch project's build caches, so the next build starts cold as a fresh clone's does. */
export function clearCaches(root: string): void {
  for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro']) rmSync(join(root, cache), { recursive: true, force: true });
}
