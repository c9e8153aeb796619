/**
 * The rules held-out round 10 led to (issue #13), each on a small invented page unlike the round's
 * own: a statement's speaker line under its headline, a footer's "Copyright Information" link, a
 * masthead in display capitals that the footer spells out, a station's name over its owner's
 * copyright, contributor credits, a registration wall inside the story, a "Posted by" line with a
 * role, an author's biography in the present tense, a gallery's counters, instructions and
 * "© …" credits, a media teaser inside the story, a list whose items are clauses closed by
 * semicolons, and a pull quote that leaves words out.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, R } from './pages.ts';
import { readByline, readCopyright } from '../../../../src/lib/ingest/metadata.ts';
import { isNameWithRole } from '../../../../src/lib/ingest/headline.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { abridges } from '../../../../src/lib/ingest/pull-quotes.ts';
import { words } from '../../../../src/lib/ingest/words.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';

const HEAD = ['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', ''];

describe('statements on a government site', () => {
  it('takes the headline above a statement’s speaker line, not the speaker', () => {
    expect(isNameWithRole('Jane R. Doe, Department Spokesperson')).toBe(true);
    expect(isNameWithRole('Bridge to reopen after a year of repairs')).toBe(false);
    const fm = frontmatter(['Kirkby Council', 'Home', 'News', '', 'Bridge to reopen after a year of repairs', '', 'STATEMENT', 'Ana M. Ruiz, Council Spokesperson', '9 April 2025', '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Bridge to reopen after a year of repairs');
  });

  it('reads no holder in a footer’s link about copyright', () => {
    expect(readCopyright('Copyright Information')).toBeUndefined();
    expect(readCopyright('Copyright policy')).toBeUndefined();
    expect(readCopyright('Copyright 2025 Kirkby Council')).toBe('Kirkby Council');
  });

  it('names the publisher as the footer spells the masthead the head prints in capitals', () => {
    const fm = frontmatter(['KIRKBY BOROUGH COUNCIL', 'Home', 'News', '', 'Bridge to reopen after a year of repairs', '', '9 April 2025', '', P, '', Q, '', R, '', 'Kirkby Borough Council', 'Copyright Information', 'Privacy']);
    expect(fm['publisher']?.name).toBe('Kirkby Borough Council');
  });
});

describe('a broadcaster’s page', () => {
  it('names the station its top and its footer print, not the company its copyright line names', () => {
    const fm = frontmatter([
      'Skip to main content', 'WQXT Channel 5', 'Home', 'Weather', 'Sports', '', ...HEAD, P, '', Q, '', R, '',
      'WQXT Channel 5', '400 Mill Street', 'Kirkby, NY 10001', 'Public Inspection File', '© 2025 Lakeshore Broadcasting Inc. All rights reserved.',
    ]);
    expect(fm['publisher']?.name).toBe('WQXT Channel 5');
    expect(fm['publisher']?.evidence).toContain('Lakeshore Broadcasting');
  });

  it('still names the copyright holder when the page prints no name of its own twice', () => {
    const fm = frontmatter(['Home', 'Weather', '', ...HEAD, P, '', Q, '', R, '', 'Public Inspection File', '© 2025 Lakeshore Broadcasting Inc. All rights reserved.']);
    expect(fm['publisher']?.name).toBe('Lakeshore Broadcasting');
  });
});

describe('credits and walls inside the story', () => {
  it('drops a line crediting other reporters, and keeps a sentence about contributions to a report', () => {
    const credit = 'Reporters Jo Bell in Leeds and Sam Ortiz in York contributed to this story.';
    const news = 'Three councillors contributed to the report, which was published on Monday after a long delay.';
    const f = fates([...HEAD, P, '', news, '', Q, '', credit, '', 'Contributing: Lee Park, Kirkby Courier', '', R]);
    expect(f[credit]).toMatch(/^removed/);
    expect(f['Contributing: Lee Park, Kirkby Courier']).toMatch(/^removed/);
    expect(f[news]).toBe('kept');
  });

  it('drops a registration wall between paragraphs, and keeps prose that mentions registering', () => {
    const wall = ['You have hit the monthly limit of free stories.', 'Sign up free to continue reading the Kirkby Courier.', 'Continue with Apple', 'See our subscription plans'];
    const news = 'Residents can register for free at the library, and the council said they should do so before the end of the month.';
    const f = fates([...HEAD, P, '', Q, '', ...wall, '', news, '', R]);
    for (const line of wall) expect(f[line], line).toMatch(/^removed/);
    expect(f[news]).toBe('kept');
    expect(isFirmNotice('Sign up free to continue reading the Kirkby Courier.')).toBe(true);
    expect(isFirmNotice('Residents who sign up to continue the scheme will be told in May.')).toBe(false);
  });

  it('drops a media teaser inside the story', () => {
    const f = fates([...HEAD, P, '', 'Watch now: the bridge’s last day under scaffolding', '', Q, '', R]);
    expect(f['Watch now: the bridge’s last day under scaffolding']).toMatch(/^removed/);
  });
});

describe('authors', () => {
  it('reads a “Posted by” line with a role as the byline, not a commenter’s name further down', () => {
    expect(readByline('Posted by Ana Ruiz, Programme Manager')?.names).toBe('Ana Ruiz');
    const fm = frontmatter(['Bridge to reopen after a year of repairs', '', 'Posted by Ana Ruiz, Programme Manager', '9 April 2025', '', P, '', Q, '', R, '', '2 comments', 'Jo Bell', '10 April 2025', 'Good news at last.', 'Reply']);
    expect(fm['ingest']?.byline).toBe('Ana Ruiz');
  });

  it('drops the author’s biography in the present tense after the story, and keeps what she says', () => {
    const bio = 'Ana Ruiz reports on transport and planning for the Kirkby Courier.';
    const f = fates([...HEAD, P, '', Q, '', R, '', bio, '', 'Most read', 'Council tax to rise by 3 %', 'Library hours cut']);
    expect(f[bio]).toMatch(/^removed/);
    const says = 'Ana Ruiz says the next stage of the works will begin in the summer, once the river is lower.';
    expect(fates([...HEAD, P, '', Q, '', says])[says]).toBe('kept');
  });
});

describe('galleries', () => {
  it('reads a slideshow’s captions with their “©” credits, and drops its counters and instructions', () => {
    const lines = [...HEAD, P, '', Q, '', 'Use your arrow keys to navigate', 'Slide 1 of 2', 'Scaffolding comes down from the north arch.', '© Jo Bell/Kirkby Courier', 'Slide 2 of 2', 'The footpath on the first day it opened.', '© Lee Park/Northern Pictures', '', R];
    const r = ingestSeed('page.txt', new TextEncoder().encode(lines.join('\n')));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.articles[0]!.figures.map((fig) => [fig.caption, fig.credit])).toEqual([
      ['Scaffolding comes down from the north arch.', 'Jo Bell/Kirkby Courier'],
      ['The footpath on the first day it opened.', 'Lee Park/Northern Pictures'],
    ]);
    const f = fates(lines);
    for (const line of ['Use your arrow keys to navigate', 'Slide 1 of 2', 'Slide 2 of 2']) expect(f[line], line).toMatch(/^removed/);
  });
});

describe('lists and pull quotes', () => {
  it('reads clauses closed by semicolons under a line ending in a colon as a list, past a blank line', () => {
    const items = ['reopen the footpath first;', 'paint the steelwork in March, weather permitting; and', 'publish the final cost once the audit is done.'];
    const [article] = parseSeed([...HEAD, P, '', 'The council will:', '', ...items, '', Q, '', R].join('\n'));
    expect(article!.blocks.find((b) => b.kind === 'list')).toMatchObject({ kind: 'list', items });
  });

  it('reads no list where a paragraph follows the colon', () => {
    const [article] = parseSeed([...HEAD, P, '', 'The council said:', '', Q, '', R].join('\n'));
    expect(article!.blocks.some((b) => b.kind === 'list')).toBe(false);
  });

  it('drops a pull quote that leaves words out of its paragraph, and keeps a short line that only shares words', () => {
    const paragraph = 'The council said on Tuesday that the bridge, which has been shut since last spring, would reopen in the spring, after a year of repairs that cost far more than planned. Residents who had campaigned for the repairs said they were relieved.';
    const quote = 'The bridge would reopen in the spring, after a year of repairs that cost far more than planned.';
    expect(abridges(words(quote), words(paragraph))).toBe(true);
    expect(abridges(words('The bridge would reopen.'), words(paragraph))).toBe(false);
    expect(abridges(words('The council said the repairs would cost far more than the bridge was ever worth to the town.'), words(paragraph))).toBe(false);
    const f = fates([...HEAD, paragraph, '', quote, '', Q, '', R]);
    expect(f[quote]).toMatch(/^removed pull-quote/);
    expect(f[paragraph]).toBe('kept');
  });
});
