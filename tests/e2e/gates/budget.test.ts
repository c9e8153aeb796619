/**
 * The JavaScript budget of a reading page (an article, explainer or actor: a page with
 * `<link-previews>`): at most 8 KiB, counted as the bench counts it (bench/site.ts) — every local
 * script and module preload, the modules they import statically, and inline scripts. Code loaded
 * on demand by a dynamic import() (search, the citation sheet, the preview card) is not counted:
 * a reader who only reads never downloads it. Measured under any base path.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageAssets, staticImports } from '../../../bench/site.ts';
import { BASE } from '../harness.ts';
import { DIST, sitemapPaths } from './checks.ts';

const BUDGET = 8 * 1024;

/** The file in dist a script URL of the page at `path` points to, or undefined for another origin. */
function fileOf(url: string, from: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const clean = url.split(/[?#]/)[0]!;
  const absolute = clean.startsWith('/') ? clean : posix.join(posix.dirname(from), clean);
  return absolute.startsWith(BASE) ? posix.normalize(absolute.slice(BASE.length)) : undefined;
}

/** The bytes of JavaScript the page at `path` (under the base) makes a browser download before any interaction. */
function pageJs(path: string): { bytes: number; files: string[] } {
  const html = readFileSync(join(DIST, path.slice(BASE.length), 'index.html'), 'utf8');
  const assets = pageAssets(html);
  const seen = new Set<string>();
  const stack = assets.scripts.flatMap((s) => fileOf(s, path) ?? []);
  let bytes = assets.inlineJs;
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const js = readFileSync(join(DIST, file), 'utf8');
    bytes += Buffer.byteLength(js);
    stack.push(...staticImports(js).flatMap((u) => fileOf(u, `${BASE}${file}`) ?? []));
  }
  return { bytes, files: [...seen] };
}

describe('the JavaScript budget', () => {
  it('reading pages carry at most 8 KiB of JavaScript before a reader interacts', () => {
    const reading = sitemapPaths().filter((p) => readFileSync(join(DIST, p.slice(BASE.length), 'index.html'), 'utf8').includes('<link-previews'));
    expect(reading.length).toBeGreaterThan(20);
    const over = reading.map((p) => ({ p, ...pageJs(p) })).filter((r) => r.bytes > BUDGET);
    expect(over.map((r) => `${r.p}: ${r.bytes} bytes (${r.files.join(', ')})`)).toEqual([]);
  });

  it('counts the modules a page imports statically, and not those it loads on demand', () => {
    const explainer = sitemapPaths().find((p) => /^explainers\/[^/]+\/$/.test(p.slice(BASE.length)))!;
    const { files } = pageJs(explainer);
    expect(files.some((f) => /search-loader/.test(f))).toBe(true);
    expect(files.some((f) => /cite-sheet|preview-card|search-ui|pagefind/.test(f))).toBe(false);
  });
});
