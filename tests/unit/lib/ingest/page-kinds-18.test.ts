/**
 * The rules held-out round 18 (the common kinds again) led to (issue #13), each on a small invented
 * page unlike the round's own: a credit after a spaced slash, numeric dates in the page's own order,
 * a CMS's record of fields and a breadcrumb ending with the headline, the byline and date as list
 * items, the US government banner, pitches for a channel, for money and for an app, the body a site
 * belongs to, "told" an agency in its own copy, a columnist's name and line about herself, a sources
 * list, and a box quoting the article after its last paragraph.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, pageFates, pageFrontmatter, R } from './pages.ts';
import { splitCredit } from '../../../../src/lib/ingest/captions.ts';
import { findDates, numericOrder } from '../../../../src/lib/ingest/dates.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { namesTitleOf } from '../../../../src/lib/ingest/metadata.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';

describe('captions and dates', () => {
  it('splits a caption from a credit after a spaced slash: a name, then its agency after a comma', () => {
    expect(splitCredit('Walkers cross the old bridge on Friday. / Ana Ruiz, Harbour Lens')).toEqual({ caption: 'Walkers cross the old bridge on Friday.', credit: 'Ana Ruiz, Harbour Lens' });
    expect(splitCredit('The vote was 6 to 3 / 4 abstained.')).toBeUndefined();
  });

  it('reads a numeric date in the order the page writes its others in, and never guesses it alone', () => {
    expect(numericOrder(['Published 04-03-2025', 'Older story', '28-02-2025'])).toBe('day-first');
    expect(numericOrder(['03/28/2025'])).toBe('month-first');
    expect(numericOrder(['28-02-2025', '03/28/2025'])).toBeUndefined();
    expect(findDates('04-03-2025', 'day-first')[0]?.iso).toBe('2025-03-04');
    expect(findDates('04-03-2025', 'month-first')[0]?.iso).toBe('2025-04-03');
    expect(findDates('04-03-2025')).toEqual([]);
    expect(findDates('28-02-2025')[0]?.iso).toBe('2025-02-28');
    const page = (teaserDate: string): string[] => ['Kirkby Times', 'Home', 'News', 'Sport', '', 'Bridge to reopen to walkers in May', '', 'Ana Ruiz', 'Published 04-03-2025 | 09:10', '', P, '', Q, '', R, '', 'Related', 'Storm closes the coast road', teaserDate, '© 2025 Kirkby Times'];
    expect(frontmatter(page('28-02-2025'))['published']?.date).toBe('2025-03-04');
    expect(frontmatter(page('2 days ago'))['published']?.date).not.toBe('2025-04-03');
  });
});

describe('saved pages of CMSs', () => {
  const joomla = (fields: string): string =>
    `<!doctype html><html><head><title>Bridge to reopen to walkers in May</title></head><body><nav class="breadcrumb"><ul><li>You are here:</li><li><a href="/">Home</a></li><li><a href="/notices">Notices</a></li><li>Bridge to reopen to walkers in May</li></ul></nav>` +
    `<main><div class="item-page"><h2>Bridge to reopen to walkers in May</h2>${fields}<p>${P}</p><p>${Q}</p><p>${R}</p></div></main></body></html>`;

  it('keeps the headline a breadcrumb ends with above it, and drops the label over the record’s fields and its counter', () => {
    const fields = '<dl class="article-info"><dt>Details</dt><dd>Written by Ana Ruiz</dd><dd>Category: Notices</dd><dd>Published: 14 April 2025</dd><dd>Hits: 1,204</dd></dl>';
    const fm = pageFrontmatter(joomla(fields));
    expect(fm['title']).toBe('Bridge to reopen to walkers in May');
    expect(fm['published']?.date).toBe('2025-04-14');
    const f = pageFates(joomla(fields));
    expect(f['Details']).toMatch(/^removed/);
    expect(f['Hits: 1,204']).toMatch(/^removed/);
    expect(f[P]).toBe('kept');
  });

  it('reads the date and the byline a CMS lists as items under the headline', () => {
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><main><h1>Bridge to reopen to walkers in May</h1><ul class="meta"><li>Published April 14, 2025</li><li>By Ana Ruiz</li><li>Kirkby Town Council</li></ul><p>${P}</p><p>${Q}</p><p>${R}</p></main></body></html>`;
    const fm = pageFrontmatter(html);
    expect(fm['published']?.date).toBe('2025-04-14');
    expect(fm['ingest']?.byline).toBe('Ana Ruiz');
  });

  it('drops the US government banner, on .gov and .mil sites alike', () => {
    expect(isFirmNotice('A .mil website belongs to an official U.S. Department of Defense organization in the United States.')).toBe(true);
    expect(isFirmNotice('A .gov website belongs to an official government organization in the United States.')).toBe(true);
    expect(isFirmNotice('A lock ( ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.')).toBe(true);
    expect(isFirmNotice('Secure .mil websites use HTTPS')).toBe(true);
    expect(isFirmNotice('The council said its website would be updated on Friday.')).toBe(false);
  });
});

describe('pitches and owners', () => {
  it('drops pitches for a messaging channel and for money, and keeps prose about money and channels', () => {
    expect(isFirmNotice("Join the Star's WhatsApp channel for the town's news as it happens.")).toBe(true);
    expect(isFirmNotice('If you value this work, chip in $3 a month to keep it going.')).toBe(true);
    expect(isFirmNotice('These walks are free to read. If you want to support more independent journalism, you can chip in here.')).toBe(true);
    expect(isFirmNotice("Kirkby Checks is independent and nonprofit. We don't take money from the groups we check.")).toBe(true);
    expect(isFirmNotice('Residents chipped in to repaint the railings, the council said.')).toBe(false);
    expect(isFirmNotice('The militia announced the attack on its Telegram channel.')).toBe(false);
  });

  it('names a one-word masthead the footer says belongs to the copyright holder', () => {
    expect(namesTitleOf('Kirkby Checks is a project of the Moorland Trust, a registered charity.', 'Kirkby Checks', 'Moorland Trust')).toBe(true);
    const fm = frontmatter(['Checkwell', 'Home', 'Fact-checks', 'About', '', 'No, the bridge is not closing for good', '', 'By Ana Ruiz', 'April 14, 2025', '', P, '', Q, '', R, '', 'About us', 'Contact', 'Checkwell is a project of the Moorland Trust, a 501(c)(3) nonprofit.', '© 2025 Moorland Trust']);
    expect(fm['publisher']?.name).toBe('Checkwell');
  });

  it('takes "told AFP" in AFP’s own copy for the agency that reported, and the masthead for the page that carries it', () => {
    const fm = frontmatter(['The Kirkby Star', 'Home', 'World', 'Sport', '', 'Bridge reopens after a year of repairs', '', 'By Ana Ruiz, AFP', 'Published Apr 14, 2025, 08:15 AM', '', `KIRKBY – ${P}`, '', `"It was worth the wait," one walker told AFP. ${Q}`, '', R]);
    expect(fm['publisher']).toMatchObject({ name: 'The Kirkby Star', via: 'AFP' });
  });

  it('drops an app’s pitch over the stores’ buttons after the article', () => {
    const f = fates(['The Kirkby Star', 'Home', 'News', '', 'Bridge reopens after a year of repairs', '', 'By Ana Ruiz', 'April 14, 2025', '', P, '', Q, '', R, '', 'Get the Kirkby Star app', 'The town’s news first, on your phone, every morning.', 'App Store', 'Google Play']);
    expect(f['The town’s news first, on your phone, every morning.']).toBe('removed interface');
    expect(f[R]).toBe('kept');
  });
});

describe('columns and fact checks', () => {
  it('reads a columnist’s name over her line about herself as the byline, and drops both', () => {
    const lines = ['The Kirkby Star', 'Opinion', 'Columnists', '', 'The bridge was worth the wait', '', 'Ana Ruiz', 'Ana Ruiz is a former county engineer who writes about roads and bridges.', 'April 14, 2025 at 6:00 a.m.', '', P, '', Q, '', R];
    const f = fates(lines);
    expect(f['Ana Ruiz']).toBe('removed byline');
    expect(f['Ana Ruiz is a former county engineer who writes about roads and bridges.']).toBe('removed byline');
    expect(frontmatter(lines)['ingest']?.byline).toBe('Ana Ruiz');
  });

  it('reads a sources list under its heading, each ending with its date, as a list', () => {
    const lines = ['No, the bridge is not closing for good', '', 'By Ana Ruiz', 'April 14, 2025', '', P, '', Q, '', R, '', 'Sources', 'Kirkby Town Council, minutes of the works committee, Mar. 3, 2025', 'Interview with Tom Ashby, bridge engineer, Apr. 10, 2025', 'U.S. Army Corps of Engineers, inspection report, Jan. 20–24, 2025'];
    const blocks = parseSeed(lines.join('\n'))[0]!.blocks;
    expect(blocks.find((b) => b.kind === 'list')).toMatchObject({ items: ['Kirkby Town Council, minutes of the works committee, Mar. 3, 2025', 'Interview with Tom Ashby, bridge engineer, Apr. 10, 2025', 'U.S. Army Corps of Engineers, inspection report, Jan. 20–24, 2025'] });
  });

  it('drops a sharing box that quotes the article after its last paragraph, the quote included', () => {
    const quote = '“We will not close the bridge for good, whatever the posts say.”';
    const f = fates(['No, the bridge is not closing for good', '', 'By Ana Ruiz', 'April 14, 2025', '', P, '', `The council’s leader said on Monday: ${quote.slice(1, -1)} ${Q}`, '', R, '', 'Share The Facts', 'Viral posts', 'Posts on social media', 'stated on April 2, 2025 in posts on social media:', quote, 'Read More', 'Embed', '', '© 2025 Kirkby Checks']);
    expect(f[R]).toBe('kept');
    for (const furniture of ['Share The Facts', 'Viral posts', 'Posts on social media', 'Embed', quote]) expect(f[furniture], furniture).toMatch(/^removed/);
  });
});
