/**
 * A cache of compiled MDX modules, kept between builds: a rebuild after one new article compiles
 * one module instead of every one (the bench measured the compile as the largest part of a rebuild).
 *
 * A compiled module is cached under a key over everything its compile reads:
 * - the file: its path, its body and its frontmatter, exactly as the MDX renderer is given them;
 * - the code: the site's code, the installed packages, Node's version and the renderer's options
 *   (`codeDigest`, made once per build by the integration);
 * - the content model, as far as the site's remark plugins read it for this file (`modelInputs`):
 *   the glossary (every file's links), an article's own corrections, and what each citation of the
 *   file shows (the cited article's source, date, reliability and corrections, or the outside record).
 *
 * A key that missed an input would leave a page stale; tests/build/incremental.test.ts rebuilds after
 * changes to each input and compares the output with a clean build's, byte for byte.
 */
import { createHash } from 'node:crypto';
import type { Citation } from '../schemas/citation.ts';
import type { ActorSlug, ArticleSlug, ExplainerSlug } from '../schemas/slugs.ts';
import { citeViews } from './cite-view.ts';
import { CONTENT_DIRS, type ContentModel } from './content/model.ts';

/** Bumped when the format of a cache entry changes. */
export const FORMAT = 1;

/** What the MDX renderer returns for one file (the `process` of a processor's `createMdxRenderer`). */
export interface CompiledMdx {
  code: string;
  /** The source map, as JSON text (when Vite asks for source maps). */
  map?: string | null;
  /** Astro's metadata of the module (its components, scripts, head propagation): plain data. */
  astroMetadata: object;
}

/** The MDX renderer a Markdown processor makes. */
export interface MdxRenderer {
  process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<CompiledMdx>;
}

const sha256 = (...parts: readonly (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(typeof part === 'string' ? `${part.length}:` : `${part.byteLength}#`).update(part);
  return hash.digest('hex');
};

/**
 * The digest of the code a compile runs: each file's path and bytes (order does not matter) and
 * anything else it depends on (`extra`, as JSON: the renderer's options, the base path, Node's version).
 */
export function codeDigest(files: readonly { path: string; bytes: string | Uint8Array }[], extra: unknown): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sha256(`mdx-cache ${FORMAT}`, JSON.stringify(extra) ?? 'undefined', ...sorted.flatMap((f) => [f.path, f.bytes]));
}

/** Text that may be a citation or a disagreement block in MDX: a body without it has no `<Cite>` for the plugins to show. */
const CITING = /<\s*(?:Cite|Disagree|Side)\b/;

/** A content file's collection folder and slug (`entryOf` in src/remark/index.ts). */
export interface EntryPath {
  dir: string;
  slug: string;
}

interface ModelDigests {
  glossary: string;
  everything?: string;
  views: ReturnType<typeof citeViews>;
}
const perModel = new WeakMap<ContentModel, Map<string, ModelDigests>>();

/** What every file's compile reads of the whole model, once per model and base path. */
function digestsOf(model: ContentModel, base: string): ModelDigests {
  let byBase = perModel.get(model);
  if (!byBase) perModel.set(model, (byBase = new Map()));
  let d = byBase.get(base);
  if (!d) byBase.set(base, (d = { glossary: sha256(JSON.stringify(model.glossaryTerms())), views: citeViews(model, base) }));
  return d;
}

/** Every article's and outside record's digest: what a citation can show, when which ones a file cites is not known. */
function everything(model: ContentModel, d: ModelDigests): string {
  return (d.everything ??= sha256(JSON.stringify([[...model.articles.values()].map((a) => [a.slug, a.digest]), [...model.sources.values()].map((s) => [s.slug, s.digest])])));
}

/**
 * What the site's remark plugins read of the content model when they compile the file at `entry`
 * with body `body`, as a digest: the glossary terms (links), an article's corrections (marks), and,
 * when the body may cite, the view of each of its citations as the model reads them (markers, notes,
 * a side's mark). A body that may cite but whose citations the model does not list (not an actor or
 * an explainer) is keyed on every article and record instead. Throws what the citation views throw
 * (a citation of an entry that does not exist): the caller then compiles without the cache.
 */
export function modelInputs(model: ContentModel, base: string, entry: EntryPath | undefined, body: string): string {
  const d = digestsOf(model, base);
  const parts: unknown[] = [d.glossary];
  if (entry?.dir === CONTENT_DIRS.articles) parts.push(model.articles.get(entry.slug as ArticleSlug)?.data.corrections ?? null);
  if (CITING.test(body)) {
    const record = entry?.dir === CONTENT_DIRS.actors ? model.actors.get(entry.slug as ActorSlug) : entry?.dir === CONTENT_DIRS.explainers ? model.explainers.get(entry.slug as ExplainerSlug) : undefined;
    parts.push(record ? record.cites.map((c) => d.views.view(c.ref as Citation)) : everything(model, d));
  }
  return sha256(JSON.stringify(parts));
}

/** The key of one compiled module. */
export function moduleKey(input: { code: string; model: string; path: string; content: string; frontmatter: unknown }): string {
  return sha256(input.code, input.model, input.path, JSON.stringify(input.frontmatter) ?? 'undefined', input.content);
}

/** A cache entry's text. */
export function encodeEntry(compiled: CompiledMdx): string {
  return JSON.stringify({ format: FORMAT, code: compiled.code, map: compiled.map ?? null, astroMetadata: compiled.astroMetadata });
}

/** A cache entry read back, or undefined when the text is not a whole entry of this format. */
export function decodeEntry(text: string): CompiledMdx | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  const e = v as Record<string, unknown>;
  if (e['format'] !== FORMAT || typeof e['code'] !== 'string' || !(e['map'] === null || typeof e['map'] === 'string')) return undefined;
  const meta = e['astroMetadata'];
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) return undefined;
  return { code: e['code'], map: e['map'], astroMetadata: meta };
}

/** Where entries are kept: read one by key (undefined when absent), write one. */
export interface EntryStore {
  read(key: string): string | undefined;
  write(key: string, text: string): void;
}

/**
 * An MDX renderer that gives a file's cached module when its key is in `store`, and otherwise
 * compiles it with `renderer` and stores the result. `keyOf` gives the key of a file, or undefined
 * (or throws) when a file is not to be cached: it is then compiled as if there were no cache.
 * A failed compile is never stored; a stored one is used as read back, in this build as in the next.
 * `stats` counts what came from where, and the keys used.
 */
export function cachedRenderer(
  renderer: MdxRenderer,
  keyOf: (content: string, filePath: string, frontmatter: Record<string, unknown>) => string | undefined,
  store: EntryStore,
): MdxRenderer & { stats: { hits: number; compiled: number; keys: Set<string> } } {
  const stats = { hits: 0, compiled: 0, keys: new Set<string>() };
  return {
    stats,
    async process(content, filePath, frontmatter) {
      let key: string | undefined;
      try {
        key = keyOf(content, filePath, frontmatter);
      } catch {
        key = undefined;
      }
      if (key !== undefined) {
        stats.keys.add(key);
        const text = store.read(key);
        const hit = text === undefined ? undefined : decodeEntry(text);
        if (hit) {
          stats.hits++;
          return hit;
        }
      }
      const compiled = await renderer.process(content, filePath, frontmatter);
      stats.compiled++;
      if (key === undefined) return compiled;
      // What a later build reads back is what this one uses, so a clean build and a rebuild agree.
      const text = encodeEntry(compiled);
      store.write(key, text);
      return decodeEntry(text) ?? compiled;
    },
  };
}
