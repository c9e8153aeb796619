/**
 * The one place that reads `content/` from disk: every content file, once per build, into the
 * content model (`src/lib/content/model.ts`). The config, the content check, the data modules and
 * the remark plugins all get the same model from `getModel()`.
 *
 * The model is kept on `globalThis`, because Astro loads the config and the pages' bundle as
 * separate module graphs in one process: a module-level cache would be read twice. The dev server
 * drops it when a content file changes (see the content integration).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { readBody, type BodyInfo } from '../lib/content/body.ts';
import { buildModel, CONTENT_DIRS, type ContentModel } from '../lib/content/model.ts';
import type { SourceFile } from '../lib/content/files.ts';

/** Where the readings of MDX bodies are kept between builds. */
export const BODY_CACHE = 'node_modules/.astro/tft-bodies';

/** The code that turns a body into its reading: a change to any of it (or to a package) invalidates the cache. */
const READER_CODE = ['src/lib/content/body.ts', 'src/lib/mdx-cites.ts', 'src/lib/mdx-parse.ts', 'src/lib/paragraphs.ts', 'src/lib/sentences.ts', 'package-lock.json'];

/**
 * A body reader that keeps each reading on disk under a hash of the body and of the code that reads
 * it, so a rebuild parses only the bodies that changed (the bench measured 5 ms an article).
 * Readings are plain data; a cache file that cannot be read is simply read again from the body.
 */
export function cachedBodyReader(root: string): ((body: string) => BodyInfo) & { written: () => Promise<void> } {
  const code = createHash('sha256');
  for (const file of READER_CODE) {
    try {
      code.update(readFileSync(join(root, file)));
    } catch {
      code.update(`missing ${file}`);
    }
  }
  const digest = code.digest('hex');
  const dir = join(root, BODY_CACHE);
  mkdirSync(dir, { recursive: true });
  // What the cache holds, listed once: a read that fails throws an error with its stack, which
  // cost a clean build of 1,000 articles 1.2 s of its CPU (one failed read a body).
  const cached = new Set(readdirSync(dir));
  const pending = new Set<Promise<void>>();
  const read = (body: string): BodyInfo => {
    const name = `${createHash('sha256').update(digest).update(body).digest('hex')}.json`;
    const path = join(dir, name);
    try {
      if (!cached.has(name)) throw new Error('not cached');
      return JSON.parse(readFileSync(path, 'utf8')) as BodyInfo;
    } catch {
      const info = readBody(body);
      // Written off the main thread (a clean build at 2,000 articles spent 3.2 s in synchronous
      // writes here), under a temporary name and then moved, so a build that stops before a write
      // ends never leaves half a file: the next build simply reads that body again.
      const tmp = `${path}.${process.pid}.tmp`;
      const write: Promise<void> = writeFile(tmp, JSON.stringify(info))
        .then(() => rename(tmp, path))
        .then(() => void cached.add(name))
        .catch(() => undefined)
        .finally(() => pending.delete(write));
      pending.add(write);
      return info;
    }
  };
  /** Resolves when every reading made so far is on disk (for tests and tools that read the cache next). */
  const written = async (): Promise<void> => void (await Promise.all(pending));
  return Object.assign(read, { written });
}

/** Every content file under `root`, with paths relative to `root` in POSIX form. */
export function readContentFiles(root: string): SourceFile[] {
  const files: SourceFile[] = [];
  const read = (path: string): void => {
    files.push({ path: relative(root, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
  };
  for (const dir of [CONTENT_DIRS.articles, CONTENT_DIRS.actors, CONTENT_DIRS.explainers, CONTENT_DIRS.events, CONTENT_DIRS.places, CONTENT_DIRS.sources]) {
    const abs = join(root, dir);
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      if ((name.endsWith('.mdx') || name.endsWith('.yaml')) && statSync(join(abs, name)).isFile()) read(join(abs, name));
    }
  }
  // Single files, each optional: the counts the chart draws, and the editors' lists for the lint.
  for (const file of [CONTENT_DIRS.counts, CONTENT_DIRS.allowlist]) {
    try {
      read(join(root, file));
    } catch {
      // Not there: nothing to read.
    }
  }
  return files;
}

/** Reads and builds the content model of the project at `root` (bodies through the disk cache unless `cache` is false). */
export function loadContent(root: string, options: { cache?: boolean } = {}): ContentModel {
  return buildModel(readContentFiles(root), options.cache === false ? {} : { readBody: cachedBodyReader(root) });
}

const KEY = Symbol.for('tit-for-tat.content-model');
type Store = Map<string, ContentModel>;
const store = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map()) as Store;

/** The content model of the project at `root` (default: the working directory), read on first use. */
export function getModel(root = process.cwd()): ContentModel {
  const key = resolve(root);
  let model = store.get(key);
  if (!model) {
    model = loadContent(key);
    store.set(key, model);
  }
  return model;
}

/** Forgets the model, so the next `getModel()` reads the content again (the dev server, on a change). */
export function invalidateModel(root = process.cwd()): void {
  store.delete(resolve(root));
}
