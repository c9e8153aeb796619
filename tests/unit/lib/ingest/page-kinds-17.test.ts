/**
 * The rules held-out round 17 (the common kinds again) led to (issue #13), each on a small invented
 * page unlike the round's own: a table layout with line breaks for paragraphs, a <title> of site,
 * section and headline, a statement dated by its opening, a photo agency's credit alone, a station's
 * call letters over its owner's line, a video player's running times and switch, a blog's
 * description over its menu, "Name said..." comments, and a registration wall and a newsletter box
 * named only by their labels.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { fates, frontmatter, P, Q, pageFates, pageFrontmatter, R } from './pages.ts';
import { splitCredit } from '../../../../src/lib/ingest/captions.ts';
import { isDataTable } from '../../../../src/lib/ingest/html.ts';
import { readDatedOpening } from '../../../../src/lib/ingest/metadata.ts';
import { interfaceScore } from '../../../../src/lib/ingest/words.ts';

const table = (html: string): Element => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelector('table') as unknown as Element;

/** A council's old site: a layout table, a menu column, the notice as one cell of <br><br> paragraphs. */
const council = (title: string, top = 'Wednesday, 16 April 2025'): string =>
  `<!doctype html><html><head><title>${title}</title></head><body><table width="780"><tr><td colspan="3"><font size="1">${top}</font></td></tr>` +
  `<tr><td width="160"><table><tr><td><a href="/">Home</a></td></tr><tr><td><a href="/council">The Council</a></td></tr><tr><td><a href="/notices">Public Notices</a></td></tr><tr><td><a href="/contact">Contact Us</a></td></tr></table></td>` +
  `<td width="10">&nbsp;</td><td width="610" valign="top"><table width="100%"><tr><td><a href="/">Home</a> &gt; <a href="/notices">Public Notices</a></td><td align="right"><a href="javascript:print()">Print this page</a></td></tr>` +
  `<tr><td colspan="2"><font size="3"><b>Kirkby Bridge to reopen to walkers in May</b></font></td></tr>` +
  `<tr><td colspan="2"><font size="2">Kirkby, Friday 11 April 2025 – ${P}<br>\n<br>\n${Q}<br><br>${R}</font></td></tr>` +
  `<tr><td colspan="2"><font size="1">Opening hours<br>Monday to Friday<br>9 AM - 4 PM</font></td></tr></table></td></tr>` +
  `<tr><td colspan="3"><font size="1">Kirkby Town Council<br>Last updated: 14/04/2025<br>© 2025 Kirkby Town Council. All rights reserved.</font></td></tr></table></body></html>`;

describe('saved pages laid out with tables', () => {
  it('tells a layout table from a table of data by its rows and its cells, and browsers’ marks first', () => {
    expect(isDataTable(table('<table><tr><th>Date</th><th>Place</th></tr><tr><td>2 May</td><td>Kirkby</td></tr></table>'))).toBe(true);
    expect(isDataTable(table('<table><tr><td>2 May</td><td>Kirkby</td><td>12</td></tr><tr><td>9 May</td><td>Ashby</td><td>4</td></tr><tr><td>Total</td><td colspan="2">16</td></tr></table>'))).toBe(true);
    // Most rows are one cell across: a layout.
    expect(isDataTable(table('<table><tr><td>Home</td><td>Print</td></tr><tr><td colspan="2">A headline</td></tr><tr><td colspan="2">The story.</td></tr></table>'))).toBe(false);
    // A cell of paragraphs made of line breaks: a layout, whatever its rows.
    expect(isDataTable(table('<table><tr><td>One</td><td>First paragraph.<br><br>Second paragraph.</td></tr><tr><td>Two</td><td>Three</td></tr></table>'))).toBe(false);
    expect(isDataTable(table('<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>'))).toBe(false);
  });

  it('reads a notice laid out with tables, <font> and line breaks: each line a block, the paragraphs kept, the menus and footer lines dropped', () => {
    const f = pageFates(council('Kirkby Town Council :: Public Notices :: Kirkby Bridge to reopen to walkers in May'));
    expect(f[Q]).toBe('kept');
    expect(f[R]).toBe('kept');
    expect(f[`Kirkby, Friday 11 April 2025 – ${P}`]).toBe('kept');
    for (const furniture of ['The Council', 'Public Notices', 'Print this page', 'Monday to Friday', '9 AM - 4 PM', 'Last updated: 14/04/2025']) expect(f[furniture], furniture).toMatch(/^removed/);
  });

  it('takes the headline from the part of the <title> the page shows, and the publisher from the part at the other end', () => {
    const fm = pageFrontmatter(council('Kirkby Town Council :: Public Notices :: Kirkby Bridge to reopen to walkers in May'));
    expect(fm['title']).toBe('Kirkby Bridge to reopen to walkers in May');
    expect(fm['publisher']?.name).toBe('Kirkby Town Council');
    // The headline first, the site last: "Headline | Section | Site".
    expect(pageFrontmatter(council('Kirkby Bridge to reopen to walkers in May | Public Notices | Kirkby Town Council'))['title']).toBe('Kirkby Bridge to reopen to walkers in May');
  });

  it('dates a statement by the place and date it opens with, over the date the site prints above its menus', () => {
    expect(readDatedOpening(`Kirkby, Friday 11 April 2025 – ${P}`)).toMatchObject({ text: 'Kirkby, Friday 11 April 2025 –', date: { iso: '2025-04-11' } });
    expect(readDatedOpening(`Kirkby Vale, North Yorkshire, 11 April 2025 — ${P}`)?.date.iso).toBe('2025-04-11');
    // A sentence that happens to hold a date is no opening.
    expect(readDatedOpening('Residents, who met on 11 April 2025 – the day the work began – said …')).toBeUndefined();
    expect(readDatedOpening(P)).toBeUndefined();
    expect(pageFrontmatter(council('Kirkby Town Council :: Public Notices :: Kirkby Bridge to reopen to walkers in May'))['published']?.date).toBe('2025-04-11');
    // A raw copy whose labelled date is the page's own keeps it.
    const fm = frontmatter(['Kirkby Town Council', 'Home', 'Notices', '', 'Kirkby Bridge to reopen to walkers in May', '', 'Published: 14 April 2025', '', `Kirkby, Friday 11 April 2025 – ${P}`, '', Q, '', R]);
    expect(fm['published']?.date).toBe('2025-04-14');
  });
});

describe('raw copies of broadcasters and blogs', () => {
  it('splits a caption from a photo agency’s name alone in brackets, by the word such names end with', () => {
    expect(splitCredit('Walkers cross the old bridge on Friday, in a picture taken from a drone. (Moorland Pictures)')).toEqual({ caption: 'Walkers cross the old bridge on Friday, in a picture taken from a drone.', credit: 'Moorland Pictures' });
    expect(splitCredit('The council’s plan for the bridge. (Harbour Images)')?.credit).toBe('Harbour Images');
    // A bracket of ordinary words is no credit.
    expect(splitCredit('The council met on Friday. (The vote was close.)')).toBeUndefined();
  });

  /** A station's page: call letters with the channel at the top, alone in the footer, and the owner's line. */
  const station = (extra: string[] = []): string[] => [
    'Skip to content', 'WKRB 7', 'Watch Live', 'News', 'Weather', 'Sports', '', 'Kirkby Bridge to reopen to walkers in May', '', 'By Ana Ruiz', 'Published: Apr. 11, 2025 at 6:02 PM EDT', '',
    'Now Playing', 'Council votes to reopen the bridge early', '02:14', 'Up Next', 'Storm closes the coast road for a second night', '00:47', 'Autoplay', 'On', '',
    P, '', Q, '', R, '', ...extra, 'WKRB', '22 Mill Lane', 'Terms of Service', 'Privacy Policy', 'WKRB is a Moorland Broadcasting station.', '© 2025 Moorland Broadcasting, LLC. All rights reserved.',
  ];

  it('names a station by its call letters when its owner’s copyright and a line of the footer say it is the owner’s station', () => {
    const fm = frontmatter(station());
    expect(fm['publisher']?.name).toBe('WKRB');
    expect(fates(station())['WKRB is a Moorland Broadcasting station.']).toBe('removed notice');
  });

  it('drops a video player’s running times between its titles and buttons, and a switch’s state under its label', () => {
    const f = fates(station());
    expect(f['02:14']).toBe('removed interface');
    expect(f['00:47']).toBe('removed interface');
    expect(f['On']).toBe('removed interface');
    expect(interfaceScore('Autoplay').score).toBeGreaterThan(0);
    expect(f[P]).toBe('kept');
  });

  it('still keeps a live blog’s entry times, a label under each', () => {
    const f = fates(['Kirkby Show: live', '', 'By Ana Ruiz', 'Published: 11 April 2025', '', '14.05 BST', 'Key event', 'Ram named champion', P, '', 'Share', '', '13.40 BST', 'Key event', 'Judging starts', Q, '', 'Share', '', '13.10 BST', R]);
    expect(f['14.05 BST']).not.toMatch(/^removed/);
    expect(f['13.40 BST']).not.toMatch(/^removed/);
  });

  it('reads a blog’s description over its menu as the blog’s, and takes the post’s title under the date', () => {
    const lines = ['Kirkby Walks', 'Paths, bridges and rights of way around the town, by someone who walks them every week.', 'Home', 'About', 'Maps', '', 'Friday, April 11, 2025', '', 'The bridge is back: what the council decided', '', P, '', Q, '', R, '', 'Posted by Ana Ruiz at 9:14 AM'];
    const fm = frontmatter(lines);
    expect(fm['title']).toBe('The bridge is back: what the council decided');
    expect(fm['published']?.date).toBe('2025-04-11');
    expect(fates(lines)['Paths, bridges and rights of way around the town, by someone who walks them every week.']).toMatch(/^removed/);
  });

  it('drops comments that open with "Name said..." and their texts', () => {
    const f = fates(['The bridge is back', '', 'By Ana Ruiz', 'Published: 11 April 2025', '', P, '', Q, '', R, '', '3 comments:', '', 'Tom Ashby said...', 'About time. The detour added twenty minutes to every walk into town.', 'April 11, 2025 at 10:02 AM', 'Reply', 'Anonymous said…', 'Will cyclists be allowed across in May as well?', 'April 11, 2025 at 11:40 AM', 'Reply', '', 'Post a Comment']);
    expect(f['About time. The detour added twenty minutes to every walk into town.']).toMatch(/^removed/);
    expect(f['Will cyclists be allowed across in May as well?']).toMatch(/^removed/);
    expect(f[R]).toBe('kept');
  });
});

describe('saved pages with hashed class names', () => {
  it('drops a registration wall and a newsletter box that only their test id, label or labelling heading name', () => {
    const f = pageFates(
      `<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1 class="css-9x1">Kirkby Bridge to reopen to walkers in May</h1><div class="css-2ab"><p class="css-3cd">${P}</p>` +
        `<div class="css-7ef" role="region" aria-label="Registration wall"><p class="css-8aa">You’ve used your 3 free articles this month</p><h3 class="css-8ab">Keep reading the Star</h3><p class="css-8ac">Make an account to read two more stories a week and get our morning briefing.</p></div>` +
        `<p class="css-3cd">${Q}</p><p class="css-3cd">${R}</p></div></article>` +
        `<section class="css-5kk" aria-labelledby="newsletter-title"><h2 id="newsletter-title" class="css-5kl">The Morning Star</h2><p class="css-5km">The town’s news before breakfast, every weekday, from our newsroom.</p></section></main></body></html>`,
    );
    expect(f[Q]).toBe('kept');
    expect(f['Make an account to read two more stories a week and get our morning briefing.']).toMatch(/^removed/);
    expect(f['The town’s news before breakfast, every weekday, from our newsroom.']).toMatch(/^removed/);
    expect(interfaceScore('You’ve used your 3 free articles this month').score).toBeGreaterThan(0);
  });
});
