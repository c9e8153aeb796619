/**
 * The rules held-out round 16 (the common kinds again) led to (issue #13), each on a small invented
 * page unlike the round's own: a page wrapped in one ASP.NET form, a consent banner's purposes, a
 * dated masthead over a labelled date, an agency's name alone, a caption's credit after a dash or
 * run into it, a masthead the copyright holder names, a box of points, chronologies and list intros,
 * teasers after the article, a page's second comment section, footer contact lines and notices.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, pageFates, pageFrontmatter, R } from './pages.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { splitCredit } from '../../../../src/lib/ingest/captions.ts';
import { agencyShortName } from '../../../../src/lib/ingest/metadata.ts';
import { interfaceScore } from '../../../../src/lib/ingest/words.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

const DATE = '9 April 2025';

describe('saved pages', () => {
  it('reads a page that an ASP.NET form wraps whole, and drops a copyright block and an interstitial link', () => {
    const f = pageFates(
      `<!doctype html><html><head><title>Bridge</title></head><body><form id="aspnetForm" method="post"><nav><a href="/">Home</a><a href="/news">News</a><a href="/about">About</a></nav><main><h1>Bridge to reopen after a year of repairs</h1><p>${P}</p>` +
        `<p class="story__interstitial-link">[<a href="/a">Why the old bridge closed, and what it cost</a>]</p><p>${Q}</p><p>${R}</p></main>` +
        `<div class="page-copyright"><p>This report was prepared for the council’s members from the information available when it was written.</p></div></form></body></html>`,
    );
    expect(f[P]).toBe('kept');
    expect(f[R]).toBe('kept');
    expect(f['[Why the old bridge closed, and what it cost]']).toMatch(/^removed/);
    expect(f['This report was prepared for the council’s members from the information available when it was written.']).toMatch(/^removed/);
  });

  it('drops an author box’s biography that tells her past in the past tense', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: 'Bridge to reopen', author: { '@type': 'Person', name: 'Ana Ruiz' } });
    const bio = 'Ana Ruiz spent nine years as a bridge inspector for the county before she started writing about the town.';
    const f = pageFates(`<!doctype html><html><head><title>Bridge</title><script type="application/ld+json">${ld}</script></head><body><main><article><h1>Bridge to reopen</h1><p>${P}</p><p>${Q}</p><p>${R}</p><div class="sabox-wrap"><p>${bio}</p></div></article></main></body></html>`);
    expect(f[bio]).toMatch(/^removed/);
    expect(pageFrontmatter(`<!doctype html><html><head><title>Bridge</title></head><body><form><main><h1>Bridge to reopen</h1><p>${P}</p><p>${Q}</p></main></form></body></html>`)['title']).toBe('Bridge to reopen');
  });
});

describe('the top of a page', () => {
  it('drops a consent banner’s purposes and takes the headline under the menu, not the banner’s lines', () => {
    expect(isFirmNotice('Store and/or access information on a device')).toBe(true);
    expect(isFirmNotice('Use precise geolocation data')).toBe(true);
    const fm = frontmatter([
      'The Kirkby Star asks for your consent to use your personal data to:', 'Personalised advertising and content, advertising and content measurement, audience research and services development', 'Store and/or access information on a device', 'Your personal data will be processed and information from your device (cookies, unique identifiers) may be stored.', 'Consent', 'Manage options', '',
      'Home', 'News', 'Sport', 'Videos', '', 'News', '', 'Bridge to reopen after a year of repairs', '', 'The council says walkers can cross first and cars a month later', '', 'By Ana Ruiz', `Published: ${DATE}`, '', P, '', Q, '', R,
    ]);
    expect(fm['title']).toBe('Bridge to reopen after a year of repairs');
  });

  it('takes the labelled "Published:" date over the day the masthead prints', () => {
    const fm = frontmatter(['Friday, April 11, 2025', 'The Kirkby Star', 'Home', 'News', '', 'Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', 'Published: Wed 9 Apr 2025, 8:47 AM', '', P, '', Q, '', R]);
    expect(fm['published']?.date).toBe('2025-04-09');
  });

  it('names the agency a line of its own names above the date, by the short name its reports sign with', () => {
    expect(agencyShortName('The Associated Press')).toBe('AP');
    expect(agencyShortName('Agence France-Presse')).toBe('AFP');
    expect(agencyShortName('The Kirkby Star')).toBe('The Kirkby Star');
    const fm = frontmatter(['The Kirkby Star', 'Home', 'News', 'Sport', '', 'Bridge to reopen after a year of repairs', '', 'AFP', `Published: ${DATE}`, '', `KIRKBY: ${P}`, '', Q, '', R, '', '© 2025 The Kirkby Star']);
    expect(fm['publisher']).toMatchObject({ name: 'The Kirkby Star', via: 'AFP' });
  });

  it('takes the masthead whose name ends with the copyright holder’s, over a section the page prints twice', () => {
    const fm = frontmatter(['The Kirkby Evening Star', 'Home', 'Local', 'Sport', '', 'Local', '', 'Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R, '', 'More from Local', '© Kirkby Evening Star Media Limited 2025']);
    expect(fm['publisher']?.name).toBe('The Kirkby Evening Star');
  });
});

describe('captions, boxes and lists', () => {
  it('reads an agency’s credit after a dash, and a "Credit:" label run into the caption', () => {
    expect(splitCredit('Workers lift the last girder into place in a file image. — AFP')).toEqual({ caption: 'Workers lift the last girder into place in a file image.', credit: 'AFP' });
    expect(splitCredit('Workers lift the last girder into place on Monday Credit: Lee Park/Kirkby Star')).toEqual({ caption: 'Workers lift the last girder into place on Monday', credit: 'Lee Park/Kirkby Star' });
    expect(splitCredit('The council voted on Monday. — It was, the mayor said, overdue.')).toBeUndefined();
  });

  it('keeps a box of points printed without full stops, under its heading, as a list', () => {
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', 'Key points', 'The council voted on Tuesday to reopen the footbridge to walkers in the spring', 'Cars will follow a month later, once the last of the inspections are done', '', P, '', Q, '', R]);
    expect(f['Key points']).toMatch(/^(?:kept|check)/);
    expect(f['The council voted on Tuesday to reopen the footbridge to walkers in the spring']).toMatch(/^(?:kept|check)/);
  });

  it('reads a chronology of dated lines and a list under an intro with one weak interface word as lists', () => {
    // Paragraphs that stand apart (five or more), as a browser's copy gives them.
    const S = 'The mayor said the town had waited long enough for its bridge, and that the council would hold a small opening for residents.';
    const T = 'Shops on both banks said trade had fallen while the crossing was shut, and hoped walkers would soon come back in numbers.';
    const text = ['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', P, '', 'March 3, 2024: the bridge is closed after an inspection', 'June 9, 2024: the council agrees to pay for the repairs', 'Jan. 15, 2025: the last girder is lifted into place', '', Q, '', S, '', 'Two things over the next month:', '', 'whether the council keeps to its date for walkers', 'whether the cost of the repairs rises again', '', T, '', R].join('\n');
    const r = ingestSeed('page.txt', new TextEncoder().encode(text));
    if (!r.ok) throw new Error(r.problem.message);
    const source = r.drafts[0]!.source;
    expect(source).toContain('- March 3, 2024: the bridge is closed after an inspection\n- June 9, 2024:');
    expect(source).toContain('- whether the council keeps to its date for walkers\n- whether the cost');
  });
});

describe('after the article', () => {
  it('drops headlines under a "Related" label however much they read as prose, and the footer’s contact lines', () => {
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R, '', 'Related to this story', 'Council names the firm that will paint the new footbridge', 'Town says the footpath by the river will open to walkers in May', '', 'Kirkby, NY 14801', 'Phone: 555-010-0199', 'Email: news@kirkbystar.example']);
    expect(f['Town says the footpath by the river will open to walkers in May']).toMatch(/^removed/);
    expect(f['Kirkby, NY 14801']).toMatch(/^removed/);
    expect(f['Phone: 555-010-0199']).toMatch(/^removed/);
  });

  it('finds a thread further down than a "Leave a comment" prompt, and drops its "Liked by" line', () => {
    expect(interfaceScore('Liked by Ana Ruiz').strong).toBe(true);
    const comment = 'Good piece. The point about the footpath is right, and I walk it every day.';
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', DATE, '', P, '', Q, '', 'Leave a comment', '', R, '', 'Discussion about this post', 'Comments', '', 'Jo Bell', 'Apr 9, 2025', 'Liked by Ana Ruiz', comment, 'Reply', '', 'Ready for more?', 'Subscribe']);
    expect(f[comment]).toMatch(/^removed/);
    expect(f['Ready for more?']).toMatch(/^removed/);
  });

  it('drops a release’s embargo label, its press-office line, an agency’s desk slug and a messaging-app pitch as notices', () => {
    expect(isFirmNotice('FOR IMMEDIATE RELEASE')).toBe(true);
    expect(isFirmNotice('Media inquiries regarding this release may be directed to the council press office at 555-0100.')).toBe(true);
    expect(isFirmNotice('bur-jm/dw')).toBe(true);
    expect(isFirmNotice('Stay up to date with the latest news. Follow The Kirkby Star on WhatsApp.')).toBe(true);
    expect(isFirmNotice('The council said it would follow the inspectors’ advice on the bridge.')).toBe(false);
  });
});
