import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE, DIST, htmlFiles, page } from './dist.ts';

/** The page URL path of a dist file: `articles/x/index.html` → `/base/articles/x/`. */
const urlOf = (file: string) => `${BASE}${file.replace(/index\.html$/, '')}`;

/** The dist file a URL path points at, or undefined when it leaves the site's base. */
function fileFor(pathname: string): string | undefined {
  if (!pathname.startsWith(BASE)) return undefined;
  const rest = decodeURIComponent(pathname.slice(BASE.length));
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}

describe('links', () => {
  const files = htmlFiles();

  it('every internal link, asset and #fragment resolves to a file and an id', () => {
    const broken: string[] = [];
    for (const file of files) {
      const root = page(file);
      const pageUrl = new URL(urlOf(file), 'http://site.test');
      for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (el.tagName === 'LINK' && el.getAttribute('rel') === 'canonical') continue;
        const url = new URL(raw, pageUrl);
        if (url.origin !== pageUrl.origin) continue;
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${file}: ${raw} leaves the base path ${BASE}`);
          continue;
        }
        if (!existsSync(join(DIST, target))) {
          broken.push(`${file}: ${raw} → no file ${target}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && target.endsWith('.html') && !page(target).getElementById(id)) broken.push(`${file}: ${raw} → no id "${id}" in ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('every page declares a favicon under the base path, so browsers never ask the root', () => {
    for (const file of files) {
      expect(page(file).querySelector('link[rel="icon"]')?.getAttribute('href'), file).toBe(`${BASE}favicon.svg`);
    }
  });
});
