/**
 * The rules held-out round 19 (the common kinds again) led to (issue #13), each on a small invented
 * page unlike the round's own: a page that one form wraps whole, a publisher's name printed with
 * its abbreviation, a table of links and a footer laid out in tables, a date under the headline
 * over the day above the menus, a caption with no <figcaption>, a heading over a list of sentences
 * outside the article, a pasted e-mail's header, alt texts and greeting, a sponsor's box, earlier
 * coverage, how a transcript was made, a recording's chapters and description, and a contact box.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, pageFates, pageFrontmatter, R } from './pages.ts';
import { readCopyright } from '../../../../src/lib/ingest/metadata.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

/** An old page laid out in tables inside one form, with no heading element: the headline is a span. */
const formPage = (extra = ''): string =>
  `<!doctype html><html><head><title>Harbourtown Press Agency (HPA) - Bridge to reopen to walkers in May</title></head><body><form id="Form1" method="post" action="story.aspx?id=9">` +
  `<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzY1">` +
  `<table width="100%"><tr><td class="TopDate">Monday, 14 April 2025</td></tr></table>` +
  `<table width="100%"><tr><td><a href="/">Home</a></td><td><a href="/local">Local</a></td><td><a href="/world">World</a></td><td><a href="/sport">Sport</a></td></tr></table>` +
  `<table width="100%"><tr><td><span class="StoryTitle">Bridge to reopen to walkers in May</span></td></tr><tr><td><span class="StoryDate">11 April 2025 16:05</span></td></tr>` +
  `<tr><td><span class="StoryBody">HARBOURTOWN, April 11 (HPA) -- ${P}<br><br>${Q}<br><br>${R}</span></td></tr></table>${extra}` +
  `<table class="Bottom" width="100%"><tr><td><a href="/contact">Contact</a></td><td><a href="/rss">RSS</a></td><td>Visitors: 1,204,881</td></tr><tr><td colspan="3">All rights reserved © Harbourtown Press Agency (HPA) 2025</td></tr></table>` +
  `</form></body></html>`;

describe('old pages that one form wraps whole', () => {
  it('reads a page inside one form as the page, with its headline, its date under the headline and its publisher', () => {
    const fm = pageFrontmatter(formPage());
    expect(fm['title']).toBe('Bridge to reopen to walkers in May');
    expect(fm['published']?.date).toBe('2025-04-11');
    expect(fm['publisher']?.name).toBe('Harbourtown Press Agency');
    expect(fm['publisher']?.via).toBeUndefined();
    expect(pageFates(formPage())[Q]).toBe('kept');
  });

  it('reads a copyright line that opens with "All rights reserved", and names the holder without the abbreviation', () => {
    expect(readCopyright('All rights reserved © Harbourtown Press Agency (HPA) 2025')).toBe('Harbourtown Press Agency');
    expect(readCopyright('All rights reserved.')).toBeUndefined();
  });

  it('reads a table of links beside their dates, and a footer laid out in a table, line by line, and drops them', () => {
    const others = `<table width="300"><tr><td colspan="2">More from the desk</td></tr><tr><td><a href="/a">Ferry fares frozen for the summer</a></td><td>4/10/2025</td></tr><tr><td><a href="/b">Library opens on Sundays again</a></td><td>4/9/2025</td></tr><tr><td><a href="/c">Harbour wall repairs to start in June</a></td><td>4/8/2025</td></tr></table>`;
    const f = pageFates(formPage(others));
    for (const line of ['Ferry fares frozen for the summer', 'Library opens on Sundays again', '4/9/2025', 'Visitors: 1,204,881']) expect(f[line], line).toMatch(/^removed/);
    expect(f[R]).toBe('kept');
  });
});

describe('saved pages of page builders', () => {
  it('takes a figure’s caption from the element named so when the figure has no <figcaption>', () => {
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><main><h1>Bridge to reopen to walkers in May</h1><figure><img src="bridge.jpg" alt=""><div class="media-caption">Walkers cross the old bridge on Friday.</div><div class="media-credit">Lee Park / Harbour Lens</div></figure><p>${P}</p><p>${Q}</p><p>${R}</p></main></body></html>`;
    const r = ingestSeed('page.html', new TextEncoder().encode(html));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.articles[0]!.figures[0]).toMatchObject({ caption: 'Walkers cross the old bridge on Friday.', credit: 'Lee Park / Harbour Lens' });
  });

  it('keeps the heading over a list of sentences that stands outside the article, and drops a heading over teasers', () => {
    const points = ['The bridge reopens to walkers in May, and to cyclists in June.', 'The repairs cost twice what the council first planned.', 'The contractor will paint the steelwork in March.'];
    const html =
      `<!doctype html><html><head><title>Bridge</title></head><body><header><nav><a href="/">Home</a> <a href="/reports">Reports</a></nav></header>` +
      `<div class="e-con"><h1>The bridge, one year on</h1></div><div class="e-con box"><h3>In brief</h3><ul>${points.map((p) => `<li>${p}</li>`).join('')}</ul></div>` +
      `<div class="e-con"><div class="post-content"><p>${P}</p><p>${Q}</p><p>${R}</p><p>${P.replace('Tuesday', 'Monday')}</p><p>${Q.replace('relieved', 'glad')}</p></div></div>` +
      `<div class="e-con"><h3>Related reports</h3><a href="/a"><h4>Ferry fares frozen</h4></a><a href="/b"><h4>Library hours</h4></a></div></body></html>`;
    const f = pageFates(html);
    expect(f['In brief']).toMatch(/^(?:kept|check)/);
    expect(f[points[0]!]).toMatch(/^(?:kept|check)/);
    expect(f['Related reports']).toMatch(/^removed/);
  });
});

describe('e-mails pasted as text', () => {
  const mail = [
    'From: Harbour Weekly <news@harbourweekly.example>',
    'Date: Monday, April 14, 2025 at 7:00 AM',
    'To: reader@example.net',
    'Subject: This week: the bridge, the budget and the ferry',
    '',
    'View this email in your browser',
    '[Harbour Weekly logo]',
    'HARBOUR WEEKLY',
    'April 14, 2025',
    '',
    'Hello readers, and welcome back after the Easter break. This week the bridge, the budget and a new ferry timetable.',
    '— Sam Ortiz, editor',
    '',
    'Bridge to reopen to walkers in May',
    '',
    'By Ana Ruiz',
    '',
    P,
    '',
    Q,
    '',
    R,
    '',
    'Sponsored by',
    'Harbour Hardware',
    'Spring sale: a fifth off garden tools until Sunday.',
    'Shop now',
    '',
    '© 2025 Harbour Weekly',
  ];

  it('drops the e-mail’s header, its alt texts, its greeting and its sponsor’s box, and finds the story’s headline and byline', () => {
    const f = fates(mail);
    for (const line of [mail[0]!, mail[1]!, mail[2]!, mail[3]!]) expect(f[line], line).toBe('removed mail-header');
    for (const line of ['View this email in your browser', '[Harbour Weekly logo]', mail[10]!, '— Sam Ortiz, editor', 'Sponsored by', 'Harbour Hardware', 'Spring sale: a fifth off garden tools until Sunday.']) expect(f[line], line).toMatch(/^removed/);
    const fm = frontmatter(mail);
    expect(fm['title']).toBe('Bridge to reopen to walkers in May');
    expect(fm['ingest']?.byline).toBe('Ana Ruiz');
    expect(f[P]).toBe('kept');
  });

  it('keeps a first line shaped like a header alone, a greeting with no signature, and a sponsor’s label with a blank line under it', () => {
    const lines = ['To: the residents of Harbourtown', '', 'Bridge to reopen to walkers in May', '', 'By Ana Ruiz', 'April 14, 2025', '', `"Hello, everyone," the mayor said as the ribbon was cut. ${P}`, '', Q, '', 'Sponsored by', '', R];
    const f = fates(lines);
    expect(f['To: the residents of Harbourtown']).not.toBe('removed mail-header');
    expect(f[lines[7]!]).toBe('kept');
    expect(f[R]).toBe('kept');
  });
});

describe('episodes and explainers', () => {
  it('drops the lines under an "Earlier coverage" label, each opening with its date', () => {
    const f = fates(['Bridge to reopen to walkers in May: what we know', '', 'By Ana Ruiz', 'April 14, 2025', '', P, '', Q, '', R, '', 'Earlier coverage', 'March 3: Council delays its vote on the bridge', 'March 20: Why the repairs cost twice the estimate', 'April 1: Painters return to the bridge', '', '© 2025 Kirkby Times']);
    for (const line of ['Earlier coverage', 'March 3: Council delays its vote on the bridge', 'April 1: Painters return to the bridge']) expect(f[line], line).toMatch(/^removed/);
  });

  it('drops a note on how a transcript was made, and keeps a sentence about a transcript', () => {
    expect(isFirmNotice('This transcript was generated using AI and checked by our producers.')).toBe(true);
    expect(isFirmNotice('Transcripts are produced by a contractor and may contain errors.')).toBe(true);
    expect(isFirmNotice('The council published a transcript of the meeting on Friday.')).toBe(false);
  });

  it('reads an episode’s timed chapters as a list, and its description under the player as the standfirst', () => {
    const description = 'Ana and Tom walk the bridge a month before it reopens, and ask the engineer what a year of repairs has bought the town.';
    const chapters = ['00:40 – Walking the deck', '09:15 – What the repairs cost', '21:30 – Questions from listeners'];
    const lines = ['Town Talk', 'Episodes', 'About', '', 'Episode 41', 'The bridge, a month out', 'April 14, 2025 · 34 min', 'Hosted by Ana Ruiz and Tom Ashby', 'Play', '00:00 / 34:10', 'Listen on Spotify', '', description, '', 'Chapters', '', ...chapters, '', 'Transcript', '', `Ana Ruiz: ${P}`, '', `Tom Ashby: ${Q}`, '', `Ana Ruiz: ${R}`, '', 'Tom Ashby: The engineer told us the deck had been replaced plank by plank, which is why the work took a year.', '', 'Ana Ruiz: And the town will know in May whether that year was worth it, when the first walkers cross.'];
    const blocks = parseSeed(lines.join('\n'))[0]!.blocks;
    expect(blocks.find((b) => b.kind === 'list')).toMatchObject({ items: chapters });
    expect(frontmatter(lines)['standfirst']).toBe(description);
  });

  it('drops the name over a press office’s contact lines after the end mark', () => {
    const f = fates(['Kirkby Town Council', '', 'Bridge to reopen to walkers in May', '', 'April 14, 2025', '', P, '', Q, '', R, '', 'Ends', '', 'Notes to editors', '', 'The bridge was built in 1889 and last repaired in 1974.', '', 'Media enquiries', 'Kirkby Council Press Office', 'Email: press@kirkby.example', 'Telephone: 01632 960123']);
    expect(f['Kirkby Council Press Office']).toMatch(/^removed/);
    expect(f['The bridge was built in 1889 and last repaired in 1974.']).toMatch(/^(?:kept|check)/);
  });
});
