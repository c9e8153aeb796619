/**
 * A folder of cache entries, one file a key: read synchronously, written off the main thread under
 * a temporary name and then moved, so a build that stops before a write ends never leaves half a
 * file (the next build simply makes that entry again). Used by the MDX cache and the body readings.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntryStore } from '../lib/mdx-cache.ts';

/** The most writes a store keeps open at once: a clean build at 10,000 articles queued some 22,000, past the open-file limit (EMFILE). */
export const MAX_OPEN_WRITES = 32;

/**
 * Entries as files `<key>.json` in `dir`; `has(key)` says whether one is there without reading it,
 * `written()` resolves when every write so far is on disk, and `keepOnly(keys)` deletes the others.
 */
export function fileStore(dir: string): EntryStore & { has: (key: string) => boolean; written: () => Promise<void>; keepOnly: (keys: ReadonlySet<string>) => void } {
  const pending = new Set<Promise<void>>();
  let made: Promise<unknown> | undefined;
  // What the folder holds, listed once: a read that fails throws an error with its stack, which cost
  // a clean build of 1,000 articles 1.4 s of its CPU (one failed read a body and a module).
  let listed: Set<string> | undefined;
  const names = (): Set<string> => {
    if (!listed) {
      try {
        listed = new Set(readdirSync(dir));
      } catch {
        listed = new Set();
      }
    }
    return listed;
  };
  const has = (name: string): boolean => names().has(name);
  // Writes wait their turn: at most MAX_OPEN_WRITES files are open at once.
  const queue: (() => void)[] = [];
  let open = 0;
  const turn = (): Promise<void> => (open < MAX_OPEN_WRITES ? (open++, Promise.resolve()) : new Promise((go) => queue.push(go)));
  const done = (): void => {
    const next = queue.shift();
    if (next) next();
    else open--;
  };
  return {
    read: (key) => {
      if (!has(`${key}.json`)) return undefined;
      try {
        return readFileSync(join(dir, `${key}.json`), 'utf8');
      } catch {
        return undefined;
      }
    },
    write: (key, text) => {
      const path = join(dir, `${key}.json`);
      const tmp = `${path}.${process.pid}.tmp`;
      const write: Promise<void> = (made ??= mkdir(dir, { recursive: true }))
        .then(turn)
        .then(() => writeFile(tmp, text).then(() => rename(tmp, path)).finally(done))
        .then(() => void listed?.add(`${key}.json`))
        .catch(() => undefined)
        .finally(() => pending.delete(write));
      pending.add(write);
    },
    has: (key) => has(`${key}.json`),
    written: async () => void (await Promise.all(pending)),
    keepOnly: (keys) => {
      for (const name of [...names()]) {
        if (!name.endsWith('.json') || keys.has(name.slice(0, -'.json'.length))) continue;
        rmSync(join(dir, name), { force: true });
        names().delete(name);
      }
    },
  };
}
