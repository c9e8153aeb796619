/**
 * The rules that held-out round 3 led to (issue #13), each on a small invented page: podcasts and
 * their transcripts, live blogs, metered magazines, wire copy on a regional site, a release whose
 * list lost its bullets, and a saved page's figure credits and author box.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, R } from './pages.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';
import { isClockTime, isLabelledTime } from '../../../../src/lib/ingest/dates.ts';
import { confirmedMasthead, readByline, readCopyright } from '../../../../src/lib/ingest/metadata.ts';
import { isFirmNotice, noticesIn } from '../../../../src/lib/ingest/notices.ts';
import { splitCredit } from '../../../../src/lib/ingest/captions.ts';


describe('notices only a page’s own notice is worded as', () => {
  it('finds underwriting for a named programme, a member-supported station, a print-issue note, a feed notice and a press regulator', () => {
    expect(noticesIn('Support for The Evening Hour comes from Alder Bank, serving the valley since 1901.').map((n) => n.kind)).toEqual(['sponsor']);
    expect(noticesIn('Riverside Radio is a listener-supported station.').map((n) => n.kind)).toEqual(['sponsor']);
    expect(noticesIn('This essay appears in the June 2024 issue of Field Notes.').map((n) => n.kind)).toEqual(['disclaimer']);
    expect(noticesIn('This story is automatically published from an agency news feed.').map((n) => n.kind)).toEqual(['disclaimer']);
    expect(noticesIn('The Valley Times is regulated by the Independent Press Standards Organisation.').map((n) => n.kind)).toEqual(['legal']);
    expect(noticesIn('The Valley Times is part of Northgate Media Group.').map((n) => n.kind)).toEqual(['legal']);
  });

  it('leaves news that mentions support, regulators and groups alone', () => {
    for (const sentence of ['Support for the measure comes from both parties.', 'The hospital is part of the Northern Care Group.', 'The paper was founded in 1901 and is still printed in the town.']) {
      expect(noticesIn(sentence), sentence).toEqual([]);
    }
  });

  it('takes an underwriting credit with its sponsor’s slogan and a rush-transcript note for firm, and a notice news could report for not', () => {
    expect(isFirmNotice('Support comes from Alder Bank, offering savings accounts for the whole family.')).toBe(true);
    expect(isFirmNotice('This is a rush transcript and may change.')).toBe(true);
    expect(isFirmNotice('This article is automatically published from the agency feed.')).toBe(true);
    expect(isFirmNotice('Support for the measure comes from both parties.')).toBe(false);
    expect(isFirmNotice('The contractor is an equal opportunity employer.')).toBe(false);
  });

  it('removes a firm notice even between two paragraphs, and keeps a notice news could report for a check', () => {
    const f = fates(['Bridge to reopen after year of repairs', P, 'Support comes from Alder Bank, offering savings accounts for the whole family.', Q, 'The contractor is an equal opportunity employer.', R]);
    expect(f['Support comes from Alder Bank, offering savings accounts for the whole family.']).toBe('removed notice');
    expect(f['The contractor is an equal opportunity employer.']).toBe('check');
  });
});

describe('podcast pages', () => {
  it('reads "Hosted by" as a byline', () => {
    expect(readByline('Hosted by Ana Ruiz')).toEqual({ names: 'Ana Ruiz' });
  });

  it('takes the episode’s title under a menu that holds a teaser label ("Podcasts"), not the host line', () => {
    const page = ['Riverside Radio', 'Listen Live', 'Donate', 'Podcasts', '', 'Why the ferry still runs at dawn', '', 'Hosted by Ana Ruiz', 'Published May 2, 2024', '', P, Q, R];
    expect(frontmatter(page)['title']).toBe('Why the ferry still runs at dawn');
  });
});

describe('live blogs', () => {
  it('knows a line that is only a clock time, and a label with only a clock time', () => {
    for (const t of ['17.41 BST', '9:05 am', '14:05']) expect(isClockTime(t), t).toBe(true);
    for (const t of ['2h ago', '17 March', 'At 17.41 the gates shut.']) expect(isClockTime(t), t).toBe(false);
    expect(isLabelledTime('Updated at 16.34 BST')).toBe(true);
    expect(isLabelledTime('Posted 9:05 am')).toBe(true);
    expect(isLabelledTime('Updated rules at 16.34')).toBe(false);
  });

  it('keeps the entries’ times as article text, even above the first long paragraph, and removes an entry’s "Updated at" line', () => {
    const f = fates(['Town show live: record crowd', '', 'Key events', '2h ago', 'Gates close early', '', '17.41 BST', 'That is all from us.', '', '16.20 BST', P, 'Updated at 16.34 BST', '', '14.05 BST', Q, R]);
    expect(f['17.41 BST']).toBe('check');
    expect(f['16.20 BST']).not.toMatch(/^removed/);
    expect(f['14.05 BST']).toBe('kept');
    expect(f['Updated at 16.34 BST']).toBe('removed date-line');
  });
});

describe('bylines, credits and author boxes', () => {
  it('removes a job title on the line under the byline with it', () => {
    const f = fates(['Bridge to reopen after year of repairs', '', 'By Ana Ruiz', 'Transport reporter', '12 March 2024', '', P, Q]);
    expect(f['Transport reporter']).toBe('removed byline');
  });

  it('reads a credit whose outlet has an ampersand', () => {
    expect(splitCredit('The baker at dawn. Photograph: Sam Ellis for Fox & Hound')).toEqual({ caption: 'The baker at dawn.', credit: 'Sam Ellis for Fox & Hound' });
  });

  it('takes a saved figure’s bracketed, labelled credit without its brackets and label', () => {
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><figure><img src="a.jpg" alt=""><figcaption><span class="caption-text">The bridge on Monday.</span> <span class="caption-credit">(Image: Sam Ellis/Town Times)</span></figcaption></figure><p>${P}</p><p>${Q}</p></article></main></body></html>`;
    const r = ingestSeed('page.html', new TextEncoder().encode(html));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.articles[0]!.figures[0]).toMatchObject({ caption: 'The bridge on Monday.', credit: 'Sam Ellis/Town Times' });
  });

  it('removes the biography in an author box after the article, and a sign-up pitch that reads as a sentence outside it', () => {
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><p>${P}</p><p>${Q}</p><p>${R}</p></article></main>
<div><p>Written by Ana Ruiz</p><p>312 Followers</p><p>I walk bridges so that you do not have to. Former engineer, current dog owner.</p></div>
<div><p>Sign up to discover more stories from writers like Ana Ruiz. It is free, and you can unsubscribe at any time.</p></div></body></html>`;
    const r = ingestSeed('page.html', new TextEncoder().encode(html));
    if (!r.ok) throw new Error(r.problem.message);
    const trace = r.articles[0]!.trace;
    expect(trace.find((t) => t.text.startsWith('I walk bridges'))).toMatchObject({ fate: 'removed', rule: 'after-article' });
    expect(trace.find((t) => t.text.startsWith('Sign up to discover'))).toMatchObject({ fate: 'removed' });
  });
});

describe('lists that lost their bullets', () => {
  it('takes the lines directly under a line ending in a colon for a list, up to the blank line', () => {
    const a = parseSeed(['Food waste collections to start in June', '', P, '', 'Each household will receive:', 'a lockable caddy for the kerbside', 'a small caddy for the kitchen', '', Q].join('\n'))[0]!;
    expect(a.blocks.find((b) => b.kind === 'list')).toMatchObject({ items: ['a lockable caddy for the kerbside', 'a small caddy for the kitchen'] });
  });

  it('leaves a paragraph after a colon, and a menu after a label, as lines', () => {
    const a = parseSeed(['Food waste collections to start in June', '', P, 'The council said:', 'We are ready for it.', 'the rest follows here', '', Q, '', 'Follow us on:', 'Facebook', 'Twitter'].join('\n'))[0]!;
    expect(a.blocks.some((b) => b.kind === 'list')).toBe(false);
  });
});

describe('the publisher of a masthead, a trading name and an agency', () => {
  it('reads a copyright line whose year is followed by a comma', () => {
    expect(readCopyright('© Press Association 2025, All Rights Reserved')).toBe('Press Association');
  });

  it('takes the head line the page names again for its masthead, written as the page writes it', () => {
    const head = [{ i: 0, text: 'Log in' }, { i: 1, text: 'FOX & HOUND' }, { i: 2, text: 'The Magazine' }];
    expect(confirmedMasthead(head, ['Already a subscriber? Log in to continue reading.'], 'Fox & Hound Media')).toEqual({ i: 1, value: 'Fox & Hound' });
    expect(confirmedMasthead([{ i: 0, text: 'Vale Advertiser' }, { i: 1, text: 'National News' }], ['This article has not been edited by Vale Advertiser staff.', 'More National News'])).toEqual({ i: 0, value: 'Vale Advertiser' });
    expect(confirmedMasthead([{ i: 0, text: 'National News' }], ['More National News'])).toBeUndefined();
  });

  it('takes no kicker that the article’s prose names for the masthead', () => {
    const page = ['The Valley Times', 'Climate Crisis', '', 'Flood barrier finished a year early', '', 'By Ana Ruiz', '9 April 2025', '', `The Climate Crisis unit of the council said the barrier was ready. ${P}`, Q, R];
    expect(frontmatter(page)['publisher']).toMatchObject({ name: 'The Valley Times' });
  });

  it('gives the masthead over its company’s copyright, and the masthead via the agency over an agency’s copyright', () => {
    const magazine = frontmatter(['FOX & HOUND', 'The Magazine', '', 'A year inside the village bakery that sells out by nine', '', 'By Ana Ruiz', '9 April 2025', '', P, Q, R, '', '© 2025 Fox & Hound Media Ltd']);
    expect(magazine['publisher']).toMatchObject({ name: 'Fox & Hound' });
    const wire = frontmatter([
      'Vale Advertiser', 'News', 'Sport', 'National News', '', 'Rail timetable adds 400 weekly trains in the North', '', 'Published: 10:31 GMT, Monday 17 March 2025', '',
      `YORK (PA) - ${P}`, Q, R, 'This article is automatically published from the PA Media news feed and has not been edited by Vale Advertiser staff.', '', '© Press Association 2025, All Rights Reserved',
    ]);
    expect(wire['publisher']).toMatchObject({ name: 'Vale Advertiser', via: 'PA' });
  });
});
