/**
 * What a built site weighs: the output folder, the article pages' HTML, and the JavaScript and CSS
 * each page makes a browser load.
 *
 * JS of a page: every local `<script src>` and `<link rel="modulepreload">` it references, plus the
 * modules those import statically (`import … from "./x.js"`, followed transitively; dynamic
 * `import()` is not followed: it loads only on use), plus inline scripts. CSS of a page: every local
 * `<link rel="stylesheet">` plus inline `<style>`. Reading pages are the pages that carry the
 * `<link-previews>` element: articles, explainers and actor entries.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

/** Sizes of one built site. */
export interface SiteSizes {
  /** Bytes of every file under the output folder. */
  totalBytes: number;
  files: number;
  htmlPages: number;
  /** Article pages (`articles/<slug>/index.html`). */
  articlePages: number;
  articleHtmlMedianBytes: number;
  articleHtmlMaxBytes: number;
  articleHtmlMaxPage: string;
  /** The most JS bytes any reading page loads, and that page. */
  readingJsMaxBytes: number;
  readingJsMaxPage: string;
  /** The JS files the heaviest reading page loads. */
  readingJsFiles: string[];
  /** The most CSS bytes any reading page loads. */
  readingCssMaxBytes: number;
  /** The most CSS bytes any page at all loads, and that page. */
  cssMaxBytes: number;
  cssMaxPage: string;
  /** The largest HTML page of any kind, and its size. */
  htmlMaxBytes: number;
  htmlMaxPage: string;
  /** Bytes under pagefind/. */
  pagefindBytes: number;
}

/** Every file under `dir`, recursively, as paths relative to `dir`. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string): void => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) out.push(rel);
    }
  };
  walk('');
  return out;
}

/** The median of a non-empty list. */
export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The attributes of an HTML tag, lower-cased names. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    out.set((m[1] as string).toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** The references of a page: scripts, module preloads, stylesheets, and inline script and style bytes. */
export function pageAssets(html: string): { scripts: string[]; styles: string[]; inlineJs: number; inlineCss: number } {
  const scripts: string[] = [];
  const styles: string[] = [];
  let inlineJs = 0;
  let inlineCss = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(m[1] ?? '');
    const type = attrs.get('type') ?? '';
    if (attrs.has('src')) scripts.push(attrs.get('src') as string);
    else if (type === '' || type === 'module' || type === 'text/javascript') inlineJs += Buffer.byteLength(m[2] ?? '');
  }
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = attributes(m[1] ?? '');
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet') && attrs.has('href')) styles.push(attrs.get('href') as string);
    if (rel.includes('modulepreload') && attrs.has('href')) scripts.push(attrs.get('href') as string);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) inlineCss += Buffer.byteLength(m[1] ?? '');
  return { scripts, styles, inlineJs, inlineCss };
}

/** The static imports of an ES module (`import x from "…"`, `import "…"`, `export … from "…"`). */
export function staticImports(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+)["']/g)) out.push(m[1] as string);
  return out;
}

/** A file path under the output folder for a URL path, or undefined for a remote URL. */
function localPath(url: string, base: string, fromFile?: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(url) || url.startsWith('//') || url.startsWith('data:')) return undefined;
  const clean = url.split(/[?#]/)[0] as string;
  if (clean.startsWith('/')) {
    const rel = clean.startsWith(base) ? clean.slice(base.length) : clean.slice(1);
    return posix.normalize(rel);
  }
  return posix.normalize(posix.join(fromFile ? posix.dirname(fromFile) : '', clean));
}

/** Measures the site in `dir`, built under the URL path `base` (e.g. `/`). */
export function siteSizes(dir: string, base = '/'): SiteSizes {
  const files = listFiles(dir);
  const size = new Map<string, number>();
  let totalBytes = 0;
  let pagefindBytes = 0;
  for (const f of files) {
    const bytes = statSync(join(dir, f)).size;
    size.set(f, bytes);
    totalBytes += bytes;
    if (f.startsWith('pagefind/')) pagefindBytes += bytes;
  }
  const importsCache = new Map<string, string[]>();
  /** A JS file and everything it imports statically, as output paths. */
  const closure = (start: string[]): string[] => {
    const seen = new Set<string>();
    const stack = [...start];
    while (stack.length > 0) {
      const file = stack.pop() as string;
      if (seen.has(file) || !size.has(file)) continue;
      seen.add(file);
      let deps = importsCache.get(file);
      if (!deps) {
        deps = staticImports(readFileSync(join(dir, file), 'utf8'))
          .map((u) => localPath(u, base, file))
          .filter((p): p is string => p !== undefined);
        importsCache.set(file, deps);
      }
      stack.push(...deps);
    }
    return [...seen].sort();
  };

  const articleSizes: { page: string; bytes: number }[] = [];
  let readingJsMaxBytes = 0;
  let readingJsMaxPage = '';
  let readingJsFiles: string[] = [];
  let readingCssMaxBytes = 0;
  let cssMaxBytes = 0;
  let cssMaxPage = '';
  let htmlMaxBytes = 0;
  let htmlMaxPage = '';
  let htmlPages = 0;
  const assetCache = new Map<string, { js: number; jsFiles: string[]; css: number }>();
  for (const f of files) {
    if (!f.endsWith('.html')) continue;
    htmlPages++;
    const bytes = size.get(f) as number;
    if (bytes > htmlMaxBytes) {
      htmlMaxBytes = bytes;
      htmlMaxPage = f;
    }
    if (/^articles\/[^/]+\/index\.html$/.test(f)) articleSizes.push({ page: f, bytes });
    const html = readFileSync(join(dir, f), 'utf8');
    const assets = pageAssets(html);
    const key = JSON.stringify([assets.scripts, assets.styles, assets.inlineJs, assets.inlineCss]);
    let cost = assetCache.get(key);
    if (!cost) {
      const jsFiles = closure(assets.scripts.map((s) => localPath(s, base)).filter((p): p is string => p !== undefined));
      const js = jsFiles.reduce((sum, p) => sum + (size.get(p) ?? 0), 0) + assets.inlineJs;
      const css = assets.styles.map((s) => localPath(s, base)).reduce((sum, p) => sum + (p ? (size.get(p) ?? 0) : 0), 0) + assets.inlineCss;
      cost = { js, jsFiles, css };
      assetCache.set(key, cost);
    }
    if (cost.css > cssMaxBytes) {
      cssMaxBytes = cost.css;
      cssMaxPage = f;
    }
    if (html.includes('<link-previews')) {
      if (cost.js > readingJsMaxBytes) {
        readingJsMaxBytes = cost.js;
        readingJsMaxPage = f;
        readingJsFiles = cost.jsFiles;
      }
      readingCssMaxBytes = Math.max(readingCssMaxBytes, cost.css);
    }
  }
  const largest = articleSizes.reduce((a, b) => (b.bytes > a.bytes ? b : a), { page: '', bytes: 0 });
  return {
    totalBytes,
    files: files.length,
    htmlPages,
    articlePages: articleSizes.length,
    articleHtmlMedianBytes: median(articleSizes.map((a) => a.bytes)),
    articleHtmlMaxBytes: largest.bytes,
    articleHtmlMaxPage: largest.page,
    readingJsMaxBytes,
    readingJsMaxPage,
    readingJsFiles,
    readingCssMaxBytes,
    cssMaxBytes,
    cssMaxPage,
    htmlMaxBytes,
    htmlMaxPage,
    pagefindBytes,
  };
}
