/**
 * What a built site weighs: its files and bytes (social images and Pagefind apart, since static
 * hosts cap both), the largest page of each kind, and the HTML, JavaScript and CSS a reading page
 * makes a browser download.
 *
 * A page's JS is every local `<script src>` and `<link rel="modulepreload">` plus the modules those
 * import statically, followed transitively (a dynamic `import()` loads only on use, so it is not
 * followed), plus inline scripts; its CSS is every local stylesheet plus inline `<style>`. Reading
 * pages are the entry pages of articles, explainers and actors (`articles/<slug>/`, not their lists
 * or sub-pages) that carry the `<link-previews>` element (an actor's alias page only redirects).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** The kinds of page the budgets name; `index` is every hub or list page (home, /articles/, /about/sources/…). */
export type PageKind = 'article' | 'actor' | 'place' | 'explainer' | 'timeline' | 'index';

/** A page and its size in bytes. */
export interface PageSize {
  page: string;
  bytes: number;
}

/** Sizes of one built site. */
export interface SiteMeasure {
  files: number;
  bytes: number;
  /** Social images (`og/`) and Pagefind's files (`pagefind/`). */
  socialImages: { files: number; bytes: number };
  pagefind: { files: number; bytes: number };
  htmlPages: number;
  /** Per kind: how many pages, and the largest one's HTML. */
  kinds: Partial<Record<PageKind, { pages: number; largest: PageSize }>>;
  /** Reading pages: how many, and the most HTML, JS and CSS any one of them has. */
  reading: { pages: number; html: PageSize; js: PageSize; css: PageSize };
  /** The largest pages of the whole site, largest first. */
  heaviest: PageSize[];
  /** The hub pages (every index page but the numbered pages of a list, and the timeline's first page), by path. */
  hubs: PageSize[];
}

const SECTIONS: Readonly<Record<string, PageKind>> = { articles: 'article', actors: 'actor', places: 'place', explainers: 'explainer' };

/**
 * A hub page, listed in the report by name: an index or list page, not a later page of a list
 * (`articles/2/`) and not an outside record's own page (`about/sources/<slug>/`, one per record, so
 * as many as there are records).
 */
export function isHub(path: string): boolean {
  return !/(^|\/)\d+\/index\.html$/.test(path) && !/^about\/sources\/[^/]+\/index\.html$/.test(path);
}

/**
 * The kind of an HTML file by its path in the output: the entries under /articles/, /actors/,
 * /places/ and /explainers/ (and their sub-pages) are of that kind, their own list and its numbered
 * pages (`articles/2/`) are `index`, everything under /timeline/ is `timeline`, the rest `index`.
 */
export function pageKind(path: string): PageKind {
  const dirs = path.split('/').slice(0, -1);
  const [section, entry] = dirs;
  if (section === 'timeline') return 'timeline';
  const kind = section === undefined ? undefined : SECTIONS[section];
  return kind && entry !== undefined && !/^\d+$/.test(entry) ? kind : 'index';
}

/** The attributes of an HTML tag, with lower-case names. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) out.set((m[1] as string).toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** What a page references: scripts and module preloads, stylesheets, and the bytes of its inline scripts and styles. */
export function pageAssets(html: string): { scripts: string[]; styles: string[]; inlineJs: number; inlineCss: number } {
  const scripts: string[] = [];
  const styles: string[] = [];
  let inlineJs = 0;
  let inlineCss = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = attributes(m[1] ?? '');
    if (attrs.has('src')) scripts.push(attrs.get('src') as string);
    else if (['', 'module', 'text/javascript'].includes(attrs.get('type') ?? '')) inlineJs += Buffer.byteLength(m[2] ?? '');
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
  return [...js.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["']([^"']+)["']/g)].map((m) => m[1] as string);
}

/** The output path a URL points to (from the page or module `from`), or undefined for a remote or data URL. */
function localPath(url: string, from = ''): string | undefined {
  if (/^[a-z]+:/i.test(url) || url.startsWith('//')) return undefined;
  const clean = url.split(/[?#]/)[0] as string;
  return clean.startsWith('/') ? posix.normalize(clean.slice(1)) : posix.normalize(posix.join(posix.dirname(from), clean));
}

/** Every file under `dir`, as POSIX paths relative to it, with its size. */
function listFiles(dir: string): Map<string, number> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)).split(sep).join('/'), statSync(join(e.parentPath, e.name)).size]));
}

/** Measures the site built into `dir` (at base `/`). */
export function measureSite(dir: string): SiteMeasure {
  const size = listFiles(dir);
  const under = (prefix: string): { files: number; bytes: number } => {
    const matching = [...size].filter(([f]) => f.startsWith(prefix));
    return { files: matching.length, bytes: matching.reduce((sum, [, b]) => sum + b, 0) };
  };
  const imports = new Map<string, string[]>();
  /** The JS files `start` loads, its static imports included. */
  const closure = (start: string[]): string[] => {
    const seen = new Set<string>();
    const stack = [...start];
    while (stack.length > 0) {
      const file = stack.pop() as string;
      if (seen.has(file) || !size.has(file)) continue;
      seen.add(file);
      if (!imports.has(file)) imports.set(file, staticImports(readFileSync(join(dir, file), 'utf8')).flatMap((u) => localPath(u, file) ?? []));
      stack.push(...(imports.get(file) as string[]));
    }
    return [...seen];
  };
  const none: PageSize = { page: '', bytes: 0 };
  const bigger = (a: PageSize, page: string, bytes: number): PageSize => (bytes > a.bytes ? { page, bytes } : a);
  const kinds: SiteMeasure['kinds'] = {};
  const reading = { pages: 0, html: none, js: none, css: none };
  const pages: PageSize[] = [];
  const hubs: PageSize[] = [];
  const costs = new Map<string, { js: number; css: number }>();
  for (const [page, bytes] of size) {
    if (!page.endsWith('.html')) continue;
    pages.push({ page, bytes });
    const kind = pageKind(page);
    const k = (kinds[kind] ??= { pages: 0, largest: none });
    k.pages++;
    k.largest = bigger(k.largest, page, bytes);
    if ((kind === 'index' && isHub(page)) || page === 'timeline/index.html') hubs.push({ page, bytes });
    if (kind === 'index' || !/^(articles|actors|explainers)\/[^/]+\/index\.html$/.test(page)) continue;
    const html = readFileSync(join(dir, page), 'utf8');
    if (!html.includes('<link-previews')) continue;
    const assets = pageAssets(html);
    const key = JSON.stringify(assets);
    let cost = costs.get(key);
    if (!cost) {
      const js = closure(assets.scripts.flatMap((s) => localPath(s) ?? [])).reduce((sum, f) => sum + (size.get(f) ?? 0), 0) + assets.inlineJs;
      const css = assets.styles.flatMap((s) => localPath(s) ?? []).reduce((sum, f) => sum + (size.get(f) ?? 0), 0) + assets.inlineCss;
      costs.set(key, (cost = { js, css }));
    }
    reading.pages++;
    reading.html = bigger(reading.html, page, bytes);
    reading.js = bigger(reading.js, page, cost.js);
    reading.css = bigger(reading.css, page, cost.css);
  }
  return {
    files: size.size,
    bytes: [...size.values()].reduce((a, b) => a + b, 0),
    socialImages: under('og/'),
    pagefind: under('pagefind/'),
    htmlPages: pages.length,
    kinds,
    reading,
    heaviest: pages.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
    hubs: hubs.sort((a, b) => a.page.localeCompare(b.page)),
  };
}
