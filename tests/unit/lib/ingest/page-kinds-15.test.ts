/**
 * The rules held-out round 15 (the common kinds again) led to (issue #13), each on a small invented
 * page unlike the round's own: a post a saved page embeds, a deck with no full stop above the
 * byline, a finance page's quote chips and widget table, a metered paywall's counter, a photo's
 * title over its caption and credit, an author box's name, job title and biography, and a JSON-LD
 * author given by reference.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, pageFates, pageFrontmatter, R } from './pages.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { interfaceScore } from '../../../../src/lib/ingest/words.ts';
import { isRoleLine } from '../../../../src/lib/ingest/headline.ts';

const DATE = '9 April 2025';

describe('saved pages', () => {
  it('keeps the text of a post the article embeds, which Readability leaves out, and drops its attribution line', () => {
    const post = 'Queue for the footbridge already past the bakery this morning, and the ribbon is not even cut yet';
    const f = pageFates(
      `<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><p>${P}</p>` +
        `<div class="embed-wrapper"><div class="instagram-media"><p>${post}</p><p>— Kirkby Walkers (@kirkbywalks) ${DATE}</p></div></div>` +
        `<p>${Q}</p><p>${R}</p></article></main></body></html>`,
    );
    expect(f[post]).toMatch(/^(?:kept|check)/);
    expect(f[`— Kirkby Walkers (@kirkbywalks) ${DATE}`]).toMatch(/^removed/);
  });

  it('reads an author the JSON-LD names by reference to another node of its graph', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'Bridge to reopen', author: { '@id': '#ana' }, datePublished: '2025-04-09' }, { '@type': 'Person', '@id': '#ana', name: 'Ana Ruiz' }] });
    const fm = pageFrontmatter(`<!doctype html><html><head><title>Bridge</title><script type="application/ld+json">${ld}</script></head><body><main><article><h1>Bridge to reopen</h1><p>${P}</p><p>${Q}</p><p>${R}</p></article></main></body></html>`);
    expect(fm['ingest']?.byline).toBe('Ana Ruiz');
  });
});

describe('decks, chips and counters', () => {
  it('takes a long deck with no full stop for the standfirst when the byline follows it, past the lead photo’s caption', () => {
    const deck = 'The council said the crossing would open to walkers first and to cars a month later, once the last inspection is done';
    const fm = frontmatter(['Bridge to reopen after a year of repairs', '', deck, '', 'The span is lifted into place on Monday. (Lee Park/Kirkby Star)', '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R]);
    expect(fm['standfirst']).toBe(deck);
  });

  it('drops a finance page’s quote chips and their label, but keeps figures in prose', () => {
    for (const chip of ['GC=F', '^FTSE', 'BRK.B', '-1.25%', '+0.40', '(+2.1%)']) expect(interfaceScore(chip).strong, chip).toBe(true);
    for (const prose of ['Prices rose 2.1% on the week.', '2024', 'NATO']) expect(interfaceScore(prose).strong, prose).toBe(false);
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', 'In this story:', 'KRB.L', '+1.80%', '', P, '', Q, '', R]);
    expect(f['In this story:']).toMatch(/^removed/);
    expect(f['KRB.L']).toMatch(/^removed/);
    expect(f['+1.80%']).toMatch(/^removed/);
  });

  it('drops a widget’s table after the article under an interface label, and the delay note under it', () => {
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R, '', 'Most Popular Quotes', 'Name\tPrice\tChange', 'Kirkby Steel\t12.40\t+0.10', 'Harbour Rail\t8.02\t-0.04', '', 'All market data delayed 20 minutes.']);
    expect(f['Name | Price | Change']).toMatch(/^removed/);
    expect(isFirmNotice('All market data delayed 20 minutes.')).toBe(true);
    expect(isFirmNotice('Quotes are delayed by up to 15 minutes for most exchanges.')).toBe(true);
    expect(isFirmNotice('The delayed quotes from the council were finally published.')).toBe(false);
  });

  it('drops a metered paywall’s counter and a "Save" button, not a sentence about saving', () => {
    expect(isFirmNotice('You have one free story left this week.')).toBe(true);
    expect(isFirmNotice('This is your last free article.')).toBe(true);
    expect(isFirmNotice('You have two free tickets left, the organisers told the crowd.')).toBe(false);
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', 'Share', 'Save', '', P, '', 'The repairs will save the town two miles of detour.', '', Q, '', R]);
    expect(f['Save']).toMatch(/^removed/);
    expect(f['The repairs will save the town two miles of detour.']).toBe('kept');
  });
});

describe('figures and author boxes', () => {
  it('takes a photo’s title line with its caption and credit, and keeps a crosshead that stands apart', () => {
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', 'Steel at Dawn', 'Workers lift the last girder into place on the footbridge, April 2, 2025.', 'Photo By: Lee Park', '', P, '', 'What comes next', '', Q, '', R]);
    expect(f['Steel at Dawn']).toMatch(/^figure/);
    expect(f['Workers lift the last girder into place on the footbridge, April 2, 2025.']).toMatch(/^figure/);
    expect(f['What comes next']).toMatch(/^(?:kept|check)/);
  });

  it('drops an author box’s name, her job title with its programme, and a biography that runs into its link', () => {
    expect(isRoleLine('Senior Fellow, Rivers and Bridges Program')).toBe(true);
    expect(isRoleLine('Fellow travellers, and the rest of us, waited.')).toBe(false);
    const bio = 'Ana Ruiz writes about the town’s roads and bridges. She joined the paper in 2019 More by Ana Ruiz';
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R, '', 'About the author', 'Ana Ruiz', 'Reporter, Town Desk', bio]);
    expect(f['Reporter, Town Desk']).toMatch(/^removed/);
    expect(f[bio]).toMatch(/^removed/);
    expect(f['Ana Ruiz']).toMatch(/^removed/);
  });
});
