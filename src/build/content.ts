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
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readBody, type BodyInfo } from '../lib/content/body.ts';
import { fileStore } from './file-store.ts';
import { buildModel, CONTENT_DIRS, type ContentModel } from '../lib/content/model.ts';
import { readYaml, type SourceFile, type YamlResult } from '../lib/content/files.ts';

/** Where the readings of MDX bodies are kept between builds. */
export const BODY_CACHE = 'node_modules/.astro/tft-bodies';

/** Where the data of YAML texts (frontmatter and YAML files) are kept between builds. */
export const YAML_CACHE = 'node_modules/.astro/tft-yaml';

/** The code that turns a body into its reading: a change to any of it (or to a package) invalidates the cache. */
const READER_CODE = ['src/lib/content/body.ts', 'src/lib/mdx-cites.ts', 'src/lib/mdx-parse.ts', 'src/lib/paragraphs.ts', 'src/lib/sentences.ts', 'package-lock.json'];

/** The code that turns YAML text into data. */
const YAML_CODE = ['src/lib/content/files.ts', 'package-lock.json'];

/**
 * A reader that keeps what it reads from a text on disk under a hash of the text and of the code
 * that reads it, so a rebuild reads only the texts that changed. `keep` says which results are kept
 * (plain JSON data only); a cache file that cannot be read is simply read again from the text.
 */
function cachedReader<T>(root: string, dir: string, code: readonly string[], read: (text: string) => T, keep: (value: T) => boolean = () => true): ((text: string) => T) & { written: () => Promise<void> } {
  const hash = createHash('sha256');
  for (const file of code) {
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      hash.update(`missing ${file}`);
    }
  }
  const digest = hash.digest('hex');
  // Written off the main thread: a clean build at 2,000 articles spent 3.2 s in synchronous writes here.
  const store = fileStore(join(root, dir));
  const cached = (text: string): T => {
    const key = createHash('sha256').update(digest).update(text).digest('hex');
    const kept = store.read(key);
    if (kept !== undefined) {
      try {
        return JSON.parse(kept) as T;
      } catch {
        // A file that cannot be read is read again from the text.
      }
    }
    const value = read(text);
    if (keep(value)) store.write(key, JSON.stringify(value));
    return value;
  };
  // `written` resolves when every reading made so far is on disk (for tests and tools that read the cache next).
  return Object.assign(cached, { written: store.written });
}

/** Whether a value is plain JSON data, so that it comes back from JSON the same (a YAML 1.1 timestamp is a Date, and is not). */
export function isJsonData(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJsonData);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every(isJsonData);
  return false;
}

/**
 * A body reader that keeps each reading on disk, so a rebuild parses only the bodies that changed
 * (the bench measured 5 ms an article). Readings are plain data.
 */
export const cachedBodyReader = (root: string): ((body: string) => BodyInfo) & { written: () => Promise<void> } => cachedReader(root, BODY_CACHE, READER_CODE, readBody);

/**
 * A YAML reader that keeps the data of each text on disk: parsing the YAML of every entry again took
 * 2.2 s of a rebuild's start at 5,000 articles. Only valid YAML whose data is plain JSON is kept; an
 * error is read again each time, so its message and line are always the parser's.
 */
export function cachedYamlReader(root: string): ((text: string, lineOffset: number) => YamlResult) & { written: () => Promise<void> } {
  const data = cachedReader<unknown>(root, YAML_CACHE, YAML_CODE, (text) => {
    const result = readYaml(text);
    return result.ok && isJsonData(result.data) ? result.data : NOT_KEPT;
  }, (value) => value !== NOT_KEPT);
  return Object.assign((text: string, lineOffset: number): YamlResult => {
    const value = data(text);
    return value === NOT_KEPT ? readYaml(text, lineOffset) : { ok: true, data: value };
  }, { written: data.written });
}

/** What the YAML reader returns for a text whose data it does not keep. */
const NOT_KEPT = Symbol('not kept');

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
  return buildModel(readContentFiles(root), options.cache === false ? {} : { readBody: cachedBodyReader(root), readYaml: cachedYamlReader(root) });
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
