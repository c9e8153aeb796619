/**
 * Visible history in dist/: the updates feeds (RSS 2.0 and Atom 1.0, checked for well-formed XML
 * and for the elements their specifications require) list every correction and every recorded
 * change in the content files, each linking to an anchor that exists; pages list their changes;
 * the JSON-LD carries corrections and dates; every page can be cited.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
// A well-formedness check that throws, naming the line and column, on any XML error.
import { SyntaxValidator } from 'fast-xml-validator';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PAGE_SIZE } from '../../src/lib/bounds.ts';
import { BASE, DIST, htmlFiles, page } from './dist.ts';

const read = (p: string) => readFileSync(join(DIST, p), 'utf8');
// Lists as lists, even of one: RSS items, Atom entries and Atom links (an RSS link is text).
const xml = new XMLParser({ ignoreAttributes: false, isArray: (name, jpath) => ['item', 'entry'].includes(name) || (name === 'link' && String(jpath).startsWith('feed')) });

/** The content files' frontmatter, read apart from the content model the site was built from. */
function frontmatter(dir: string): { slug: string; text: string; data: Record<string, unknown> }[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.mdx'))
    .map((n) => {
      const text = readFileSync(join(dir, n), 'utf8');
      return { slug: n.replace(/\.mdx$/, ''), text, data: parseYaml(text.replace(/^---\n([\s\S]*?)\n---[\s\S]*$/, '$1'), { version: '1.1' }) as Record<string, unknown> };
    });
}
const articles = frontmatter('content/articles').filter((a) => a.data['draft'] === false);
const explainers = frontmatter('content/explainers');
const actors = frontmatter('content/actors');
type Change = { date: string; what: string; why: string };
const changesOf = (d: Record<string, unknown>) => (d['changes'] as Change[] | undefined) ?? [];
const correctionsOf = (d: Record<string, unknown>) => (d['corrections'] as { date?: string; text: string }[] | undefined) ?? [];
const allCorrections = articles.reduce((n, a) => n + correctionsOf(a.data).length, 0);
const allChanges = [...articles, ...explainers, ...actors].reduce((n, e) => n + changesOf(e.data).length, 0);

/** True when a link of the site leads to a built page and, if it has one, an anchor on it. */
function lands(href: string): boolean {
  const url = new URL(href, 'http://x');
  const file = `${url.pathname.slice(BASE.length)}index.html`;
  if (!existsSync(join(DIST, file))) return false;
  return !url.hash || page(file).querySelector(`[id="${decodeURIComponent(url.hash.slice(1))}"]`) !== null;
}

describe('the updates feeds', () => {
  it('RSS is well-formed RSS 2.0: a channel with title, link and description, each item with title, link, guid and an RFC 822 date', () => {
    const text = read('updates/rss.xml');
    expect(SyntaxValidator.validate(text)).toBe(true);
    const rss = xml.parse(text).rss;
    expect(rss['@_version']).toBe('2.0');
    for (const key of ['title', 'link', 'description']) expect(rss.channel[key], key).toBeTruthy();
    for (const item of rss.channel.item ?? []) {
      expect(item.title).toBeTruthy();
      expect(new URL(item.link).pathname.startsWith(BASE)).toBe(true);
      expect(item.guid['#text'] ?? item.guid).toBe(item.link);
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/);
    }
  });

  it('Atom is well-formed Atom 1.0: the feed’s id, title, updated, author and self link, each entry’s id, title, updated and link', () => {
    const text = read('updates/atom.xml');
    expect(SyntaxValidator.validate(text)).toBe(true);
    const feed = xml.parse(text).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    expect(feed.id).toBeTruthy();
    expect(feed.title).toBeTruthy();
    expect(feed.updated).toMatch(rfc3339);
    expect(feed.author.name).toBeTruthy();
    const self = feed.link.find((l: Record<string, string>) => l['@_rel'] === 'self');
    expect(new URL(self['@_href']).pathname).toBe(`${BASE}updates/atom.xml`);
    const ids = new Set<string>();
    for (const e of feed.entry ?? []) {
      for (const key of ['id', 'title', 'updated']) expect(e[key], key).toBeTruthy();
      expect(e.updated).toMatch(rfc3339);
      expect(e.updated <= feed.updated).toBe(true);
      expect(e.link.some((l: Record<string, string>) => (l['@_rel'] ?? 'alternate') === 'alternate')).toBe(true);
      expect(ids.has(e.id), e.id).toBe(false);
      ids.add(e.id);
    }
  });

  it('both list every correction on the site and every recorded change, each linking to where the page shows it', () => {
    const rss = (xml.parse(read('updates/rss.xml')).rss.channel.item ?? []) as { title: string; link: string }[];
    const atom = (xml.parse(read('updates/atom.xml')).feed.entry ?? []) as { title: string; link: Record<string, string>[] }[];
    expect(allCorrections).toBeGreaterThan(0);
    for (const items of [rss.map((i) => ({ title: i.title, link: i.link })), atom.map((e) => ({ title: e.title, link: e.link[0]!['@_href']! }))]) {
      expect(items.filter((i) => i.title.startsWith('Correction: ')).length).toBe(allCorrections);
      expect(items.filter((i) => i.title.startsWith('Update: ')).length).toBe(allChanges);
      for (const i of items) expect(lands(new URL(i.link).pathname + new URL(i.link).hash), i.link).toBe(true);
      for (const a of articles) {
        const n = correctionsOf(a.data).length;
        expect(items.filter((i) => i.link.includes(`/articles/${a.slug}/#correction-`)).length, a.slug).toBe(n);
      }
    }
  });

  it('and the updates pages list the same, newest first, at most PAGE_SIZE to a page', () => {
    const files = ['updates/index.html'];
    while (existsSync(join(DIST, 'updates', String(files.length + 1), 'index.html'))) files.push(`updates/${files.length + 1}/index.html`);
    const perPage = files.map((f) => page(f).querySelectorAll('ol.updates > li'));
    for (const [i, list] of perPage.entries()) expect(list.length, files[i]).toBeLessThanOrEqual(PAGE_SIZE);
    const items = perPage.flat();
    expect(items.length).toBe(allCorrections + allChanges);
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const li of items) expect(lands(li.querySelector('p.meta a')!.getAttribute('href')!)).toBe(true);
  });
});

describe('page history', () => {
  it('lists on every article, explainer and glossary page the changes its file records, and its dated corrections', () => {
    const check = (dir: string, entries: typeof articles, extra: (d: Record<string, unknown>) => number) => {
      for (const e of entries) {
        const section = page(`${dir}/${e.slug}/index.html`).querySelector('section.page-history');
        expect(section, e.slug).not.toBeNull();
        expect(section!.querySelectorAll('li').length, e.slug).toBe(changesOf(e.data).length + extra(e.data));
      }
    };
    check('articles', articles, (d) => correctionsOf(d).filter((c) => c.date).length);
    check('explainers', explainers, () => 0);
    check('actors', actors, () => 0);
  });

  it('describes corrections and the last update in the pages’ JSON-LD', () => {
    const ld = (file: string) => JSON.parse(page(file).querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, unknown>;
    for (const a of articles) {
      const corrections = (ld(`articles/${a.slug}/index.html`)['correction'] as { '@type': string; url: string }[] | undefined) ?? [];
      expect(corrections.length, a.slug).toBe(correctionsOf(a.data).length);
      for (const c of corrections) {
        expect(c['@type']).toBe('CorrectionComment');
        expect(lands(new URL(c.url).pathname + new URL(c.url).hash), c.url).toBe(true);
      }
    }
    for (const e of explainers) {
      const dates = [String(e.data['updated']), ...changesOf(e.data).map((c) => c.date)].sort();
      expect(ld(`explainers/${e.slug}/index.html`)['dateModified'], e.slug).toBe(dates.at(-1));
    }
  });
});

describe('cite this page', () => {
  const sitemap = readdirSync(DIST)
    .filter((n) => /^sitemap-\d+\.xml$/.test(n))
    .flatMap((n) => [...read(n).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!)));

  it('is on every page in the sitemap, in plain text and BibTeX, with the page’s address and a content version', () => {
    expect(sitemap.length).toBeGreaterThan(20);
    for (const url of sitemap) {
      const file = `${url.pathname.slice(BASE.length)}index.html`;
      const block = page(file).querySelector('#cite-this-page');
      expect(block, file).not.toBeNull();
      const plain = block!.querySelector('.cite-plain')!.textContent;
      expect(plain.endsWith(url.href), file).toBe(true);
      expect(plain).toMatch(/Content version [0-9a-f]{12}\./);
      const bibtex = block!.querySelector('.cite-bibtex')!.textContent;
      expect(bibtex.startsWith('@misc{titfortat-'), file).toBe(true);
      expect(bibtex).toContain(`url = {${url.href}}`);
    }
  });

  it('names an article’s or explainer’s own version: the digest of its content file, so it changes only with that file', () => {
    const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);
    for (const [dir, list] of [['articles', articles], ['explainers', explainers]] as const) {
      for (const e of list) {
        const plain = page(`${dir}/${e.slug}/index.html`).querySelector('#cite-this-page .cite-plain')!.textContent;
        expect(plain, e.slug).toContain(`Content version ${digest(e.text)}.`);
      }
    }
  });

  it('names, on a page drawn from several entries (a place, a slice of the timeline), the version of what it shows, not the whole content’s', () => {
    const version = (file: string) => /Content version ([0-9a-f]{12})\./.exec(page(file).querySelector('#cite-this-page .cite-plain')!.textContent)?.[1];
    const whole = version('timeline/index.html');
    const places = readdirSync(join(DIST, 'places'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `places/${d.name}/index.html`);
    const years = readdirSync(join(DIST, 'timeline'), { withFileTypes: true }).filter((d) => /^\d{4}$/.test(d.name)).map((d) => `timeline/${d.name}/index.html`);
    expect(places.length).toBeGreaterThan(1);
    expect(years.length).toBeGreaterThan(1);
    const own = [...places, ...years].map(version);
    expect(own).not.toContain(whole);
    expect(new Set(own).size).toBe(own.length);
  });

  it('is left off pages that are not to be indexed', () => {
    for (const file of htmlFiles().filter((f) => page(f).querySelector('meta[name="robots"][content="noindex"]'))) {
      expect(page(file).querySelector('#cite-this-page'), file).toBeNull();
    }
  });
});
