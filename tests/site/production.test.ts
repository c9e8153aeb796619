import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectCites } from '../../src/lib/mdx-cites.ts';
import { parseMdx } from '../../src/lib/mdx-parse.ts';
import { BASE, DIST, htmlFiles, page, readingText } from './dist.ts';

const read = (p: string) => readFileSync(join(DIST, p), 'utf8');
const sitemap = readdirSync(DIST).filter((n) => /^sitemap-\d+\.xml$/.test(n)).map(read).join('');
const sitemapUrls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!));

describe('deploy anywhere', () => {
  it('the sitemap lists every page but the redirects, all under the base path', () => {
    const pages = htmlFiles().filter((f) => !page(f).querySelector('meta[name="robots"][content="noindex"]'));
    expect(sitemapUrls.length).toBe(pages.length);
    for (const url of sitemapUrls) expect(url.pathname.startsWith(BASE), url.href).toBe(true);
  });

  it('robots.txt names the sitemap, and the RSS feed links every item with the base path', () => {
    expect(read('robots.txt')).toMatch(new RegExp(`Sitemap: https?://[^/]+${BASE}sitemap-index\\.xml`));
    const links = [...read('rss.xml').matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!));
    expect(links.length).toBeGreaterThan(15);
    for (const l of links) expect(l.pathname.startsWith(BASE), l.href).toBe(true);
  });

  it('has a helpful 404 page with search and the glossary', () => {
    const root = page('404.html');
    expect(root.querySelector(`form[action="${BASE}search/"] input[name="q"]`)).not.toBeNull();
    expect(root.querySelector(`a[href="${BASE}actors/"]`)).not.toBeNull();
    expect(root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('every page has a canonical URL, social meta and a generated social image that exists', () => {
    for (const url of sitemapUrls) {
      const file = `${url.pathname.slice(BASE.length)}index.html`;
      const root = page(file);
      expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toBe(url.href);
      for (const key of ['og:title', 'og:description', 'og:url', 'og:image']) expect(root.querySelector(`meta[property="${key}"]`), `${file} ${key}`).not.toBeNull();
      const image = new URL(root.querySelector('meta[property="og:image"]')!.getAttribute('content')!);
      expect(existsSync(join(DIST, image.pathname.slice(BASE.length))), `${file}: ${image.pathname}`).toBe(true);
      expect(root.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    }
  });

  it('describes articles, explainers and actors in JSON-LD', () => {
    const ld = (file: string) => JSON.parse(page(file).querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, unknown>;
    expect(ld('articles/us-tit-for-tat-strikes-send-warning/index.html')).toMatchObject({ '@type': 'NewsArticle', publisher: { name: 'The National' } });
    expect(ld('explainers/who-is-kataib-hezbollah/index.html')).toMatchObject({ '@type': 'FAQPage', mainEntity: [{ name: 'Who is Kataib Hezbollah?' }] });
    expect(ld('actors/kataib-hezbollah/index.html')['@type']).toEqual(['DefinedTerm', 'Organization']);
    expect(ld('actors/joe-biden/index.html')['@type']).toEqual(['DefinedTerm', 'Person']);
  });
});

describe('secure by default', () => {
  const header = read('_headers');

  it('every page carries a Content-Security-Policy with no unsafe-inline or unsafe-eval', () => {
    for (const file of htmlFiles()) {
      const csp = page(file).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(csp, file).toContain("default-src 'self'");
      expect(csp, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
  });

  it('_headers carries the same directives, and what only a header can: frame-ancestors, nosniff, referrer, caching', () => {
    const meta = page('index.html').querySelector('meta[http-equiv="content-security-policy"]')!.getAttribute('content')!;
    const policy = header.match(/Content-Security-Policy: (.*)/)![1]!;
    // Astro adds hashes of its own bundled files to script-src and style-src; both policies allow 'self'.
    for (const directive of meta.split(';').map((d) => d.trim()).filter((d) => d && !/^(script|style)-src/.test(d))) expect(policy).toContain(directive);
    expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(meta).toMatch(/style-src 'self'/);
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(header).toContain('X-Content-Type-Options: nosniff');
    expect(header).toContain('Referrer-Policy: no-referrer');
    expect(header).toContain(`${BASE}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
  });

  it('no page loads anything from another origin: scripts, styles, images, fonts', () => {
    for (const file of htmlFiles()) {
      for (const el of page(file).querySelectorAll('script[src], link[rel="stylesheet"], img[src], link[rel="preload"], link[rel="icon"], source[src], iframe')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href') ?? '';
        expect(url.startsWith('/') && !url.startsWith('//'), `${file}: ${url}`).toBe(true);
      }
    }
    for (const css of readdirSync(join(DIST, '_astro')).filter((n) => n.endsWith('.css'))) {
      expect(read(`_astro/${css}`)).not.toMatch(/url\((['"]?)(https?:)?\/\//);
    }
  });
});

describe('the integrity page', () => {
  it('reports the figures of this build', () => {
    const text = readingText(page('about/integrity/index.html').querySelector('main')!);
    const bodies = ['content/explainers', 'content/actors'].flatMap((d) => readdirSync(d).map((n) => readFileSync(`${d}/${n}`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '')));
    const prose = bodies.reduce((n, b) => n + collectCites(parseMdx(b)).cites.length, 0);
    const events = readdirSync('content/events').map((n) => parseYaml(readFileSync(`content/events/${n}`, 'utf8')) as { citations: unknown[]; casualties?: unknown[] });
    expect(text).toContain(`${prose.toLocaleString('en-GB')} in explainers and glossary entries`);
    expect(text).toContain(`${events.length} dated events`);
    // Counted from the files, apart from the content model the page was built from.
    const frontmatter = (path: string) => parseYaml(readFileSync(path, 'utf8').replace(/^---\n([\s\S]*?)\n---[\s\S]*$/, '$1')) as { aliases?: unknown[]; variants?: unknown[] };
    const terms = [
      ...readdirSync('content/actors').map((n) => 1 + (frontmatter(`content/actors/${n}`).aliases?.length ?? 0)),
      ...readdirSync('content/places').map((n) => 1 + (frontmatter(`content/places/${n}`).variants?.length ?? 0)),
    ].reduce((a, b) => a + b, 0);
    expect(text).toContain(`${terms.toLocaleString('en-GB')}, none claimed by two entries`);
    expect(text).toContain(`Source articles ${readdirSync('content/articles').filter((n) => n.endsWith('.mdx')).length},`);
  });
});
