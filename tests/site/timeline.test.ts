import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE, htmlFiles, page } from './dist.ts';

const events = readdirSync('content/events').map((n) => n.replace(/\.yaml$/, ''));
const places = readdirSync('content/places').map((n) => n.replace(/\.yaml$/, ''));

describe('the timeline', () => {
  it('shows every event, each with a heading, a date and at least one source', () => {
    const root = page('timeline/index.html');
    for (const id of events) {
      const el = root.getElementById(id);
      expect(el, id).not.toBeNull();
      expect(el!.querySelector('time')?.getAttribute('datetime'), id).toBeTruthy();
      expect(el!.querySelectorAll('.source-ref').length, id).toBeGreaterThan(0);
    }
  });

  it('groups events by year in order', () => {
    const years = page('timeline/index.html').querySelectorAll('section.year > h2').map((h) => h.textContent);
    expect(years).toEqual([...years].sort());
    expect(years.length).toBeGreaterThanOrEqual(6);
  });

  it('makes the chain of attack and response visible both ways', () => {
    const root = page('timeline/index.html');
    const strike = root.getElementById('us-strikes-iraq-syria-2024')!;
    expect(strike.querySelector('dt + dd a[href$="#tower-22-drone-attack-2024"]')).not.toBeNull();
    const attack = root.getElementById('tower-22-drone-attack-2024')!;
    expect(attack.textContent).toContain('Answered by');
  });

  it('shows the casualties of February 2021 as each source reports them', () => {
    const text = page('timeline/index.html').getElementById('us-strikes-eastern-syria-2021')!.textContent;
    expect(text).toMatch(/at least 1 killed/);
    expect(text).toMatch(/at least 17 killed/);
  });

  it('has a filter page for every kind and actor it links, reachable without JavaScript', () => {
    const links = page('timeline/index.html').querySelectorAll('.timeline-filters a').map((a) => a.getAttribute('href')!);
    expect(links.length).toBeGreaterThan(8);
    for (const href of links) expect(htmlFiles(), href).toContain(`${href.slice(BASE.length)}index.html`);
    const strikes = page('timeline/kind/us-strike/index.html');
    expect(strikes.querySelectorAll('article.event').every((a) => a.classList.contains('kind-us-strike'))).toBe(true);
  });

  it('gives each place a page with its events, and each actor page its slice of the timeline', () => {
    for (const p of places) expect(htmlFiles(), p).toContain(`places/${p}/index.html`);
    expect(page('actors/kataib-hezbollah/index.html').querySelectorAll('#actor-timeline ~ section article.event, #actor-timeline + section article.event, section[aria-labelledby="actor-timeline"] article.event').length).toBeGreaterThan(3);
  });

  it('draws the map, the chart and the relations graph as SVG with a title, a description and a text equivalent', () => {
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

  it('ships no script for the pictures', () => {
    expect(page('timeline/index.html').querySelectorAll('figure script')).toHaveLength(0);
  });
});
