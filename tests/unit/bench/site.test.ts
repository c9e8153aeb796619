/**
 * What the benchmark reads from a built site: the kind of each page, the assets a page loads, and
 * the sizes of a small hand-written output folder (no build).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isHub, measureSite, pageAssets, pageKind, staticImports } from '../../../bench/site.ts';

describe('isHub', () => {
  it('names index and list pages, not later pages of a list nor an outside record\'s own page', () => {
    expect(isHub('about/sources/index.html')).toBe(true);
    expect(isHub('articles/index.html')).toBe(true);
    expect(isHub('about/sources/centcom-statement-2024-02-02/index.html')).toBe(false);
    expect(isHub('about/sources/3/index.html')).toBe(false);
    expect(isHub('articles/12/index.html')).toBe(false);
  });
});

describe('pageKind', () => {
  it('gives entries their kind, and their sub-pages too', () => {
    expect(pageKind('articles/us-strikes-near-tal-zarqan/index.html')).toBe('article');
    expect(pageKind('actors/kataib-hadir/index.html')).toBe('actor');
    expect(pageKind('actors/kataib-hadir/mentions/2/index.html')).toBe('actor');
    expect(pageKind('places/qasr-thabun/index.html')).toBe('place');
    expect(pageKind('explainers/who-is-kataib-hadir/index.html')).toBe('explainer');
  });

  it('takes lists, their numbered pages and every other page for index pages, and the timeline for its own kind', () => {
    for (const page of ['index.html', '404.html', 'articles/index.html', 'articles/2/index.html', 'about/sources/index.html', 'actors/index.html', 'search/index.html']) {
      expect(pageKind(page), page).toBe('index');
    }
    expect(pageKind('timeline/index.html')).toBe('timeline');
    expect(pageKind('timeline/actor/iran/index.html')).toBe('timeline');
  });
});

describe('page assets', () => {
  it('finds scripts, module preloads, stylesheets and inline code, and skips JSON-LD', () => {
    const html =
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/m.js"><script type="module" src="/_astro/x.js"></script>' +
      '<script>var a=1</script><script type="application/ld+json">{}</script><style>p{}</style>';
    expect(pageAssets(html)).toEqual({ scripts: ['/_astro/x.js', '/_astro/m.js'], styles: ['/_astro/a.css'], inlineJs: 'var a=1'.length, inlineCss: 'p{}'.length });
  });

  it('follows static imports and not dynamic ones', () => {
    expect(staticImports('import{a as b}from"./x.js";import "./y.js";export{c}from"./z.js";const m=import("./lazy.js");')).toEqual(['./x.js', './y.js', './z.js']);
  });
});

describe('measureSite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, content: string): void => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  };
  const reading = '<link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/previews.js"></script><link-previews></link-previews>';
  write('_astro/site.css', 'x'.repeat(900));
  write('_astro/previews.js', 'import"./shared.js";const later=()=>import("./lazy.js");');
  write('_astro/shared.js', 'y'.repeat(400));
  write('_astro/lazy.js', 'z'.repeat(5000));
  write('articles/a/index.html', reading + 'a'.repeat(100));
  write('articles/b/index.html', reading + 'b'.repeat(300));
  write('actors/iran/index.html', reading + 'c'.repeat(2000));
  write('articles/index.html', '<link rel="stylesheet" href="/_astro/site.css">' + 'd'.repeat(9000));
  write('articles/2/index.html', 'e'.repeat(10));
  write('actors/iran/mentions/index.html', reading + 'f'.repeat(3000));
  write('og/articles-a.png', 'p'.repeat(50));
  write('og/articles-b.png', 'p'.repeat(50));
  write('pagefind/pagefind.js', 'q'.repeat(70));
  const site = measureSite(dir);

  it('counts files and bytes, with social images and Pagefind apart', () => {
    expect(site.files).toBe(13);
    expect(site.socialImages).toEqual({ files: 2, bytes: 100 });
    expect(site.pagefind).toEqual({ files: 1, bytes: 70 });
    expect(site.htmlPages).toBe(6);
  });

  it('finds the largest page of each kind and of the whole site', () => {
    expect(site.kinds.article).toEqual({ pages: 2, largest: { page: 'articles/b/index.html', bytes: reading.length + 300 } });
    expect(site.kinds.index?.largest.page).toBe('articles/index.html');
    expect(site.heaviest[0]?.page).toBe('articles/index.html');
  });

  it('lists hub pages, but not the numbered pages of a list', () => {
    expect(site.hubs.map((h) => h.page)).toEqual(['articles/index.html']);
    expect(site.kinds.index?.pages).toBe(2);
  });

  it('counts the JS and CSS of reading pages only, static imports in and dynamic ones out', () => {
    // The actor's mentions list carries previews too, but it is a list page, not a reading page.
    expect(site.kinds.actor?.largest.page).toBe('actors/iran/mentions/index.html');
    expect(site.reading.pages).toBe(3);
    expect(site.reading.html.page).toBe('actors/iran/index.html');
    expect(site.reading.js.bytes).toBe('import"./shared.js";const later=()=>import("./lazy.js");'.length + 400);
    expect(site.reading.css.bytes).toBe(900);
  });
});
