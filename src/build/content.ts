/**
 * The one place that reads `content/` from disk: every content file, once per build, into the
 * content model (`src/lib/content/model.ts`). The config, the content check, the data modules and
 * the remark plugins all get the same model from `getModel()`.
 *
 * The model is kept on `globalThis`, because Astro loads the config and the pages' bundle as
 * separate module graphs in one process: a module-level cache would be read twice. The dev server
 * drops it when a content file changes (see the content integration).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { buildModel, CONTENT_DIRS, type ContentModel } from '../lib/content/model.ts';
import type { SourceFile } from '../lib/content/files.ts';

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
  for (const file of [CONTENT_DIRS.counts, CONTENT_DIRS.allowlist, CONTENT_DIRS.baseline]) {
    try {
      read(join(root, file));
    } catch {
      // Not there: nothing to read.
    }
  }
  return files;
}

/** Reads and builds the content model of the project at `root`. */
export function loadContent(root: string): ContentModel {
  return buildModel(readContentFiles(root));
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
