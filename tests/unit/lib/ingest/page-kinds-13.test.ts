/**
 * The rules held-out round 13 (the common kinds again) led to (issue #13), each on a small invented
 * page unlike the round's own: a video player's titles, a two-word headline over its deck in a
 * menu's run, an agency's name alone over the date, date lines that are no list's items, credit
 * and sign-off lines, a military photo's credit and catalogue number, a date-first byline line, a
 * UTC timestamp against the page's own date, a crosshead after a sign-up box, a satellite image's
 * credit, a newsletter's pitch and e-mail field, a government site's banner over the agency's
 * name, and a link card in a saved page.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, pageFates, pageFrontmatter, R } from './pages.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { creditOnly, splitCredit } from '../../../../src/lib/ingest/captions.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

const DATE = '9 April 2025';

describe('headlines', () => {
  it('takes neither the video playing nor the one up next for the headline', () => {
    const fm = frontmatter(['WKBT 4', 'Home', 'Weather', '', 'Bridge to reopen after a year of repairs', '', 'Now Playing', 'Crews pour the last of the concrete', 'Up Next', 'School board names new superintendent', '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Bridge to reopen after a year of repairs');
    const f = fates(['WKBT 4', 'Home', 'Weather', '', 'Bridge to reopen after a year of repairs', '', 'Now Playing', 'Crews pour the last of the concrete', '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R]);
    expect(f['Crews pour the last of the concrete']).toMatch(/^removed teaser/);
  });

  it('takes a two-word line a menu ran into for the headline when its deck and the byline follow', () => {
    const deck = 'The council says walkers can cross again on Monday, a year after the cracks were found.';
    const fm = frontmatter(['Span Notes', 'Subscribe', 'Sign in', '', 'Bridge, again', deck, '', 'Ana Ruiz', DATE, '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Bridge, again');
    expect(fm['standfirst']).toBe(deck);
  });
});

describe('bylines, dates and credits', () => {
  it('drops an agency’s name alone over the date lines, and reads those lines as dates, not a list', () => {
    const lines = ['Bridge to reopen after a year of repairs', '', 'AFP', 'Published: Wed 9 Apr 2025, 10:02 AM', 'Updated: Wed 9 Apr 2025, 1:40 PM', '', `KIRKBY, England, April 9 (AFP) - ${P}`, '', Q, '', R];
    const f = fates(lines);
    expect(f['AFP']).toMatch(/^removed/);
    expect(fates(lines.map((l) => (l === 'AFP' ? 'Reuters' : l.replace('(AFP)', '(Reuters)'))))['Reuters']).toMatch(/^removed byline/);
    expect(f['Published: Wed 9 Apr 2025, 10:02 AM']).toMatch(/^removed date-line/);
    expect(frontmatter(lines)['publisher']?.name).toBe('AFP');
  });

  it('reads a date-first line with a byline after a bar', () => {
    const fm = frontmatter(['Bridge to reopen after a year of repairs', '', 'April 9, 2025 | By Jo Bell , Council News |', '', P, '', Q, '', R]);
    expect(fm['ingest']?.byline).toBe('Jo Bell');
    expect(fm['published']?.date).toBe('2025-04-09');
  });

  it('drops credit and sign-off lines, and keeps news that uses the same words', () => {
    expect(isFirmNotice('Bell and Park reported from Kirkby.')).toBe(true);
    expect(isFirmNotice('Stay with News 4 for the latest on this story.')).toBe(true);
    expect(isFirmNotice('Our Standards: How we report on courts.')).toBe(true);
    expect(isFirmNotice('Residents reported from their windows that the lights had gone out.')).toBe(false);
    expect(isFirmNotice('Engineers will stay with the project for updates to its design through 2026.')).toBe(false);
  });

  it('reads a military photo’s “Photo By:” credit and drops its catalogue number', () => {
    expect(creditOnly('Photo By: Sgt. Jo Bell')).toBe('Sgt. Jo Bell');
    const lines = ['Bridge to reopen after a year of repairs', '', DATE, '', P, '', 'Engineers lift the new span into place.', 'Photo By: Sgt. Jo Bell', 'VIRIN: 250402-A-XY123-1001', '', Q, '', R];
    const r = ingestSeed('page.txt', new TextEncoder().encode(lines.join('\n')));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.articles[0]!.figures.map((fig) => [fig.caption, fig.credit])).toEqual([['Engineers lift the new span into place.', 'Sgt. Jo Bell']]);
    expect(fates(lines)['VIRIN: 250402-A-XY123-1001']).toMatch(/photo-credit$/);
  });

  it('reads a satellite image’s credit', () => {
    expect(splitCredit('The span from above, a week before it reopened. Satellite image: Orbit Frame')?.credit).toBe('Orbit Frame');
  });
});

describe('boxes and pitches', () => {
  it('drops a newsletter’s pitch and its e-mail field inside the post', () => {
    const pitch = 'Span Notes is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.';
    const f = fates(['Bridge to reopen after a year of repairs', '', DATE, '', P, '', Q, '', pitch, 'Type your email…', 'Subscribe', '', R]);
    expect(f[pitch]).toMatch(/^removed/);
    expect(f['Type your email…']).toMatch(/^removed/);
    expect(isFirmNotice('The Kirkby Ledger is free to read and funded by donations.')).toBe(true);
  });

  it('keeps a crosshead after a sign-up box, and drops the box’s button', () => {
    const f = pageFates(`<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><p>${P}</p><div class="newsletter"><form><label>Email address</label><input type="email"></form></div><div>Sign up</div><h2>What the repairs cost</h2><p>${Q}</p><p>${R}</p></article></main></body></html>`);
    expect(f['What the repairs cost']).toBe('kept');
  });
});

describe('publishers', () => {
  it('names the agency under a government site’s banner, not its news desk over the headline', () => {
    const fm = frontmatter(['An official website of the United States government', "Here's how you know", 'Department of Transportation', 'Home', 'News', '', 'Transportation News', 'Bridge to reopen after a year of repairs', 'April 9, 2025 | By Jo Bell , Transportation News |', '', P, '', Q, '', R]);
    expect(fm['publisher']?.name).toBe('Department of Transportation');
  });

  it('takes the date the page shows over its UTC timestamp a day later', () => {
    const html = `<!doctype html><html><head><title>Bridge</title><meta property="article:published_time" content="2025-04-10T02:30:00Z"></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><p>April 9, 2025 at 9:30 p.m. CDT</p><p>${P}</p><p>${Q}</p><p>${R}</p></article></main></body></html>`;
    expect(pageFrontmatter(html)['published']?.date).toBe('2025-04-09');
    const other = html.replace('9:30 p.m. CDT', '9:30 p.m.');
    expect(pageFrontmatter(other)['published']?.date).toBe('2025-04-10');
  });

  it('reads a saved page’s link card as one block of links, not a photo', () => {
    const card = `<figure class="card"><a href="/other"><div>Why the bridge shut</div><div>What the council knew, and when.</div><img src="thumb.jpg" alt=""></a></figure>`;
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><p>${P}</p>${card}<h2>What comes next</h2><p>${Q}</p><p>${R}</p></article></main></body></html>`;
    const r = ingestSeed('page.html', new TextEncoder().encode(html));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.articles[0]!.figures).toEqual([]);
    const f = pageFates(html);
    expect(f['Why the bridge shut What the council knew, and when.']).toMatch(/^removed/);
    expect(f['What comes next']).toBe('kept');
  });
});
