import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { GRADE_INFO, GRADES } from '../../src/lib/evidence.ts';
import { KEY_EVENTS, LATEST_EVENTS, TIMELINE_PAGE_SIZE } from '../../src/lib/events.ts';
import { BASE, DIST, htmlFiles, norm, page } from './dist.ts';

/** The events and places as their files give them (read apart from the content model the site was built from). */
const events = readdirSync('content/events').map((n) => ({ slug: n.replace(/\.yaml$/, ''), ...(parseYaml(readFileSync(`content/events/${n}`, 'utf8')) as { date: string; kind: string; places?: string[]; actors: { actor: string }[] }) }));
const places = readdirSync('content/places').map((n) => n.replace(/\.yaml$/, ''));
const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort();
const sitemap = readdirSync(DIST)
  .filter((n) => /^sitemap-\d+\.xml$/.test(n))
  .map((n) => readFileSync(join(DIST, n), 'utf8'))
  .join('');
const inSitemap = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));

/** The built file of a link under the base: `/timeline/2024/#x` → `timeline/2024/index.html`. */
const fileOf = (href: string): string => `${href.split('#')[0]!.slice(BASE.length)}index.html`;
/** The links of the elements matching a selector. */
const links = (root: HTMLElement, selector: string): string[] => root.querySelectorAll(selector).map((a) => a.getAttribute('href')!);
/** Every page of a paginated list, from its first page: the first, then each linked from the page list. */
const pagesOf = (first: string): string[] => [first, ...links(page(first), '.tl-pages a').map(fileOf).filter((f) => f !== first)];

describe('the timeline, bounded', () => {
  it('shows on its overview only the latest events, and links every year with its count', () => {
    const root = page('timeline/index.html');
    expect(root.querySelectorAll('article.ev').length).toBe(Math.min(LATEST_EVENTS, events.length));
    const yearLinks = root.querySelectorAll('.tl-years a');
    expect(yearLinks.map((a) => norm(a.textContent).split(' ')[0])).toEqual(years);
    for (const a of yearLinks) {
      const year = norm(a.textContent).split(' ')[0]!;
      expect(a.querySelector('.n')?.textContent, year).toBe(String(events.filter((e) => e.date.startsWith(year)).length));
    }
  });

  it('puts every event on its year’s pages, each card with a heading, a date, a kind, a grade and a source, in date order', () => {
    for (const year of years) {
      const files = pagesOf(fileOf(`${BASE}timeline/${year}/`));
      const cards = files.flatMap((f) => page(f).querySelectorAll('article.ev'));
      expect(cards.map((c) => c.id).sort(), year).toEqual(events.filter((e) => e.date.startsWith(year)).map((e) => e.slug).sort());
      const dates = cards.map((c) => c.querySelector('time')!.getAttribute('datetime')!);
      expect(dates, year).toEqual([...dates].sort());
      for (const f of files) expect(page(f).querySelectorAll('article.ev').length, f).toBeLessThanOrEqual(TIMELINE_PAGE_SIZE);
      for (const card of cards) {
        expect(card.querySelector('.ev-title a')?.getAttribute('href'), card.id).toMatch(new RegExp(`${BASE}timeline/${year}/(\\d+/)?#${card.id}$`));
        expect(card.querySelector('.ev-kind')?.textContent, card.id).toBeTruthy();
        expect(card.querySelector('details.grade summary'), card.id).not.toBeNull();
        expect(card.querySelectorAll('.ev-sources .source-ref').length, card.id).toBeGreaterThan(0);
      }
    }
  });

  it('reaches every event in two clicks from the overview, and lists every page that holds one in the sitemap', () => {
    const reached = new Set<string>();
    for (const year of links(page('timeline/index.html'), '.tl-years a')) {
      for (const f of pagesOf(fileOf(year))) {
        expect(inSitemap.has(`${BASE}${f.replace(/index\.html$/, '')}`), f).toBe(true);
        for (const card of page(f).querySelectorAll('article.ev')) reached.add(card.id);
      }
    }
    expect([...reached].sort()).toEqual(events.map((e) => e.slug).sort());
  });

  it('sends an old link to the single-page timeline on to the event, through its index', () => {
    const index = JSON.parse(readFileSync(join(DIST, 'timeline/events.json'), 'utf8')) as Record<string, string>;
    for (const e of events) expect(Object.keys(index), e.slug).toContain(e.slug);
    for (const [slug, href] of Object.entries(index)) expect(page(fileOf(href)).getElementById(slug), href).not.toBeNull();
    expect(page('timeline/index.html').querySelector('timeline-filter')?.getAttribute('data-index')).toBe(`${BASE}timeline/events.json`);
  });
});

describe('the event cards', () => {
  /** A card, wherever its year page holds it. */
  const card = (slug: string): HTMLElement => {
    const year = events.find((e) => e.slug === slug)!.date.slice(0, 4);
    for (const f of pagesOf(`timeline/${year}/index.html`)) {
      const el = page(f).getElementById(slug);
      if (el) return el;
    }
    throw new Error(`no card for ${slug}`);
  };

  it('writes each date chip in the form of its precision', () => {
    const byPrecision = new Map<string, string>();
    for (const e of events) byPrecision.set((e as unknown as { datePrecision: string }).datePrecision, e.slug);
    const patterns: Record<string, RegExp> = { day: /^\d{1,2} [A-Z][a-z]{2} \d{4}$/, month: /^[A-Z][a-z]{2} \d{4}/, year: /^\d{4}/, approximate: /^c\. / };
    for (const [precision, slug] of byPrecision) {
      const chip = card(slug).querySelector('time.chip')!;
      expect(chip.classList.contains(`p-${precision}`), slug).toBe(true);
      expect(norm(chip.querySelector('.chip-main')?.textContent ?? '') + (chip.querySelector('.chip-main') ? ' ' : '') + chip.querySelector('.chip-year')!.textContent, slug).toMatch(patterns[precision]!);
    }
  });

  it('shows each grade with its definition and the reason for this event', () => {
    for (const e of events) {
      const grade = card(e.slug).querySelector('details.grade')!;
      const key = GRADES.find((g) => grade.classList.contains(`g-${g}`))!;
      expect(key, e.slug).toBeDefined();
      const tip = grade.querySelector('.grade-tip')!;
      expect(grade.querySelector('summary')!.getAttribute('aria-describedby')).toBe(tip.id);
      expect(norm(tip.textContent), e.slug).toContain(GRADE_INFO[key].definition);
      expect(norm(tip.querySelector('span')!.textContent).length, e.slug).toBeGreaterThan(10);
    }
  });

  it('makes the chain of attack and response visible both ways', () => {
    const answered = events.filter((e) => (e as unknown as { inResponseTo?: string[] }).inResponseTo?.length);
    expect(answered.length).toBeGreaterThan(0);
    for (const e of answered) {
      for (const target of (e as unknown as { inResponseTo: string[] }).inResponseTo) {
        expect(links(card(e.slug), '.ev-chain a').some((h) => h.endsWith(`#${target}`)), `${e.slug} → ${target}`).toBe(true);
        expect(links(card(target), '.ev-chain a').some((h) => h.endsWith(`#${e.slug}`)), `${target} ← ${e.slug}`).toBe(true);
      }
    }
  });

  it('gives the most conservative casualty figure with the dispute noted, and each account side by side', () => {
    const syria = card('us-strikes-eastern-syria-2021');
    expect(norm(syria.querySelector('.ev-cas')!.textContent)).toContain('At least 1 killed (accounts differ, up to at least 17)');
    const accounts = syria.querySelectorAll('.accounts > li');
    expect(accounts.map((a) => norm(a.querySelector('.account-figures')!.textContent))).toEqual(['at least 1 killed, at least 4 injured', 'at least 17 killed']);
    expect(syria.querySelector('.account-range a')?.getAttribute('href')).toBe(`${BASE}about/sources/#how-we-count-casualties`);
  });

  it('keeps an account whose words a correction marks wrong visible and marked, and never counts it', () => {
    const marked = events.flatMap((e) => card(e.slug).querySelectorAll('.accounts > li.wrong').map((li) => ({ slug: e.slug, li })));
    expect(marked.length).toBeGreaterThan(0);
    for (const { slug, li } of marked) {
      expect(li.querySelector('mark.correction-mark.wrong'), slug).not.toBeNull();
      expect(norm(card(slug).querySelector('.ev-cas')!.textContent), slug).toMatch(/that a correction marks as wrong (is|are) not counted/);
    }
  });

  it('states the casualty rule on the sources page', () => {
    const section = page('about/sources/index.html').getElementById('how-we-count-casualties')!;
    expect(section.textContent).toBe('How we count casualties');
    expect(norm(section.nextElementSibling!.nextElementSibling!.textContent)).toContain('the most conservative figure');
  });
});

describe('the filters', () => {
  it('link only to pages that exist, so they work without JavaScript', () => {
    const hrefs = links(page('timeline/index.html'), '.tl-filters a');
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(htmlFiles(), href).toContain(fileOf(href));
  });

  it('list, page by page, exactly the events of their kind, grade, actor or place', () => {
    const cardsOf = (first: string) => pagesOf(first).flatMap((f) => page(f).querySelectorAll('.ev-list > li'));
    for (const kind of new Set(events.map((e) => e.kind))) {
      const items = cardsOf(`timeline/kind/${kind}/index.html`);
      expect(items.length, kind).toBe(events.filter((e) => e.kind === kind).length);
      expect(items.every((li) => li.getAttribute('data-kind') === kind), kind).toBe(true);
    }
    let graded = 0;
    for (const grade of GRADES) {
      if (!htmlFiles().includes(`timeline/grade/${grade}/index.html`)) continue;
      const items = cardsOf(`timeline/grade/${grade}/index.html`);
      graded += items.length;
      expect(items.every((li) => li.getAttribute('data-grade') === grade), grade).toBe(true);
    }
    expect(graded).toBe(events.length);
    const kh = cardsOf('timeline/actor/kataib-hezbollah/index.html');
    expect(kh.length).toBe(events.filter((e) => e.actors.some((a) => a.actor === 'kataib-hezbollah')).length);
    for (const p of places) {
      const n = events.filter((e) => e.places?.includes(p)).length;
      if (n > 0) expect(cardsOf(`timeline/place/${p}/index.html`).length, p).toBe(n);
    }
  });

  it('mark the filter in force, and load their script on timeline pages only', () => {
    expect(page('timeline/kind/us-strike/index.html').querySelector('.tl-filters a[aria-current="page"]')?.getAttribute('data-value')).toBe('us-strike');
    const script = (f: string) => page(f).querySelectorAll('script[src]').map((s) => readFileSync(join(DIST, s.getAttribute('src')!.slice(BASE.length)), 'utf8')).join('');
    expect(script('timeline/2024/index.html')).toContain('timeline-filter');
    for (const f of ['actors/kataib-hezbollah/index.html', 'explainers/what-happened-at-tower-22/index.html', 'places/tower-22/index.html']) expect(script(f), f).not.toContain('timeline-filter');
  });
});

describe('actor, place and explainer pages', () => {
  it('show an actor’s latest events and link to all of them', () => {
    for (const f of htmlFiles().filter((h) => /^actors\/[^/]+\/index\.html$/.test(h))) {
      const section = page(f).querySelector('section[aria-labelledby="actor-timeline"]');
      if (!section) continue;
      const slug = f.split('/')[1]!;
      const n = events.filter((e) => e.actors.some((a) => a.actor === slug)).length;
      expect(section.querySelectorAll('article.ev').length, f).toBe(Math.min(n, KEY_EVENTS));
      expect(links(section, '.tl-more-link a'), f).toEqual([`${BASE}timeline/actor/${slug}/`]);
    }
  });

  it('show a place’s latest events and link to all of them', () => {
    for (const p of places) {
      const root = page(`places/${p}/index.html`);
      const n = events.filter((e) => e.places?.includes(p)).length;
      expect(root.querySelectorAll('article.ev').length, p).toBe(Math.min(n, KEY_EVENTS));
      if (n > 0) expect(links(root, '.tl-more-link a'), p).toEqual([`${BASE}timeline/place/${p}/`]);
    }
  });

  it('grade every key fact of every explainer', () => {
    const files = htmlFiles().filter((h) => /^explainers\/[^/]+\/index\.html$/.test(h) && page(h).querySelector('.key-facts'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const facts = page(f).querySelectorAll('.key-facts dd');
      for (const dd of facts) expect(dd.querySelector('details.grade .grade-tip'), f).not.toBeNull();
    }
  });
});

describe('the pictures', () => {
  it('draws the map and the chart as SVG with a title, a description and a text equivalent, and the relations graph too', () => {
    const timeline = page('timeline/index.html');
    // Every picture, not the small swatches of its key (hidden from assistive technology).
    for (const svg of [...timeline.querySelectorAll('figure svg:not([aria-hidden])'), ...page('actors/index.html').querySelectorAll('figure.graph svg:not([aria-hidden])')]) {
      const labelled = svg.getAttribute('aria-labelledby')!.split(' ');
      expect(svg.querySelector('title')?.id).toBe(labelled[0]);
      expect(svg.querySelector('desc')?.id).toBe(labelled[1]);
      expect(svg.closest('figure')!.querySelector('.text-equivalent')).not.toBeNull();
    }
    // The map is drawn twice (for a phone and a wider screen); each drawing marks every place.
    expect(timeline.querySelectorAll('.region-map svg.map-svg')).toHaveLength(2);
    for (const map of timeline.querySelectorAll('.region-map svg.map-svg')) expect(map.querySelectorAll('.markers a').length).toBe(places.length);
    expect(page('actors/index.html').querySelectorAll('figure.graph .nodes a').every((a) => a.getAttribute('href')!.startsWith(`${BASE}actors/`))).toBe(true);
  });

  it('ships no script for the pictures, and the chart links each event on its year’s page', () => {
    const timeline = page('timeline/index.html');
    expect(timeline.querySelectorAll('figure script')).toHaveLength(0);
    const chartLinks = links(timeline, '.chart svg a');
    expect(chartLinks.length).toBeGreaterThan(0);
    for (const href of chartLinks) expect(page(fileOf(href)).getElementById(href.split('#')[1]!), href).not.toBeNull();
  });
});
