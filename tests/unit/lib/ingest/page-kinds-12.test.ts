/**
 * The rules held-out round 12 led to (issue #13), each on a small invented page unlike the round's
 * own: a forum thread (the opening post's "Post by … »" line, replies under a "Re:" subject with
 * the poster's profile, edit notes, posting rules), credits that open a caption or follow "File
 * photo by", a kicker over a short headline over a long deck, a saved page's <h1> against its
 * JSON-LD headline, a "From:" line, a licence line, a footer's address block, an author's chip, a
 * "Key points" box, an aggregator's note on its sources, a programme note, and biographies a copy
 * ran together.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, pageFrontmatter, R } from './pages.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { splitCredit } from '../../../../src/lib/ingest/captions.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';

const DATE = '9 April 2025';

describe('a forum thread', () => {
  const thread = [
    'Kirkby Walkers Forum', 'Board index', 'Local news', '', 'The old bridge is finally coming back', '', 'Post by hilltop_jo » Mon Apr 07, 2025 8:02 pm', '',
    P, '', Q, '', R, '', 'Last edited by hilltop_jo on Mon Apr 07, 2025 8:30 pm, edited 2 times in total.', 'Like', '',
    'riverside_al', 'Posts: 41', 'Joined: Sat Jan 04, 2020 9:00 am', 'Re: The old bridge is finally coming back', 'Quote', 'Post by riverside_al » Tue Apr 08, 2025 7:15 am',
    'About time. I have walked the long way round for a year and my knees have had enough of it.', 'Like', '',
    'Powered by phpBB® Forum Software © phpBB Limited',
  ];

  it('reads the opening post’s author and time from its “Post by … »” line', () => {
    const fm = frontmatter(thread);
    expect(fm['ingest']?.byline).toBe('hilltop_jo');
    expect(fm['published']?.date).toBe('2025-04-07');
    expect(fm['publisher']?.name).toBe('Kirkby Walkers Forum');
  });

  it('drops the replies with their posters’ profiles and the edit note, and keeps the post', () => {
    const f = fates(thread);
    for (const line of ['riverside_al', 'Posts: 41', 'Re: The old bridge is finally coming back', 'About time. I have walked the long way round for a year and my knees have had enough of it.', 'Last edited by hilltop_jo on Mon Apr 07, 2025 8:30 pm, edited 2 times in total.']) {
      expect(f[line], line).toMatch(/^removed/);
    }
    expect(f[R]).toBe('kept');
  });

  it('takes posting rules for the page’s own, not a report that someone was told not to post', () => {
    expect(isFirmNotice('Be civil. Do not post anyone’s home address.')).toBe(true);
    expect(isFirmNotice('Soldiers were told not to post their locations online.')).toBe(false);
  });
});

describe('captions and headlines', () => {
  it('reads a credit that opens the caption, and one after “File photo by”', () => {
    expect(splitCredit('Photo: Jo Bell/Kirkby Evening Star. Walkers cross the new span on its first morning.')).toEqual({ caption: 'Walkers cross the new span on its first morning.', credit: 'Jo Bell/Kirkby Evening Star' });
    expect(splitCredit('The old span before the works began. File photo by Lee Park/Kirkby Evening Star')?.credit).toBe('Lee Park/Kirkby Evening Star');
  });

  it('takes the short phrase between a kicker and a long deck for the headline', () => {
    const deck = 'A year of closures, detours and rising costs on the town’s oldest crossing, and what the council has promised for the next one';
    const fm = frontmatter(['Kirkby Evening Star', 'News', 'Sport', '', 'Long read', '', 'Bridge, rebuilt', '', deck, '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Bridge, rebuilt');
    expect(fm['standfirst']).toBe(deck);
  });

  it('keeps a long headline under a kicker when no short phrase stands between them', () => {
    const long = 'Bridge reopens to walkers after a year of closures and repairs that cost the town far more than planned';
    expect(frontmatter(['Kirkby Evening Star', 'News', 'Sport', '', 'Long read', '', long, '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R])['title']).toBe(long);
  });
});

describe('saved pages', () => {
  const page = (head: string, body: string): Record<string, any> => pageFrontmatter(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const article = `<main><article><h1>The bridge that came back</h1><p>By Ana Ruiz</p><p>${DATE}</p><p>${P}</p><p>${Q}</p><p>${R}</p></article></main>`;

  it('takes the headline the page shows over its JSON-LD headline', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Kirkby bridge reopens after repairs', publisher: { '@type': 'Organization', name: 'Kirkby Evening Star' } });
    const fm = page(`<title>Kirkby bridge reopens after repairs</title><script type="application/ld+json">${ld}</script>`, article);
    expect(fm['title']).toBe('The bridge that came back');
  });

  it('names the organisation over the street address in the footer when nothing else names a publisher', () => {
    const fm = page('<title>The bridge that came back</title>', `${article}<footer><p>Kirkby Civic Trust</p><p>14 Mill Street, Kirkby KB1 2AA</p><p>Privacy</p></footer>`);
    expect(fm['publisher']?.name).toBe('Kirkby Civic Trust');
  });
});

describe('raw-text releases and notes', () => {
  it('names the publisher from a “From:” line and drops it and the licence line', () => {
    const lines = ['Press release', '', 'Bridge to reopen after a year of repairs', '', 'From: Department for Transport and The Rt Hon Jane Roe MP', `Published ${DATE}`, '', P, '', Q, '', R, '', 'All content is available under the Open Government Licence v3.0, except where otherwise stated'];
    expect(frontmatter(lines)['publisher']?.name).toBe('Department for Transport');
    const f = fates(lines);
    expect(f['From: Department for Transport and The Rt Hon Jane Roe MP']).toMatch(/^removed issuer-line/);
    expect(f['All content is available under the Open Government Licence v3.0, except where otherwise stated']).toMatch(/^removed/);
  });

  it('reads an author’s chip (her name, then her title) under the date as the byline', () => {
    const fm = frontmatter(['Bridge to reopen after a year of repairs', '', DATE, 'Ana Ruiz', 'Senior Researcher', '', P, '', Q, '', R]);
    expect(fm['ingest']?.byline).toBe('Ana Ruiz');
  });

  it('reads a “Key points” box of sentences as a list under its heading, in a text whose paragraphs stand apart', () => {
    const points = ['The bridge reopens to walkers on Monday.', 'Cars follow a month later.', 'The repairs cost twice the estimate.'];
    const [a] = parseSeed(['Bridge to reopen after a year of repairs', '', DATE, '', 'Key points', ...points, '', P, '', Q, '', R, '', P.replace('Tuesday', 'Monday'), '', Q.replace('relieved', 'glad')].join('\n'));
    expect(a!.blocks.find((b) => b.kind === 'list')).toMatchObject({ items: points });
    expect(a!.trace.find((t) => t.text === 'Key points')?.fate).not.toBe('removed');
  });

  it('drops an aggregator’s note on its sources, a programme note, and authors’ biographies run together', () => {
    expect(isFirmNotice('Articles on Kirkby Today come from the Press Association and our other partners.')).toBe(true);
    expect(isFirmNotice('This analysis is part of the Trust’s Safer Streets programme.')).toBe(true);
    expect(isFirmNotice('The stones came from a quarry that supplied the original bridge, a spokesman said.')).toBe(false);
    const bios = ['Ana Ruiz is a senior fellow at the Kirkby Civic Trust.', 'Lee Park is a research analyst at the Trust.'];
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz and Lee Park', DATE, '', P, '', Q, '', R, '', P.replace('Tuesday', 'Monday'), '', Q.replace('relieved', 'glad'), '', 'About the authors', ...bios]);
    for (const bio of bios) expect(f[bio], bio).toMatch(/^removed/);
  });
});
