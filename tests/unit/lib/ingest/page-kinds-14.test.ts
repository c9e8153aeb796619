/**
 * The rules held-out round 14 (the common kinds again) led to (issue #13), each on a small invented
 * page unlike the round's own: previous/next links with arrows, a site's tagline over its buttons,
 * a deck over the page's buttons, a "Credit..." line and a "Reporting from" line, a blog engine's
 * filing line, a copyright holder the page names elsewhere, a release's date under its label, a
 * list of capitalised clauses, and a saved page's crosshead after a related box and deck over a
 * label and names.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, pageFates, pageFrontmatter, R } from './pages.ts';
import { creditOnly } from '../../../../src/lib/ingest/captions.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { interfaceScore } from '../../../../src/lib/ingest/words.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';

const DATE = '9 April 2025';

describe('headlines and decks', () => {
  it('takes a short headline under previous/next links, not the links or the site’s tagline', () => {
    expect(interfaceScore('← The footbridge that never was').strong).toBe(true);
    expect(interfaceScore('Next: the council’s reply »').strong).toBe(true);
    const fm = frontmatter(['Span Notes', 'Bridges and footpaths, walked and written up by a retired engineer', 'Skip to content', 'Home', '', '← The footbridge that never was', 'The council’s reply →', '', 'Bridge, again', '', `Posted on ${DATE} by Ana Ruiz`, '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Bridge, again');
  });

  it('takes the sentence under the headline for its deck when the page’s buttons follow it', () => {
    const deck = 'The council voted on Tuesday to reopen the bridge to walkers first, and to cars a month later.';
    const fm = frontmatter(['Bridge to reopen after a year of repairs', '', deck, '', 'Listen to this article · 4 min', 'Share full article', '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R]);
    expect(fm['standfirst']).toBe(deck);
  });
});

describe('bylines, credits and notices', () => {
  it('reads a "Credit..." line as the photo’s credit, and a "Reporting from" line as part of the byline', () => {
    expect(creditOnly('Credit...Lee Park for The Kirkby Star')).toBe('Lee Park for The Kirkby Star');
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz and Jo Bell', 'Reporting from Kirkby and York', DATE, '', P, '', Q, '', R]);
    expect(f['Reporting from Kirkby and York']).toMatch(/^removed byline/);
  });

  it('drops a blog engine’s filing line', () => {
    expect(isFirmNotice('This entry was posted in Bridges and tagged Kirkby. Bookmark the permalink.')).toBe(true);
    expect(isFirmNotice('The notice was posted in the town hall on Monday.')).toBe(false);
  });

  it('names the copyright holder, without "Company", when the page names it elsewhere, over a menu link printed twice', () => {
    const fm = frontmatter([
      'Skip to content', 'Politics', 'Today’s Paper', '', 'Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', P, '', Q,
      '', 'The span is lifted into place. (Photo: Lee Park for The Kirkby Star)', '', R, '', 'Order Reprints | Today’s Paper | Subscribe', '© 2025 The Kirkby Star Company',
    ]);
    expect(fm['publisher']?.name).toBe('The Kirkby Star');
  });
});

describe('releases and lists', () => {
  it('drops a release’s date under its label, not reading the two as a list', () => {
    const f = fates(['FOR IMMEDIATE RELEASE', 'April 9, 2025', 'Contact: Jo Bell, (555) 010-0199', '', 'Bridge to reopen after a year of repairs', '', P, '', Q, '', R]);
    expect(f['April 9, 2025']).toMatch(/^removed date-line/);
  });

  it('reads capitalised clauses closed by semicolons under a colon as a list', () => {
    const items = ['Reopen the footpath first;', 'Paint the steelwork in March; and', 'Publish the final cost.'];
    const [a] = parseSeed(['Bridge reopens', '', DATE, '', P, '', 'The plan would:', ...items, '', Q, '', R].join('\n'));
    expect(a!.blocks.find((b) => b.kind === 'list')).toMatchObject({ items });
  });
});

describe('saved pages', () => {
  it('keeps a crosshead that follows a related box inside the story', () => {
    const f = pageFates(`<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><p>${P}</p><aside class="related"><h4>Related</h4><ul><li><a href="/a">Council sets the budget</a></li><li><a href="/b">Library hours cut</a></li></ul></aside><h2>What the repairs cost</h2><p>${Q}</p><p>${R}</p></article></main></body></html>`);
    expect(f['What the repairs cost']).toBe('kept');
  });

  it('takes the block under the <h1> for the deck when a label and names stand before the byline', () => {
    const deck = 'A year of closures on the town’s oldest crossing, and what it cost.';
    const fm = pageFrontmatter(`<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><p>${deck}</p><p>Authors</p><p><a href="/ana">Ana Ruiz</a></p><p>By Jo Bell</p><p>${DATE}</p><p>${P}</p><p>${Q}</p><p>${R}</p></article></main></body></html>`);
    expect(fm['standfirst']).toBe(deck);
  });
});
