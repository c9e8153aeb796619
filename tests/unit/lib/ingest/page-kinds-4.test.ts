/**
 * The rules that held-out round 4 led to (issue #13), each on a small invented page: a paid notice
 * boxed beside an obituary, a guestbook and webmentions, a court report's legal box, a tip-off
 * prompt, lists under a heading with no colon, a DOI line, an interview's byline, a masthead the
 * copyright names without its "The" or as one word, and saved pages whose class names hide or fake
 * their landmarks.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, R, pageFates } from './pages.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';
import { confirmedMasthead, readByline } from '../../../../src/lib/ingest/metadata.ts';
import { noticesIn } from '../../../../src/lib/ingest/notices.ts';
import { isCitationId } from '../../../../src/lib/ingest/rules.ts';

const HEAD = ['The Valley Times', 'News', 'Sport', '', 'Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', ''];

describe('boxes and threads after the article', () => {
  it('removes a box that excerpts another page: its label, the text cut off with "…", the "View full notice" link and its buttons', () => {
    const f = fates([...HEAD, P, '', Q, '', R, '', 'Family notice', 'JONES Alan', 'Died peacefully at home on 3rd March, aged 90. Much loved father of…', 'Service at St Mary’s on Friday at 2pm.', 'View full notice', 'Send flowers', '', '© 2025 The Valley Times']);
    for (const line of ['Family notice', 'JONES Alan', 'Died peacefully at home on 3rd March, aged 90. Much loved father of…', 'Service at St Mary’s on Friday at 2pm.', 'View full notice', 'Send flowers']) {
      expect(f[line], line).toBe('removed excerpt-box');
    }
  });

  it('takes no box without a text cut off, so a short run that ends in a link stays as the classifier sees it', () => {
    const f = fates([...HEAD, P, '', Q, '', 'Opening times', 'The footpath opens at 7am and closes at dusk every day of the week.', 'View full timetable', '', R]);
    expect(f['The footpath opens at 7am and closes at dusk every day of the week.']).not.toBe('removed excerpt-box');
  });

  it('removes a guestbook like a comment section: its header, prompts, counts, names, times and tributes', () => {
    const f = fates([...HEAD, P, '', Q, '', R, '', 'Guestbook', 'Sign the guestbook', 'Light a candle', '4 tributes', 'Jo Bell', '2 days ago', 'A lovely man who always had a kind word for everyone.', 'View all tributes', '', 'Most read', 'Market to move for winter']);
    for (const line of ['Guestbook', 'Sign the guestbook', 'Light a candle', '4 tributes', 'A lovely man who always had a kind word for everyone.', 'View all tributes']) expect(f[line], line).toBe('removed comments');
  });

  it('removes a saved page’s webmentions section, its counts, a reply and its how-to line', () => {
    const f = pageFates(`<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><div class="e-content"><p>${P}</p><p>${Q}</p><p>${R}</p></div>
<section class="webmentions"><h2>Webmentions</h2><p>3 likes · 1 repost · 1 reply</p><ol><li><a href="https://a.example/">Sam Lee</a> <p>We walked over it on the first day it was open and it was lovely.</p></li></ol><p>Reply from your own site by sending a webmention to this page.</p></section></article></main></body></html>`);
    expect(f['We walked over it on the first day it was open and it was lovely.']).toMatch(/^removed/);
    expect(f['Reply from your own site by sending a webmention to this page.']).toMatch(/^removed/);
  });
});

describe('notices of a court report and a fact check', () => {
  it('finds a reporting-restriction box, a why-we-report note, a court policy link and a tip-off prompt', () => {
    expect(noticesIn('This article is subject to a reporting restriction under the Children Act.').map((n) => n.kind)).toEqual(['legal']);
    expect(noticesIn('Why we report on inquests').map((n) => n.kind)).toEqual(['legal']);
    expect(noticesIn('The Gazette reports on court cases because open justice matters. We are legally obliged to report proceedings fairly.').map((n) => n.kind)).toEqual(['legal']);
    expect(noticesIn('Read our court reporting policy').map((n) => n.kind)).toEqual(['legal']);
    expect(noticesIn('Seen a claim you think is wrong? Tell us at checks@example.org').map((n) => n.kind)).toContain('feedback');
  });

  it('leaves news about restrictions, courts and tips alone', () => {
    for (const sentence of ['Reporting restrictions prevent him from being identified.', 'The court heard the case was subject to an appeal.', 'She said she had seen something strange in the lane that night.', 'Police asked anyone who saw the crash to call 101.']) {
      expect(noticesIn(sentence), sentence).toEqual([]);
    }
  });

  it('removes the legal box after the article even where it reads as prose, its heading with it, and keeps the story’s own sentence about restrictions', () => {
    const f = fates([...HEAD, P, '', 'A 15-year-old was not charged. Reporting restrictions prevent him from being identified.', '', Q, '', R, '', 'Reporting restrictions', 'This report is subject to a reporting restriction under section 45 of the Youth Justice and Criminal Evidence Act 1999. Please do not share anything that could identify the young person.', '', '© 2025 The Valley Times']);
    expect(f['A 15-year-old was not charged. Reporting restrictions prevent him from being identified.']).toBe('kept');
    expect(f['This report is subject to a reporting restriction under section 45 of the Youth Justice and Criminal Evidence Act 1999. Please do not share anything that could identify the young person.']).toBe('removed notice');
    expect(f['Reporting restrictions']).toMatch(/^removed/);
  });

  it('keeps a paragraph worded like a notice straight after the last paragraph, which may be the article’s last line', () => {
    const last = 'The contractor, which has built bridges across the county for forty years and employs about two hundred people in the town, said in a statement that it is an equal opportunity employer and pays the living wage to all of its staff.';
    const f = fates([...HEAD, P, '', Q, '', R, '', last, '', 'About us', 'Contact', '© 2025 The Valley Times']);
    expect(f[last]).not.toMatch(/^removed/);
  });
});

describe('text after the article that is no furniture', () => {
  it('takes the labelled lines under a heading with no colon for a list, and keeps it', () => {
    const lines = [...HEAD, P, '', Q, '', R, '', 'Line-ups', 'Town: Pell; Stubbs, Kerr, Osei.', 'Rovers: Ridley; Gale, Morton, Fenn.', 'Referee: Mark Ellery.', 'Attendance: 1,412.', '', '© 2025 The Valley Times'];
    const a = parseSeed(lines.join('\n'))[0]!;
    expect(a.blocks.find((b) => b.kind === 'list')).toMatchObject({ items: ['Town: Pell; Stubbs, Kerr, Osei.', 'Rovers: Ridley; Gale, Morton, Fenn.', 'Referee: Mark Ellery.', 'Attendance: 1,412.'] });
    const f = fates(lines);
    expect(f['Line-ups']).not.toMatch(/^removed/);
    expect(f['Referee: Mark Ellery.']).not.toMatch(/^removed/);
  });

  it('takes a list of sources under a "Sources" heading for a list, and keeps its heading', () => {
    const lines = [...HEAD, P, '', Q, '', R, '', 'Sources', 'Valley Council, Bridge Repair Report, March 2025', 'Valley Council, statement to The Valley Times, 8 April 2025', '', '© 2025 The Valley Times'];
    const a = parseSeed(lines.join('\n'))[0]!;
    expect(a.blocks.find((b) => b.kind === 'list')).toMatchObject({ items: ['Valley Council, Bridge Repair Report, March 2025', 'Valley Council, statement to The Valley Times, 8 April 2025'] });
    expect(fates(lines)['Sources']).not.toMatch(/^removed/);
  });

  it('leaves the headlines under a "Most read" label as lines', () => {
    const a = parseSeed([...HEAD, P, '', Q, '', 'Most read', 'Market moves to the Corn Exchange for winter', 'Bakery reopens after fire'].join('\n'))[0]!;
    expect(a.blocks.some((b) => b.kind === 'list')).toBe(false);
  });

  it('knows a DOI, linked or not, and an ISBN for a citation, and a sentence that mentions one for not', () => {
    expect(isCitationId('DOI: 10.5555/jfes.2025.0412')).toBe(true);
    expect(isCitationId('https://doi.org/10.1000/xyz123')).toBe(true);
    expect(isCitationId('ISBN 978-0-00-000000-2')).toBe(true);
    expect(isCitationId('The DOI of the paper is 10.5555/abc.')).toBe(false);
    expect(isCitationId('10.30 am')).toBe(false);
  });

  it('keeps a saved page’s linked DOI line after the article', () => {
    const f = pageFates(`<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><p>${P}</p><p>${Q}</p><p>${R}</p><p>DOI: <a href="https://doi.org/10.5555/br.2025.1">10.5555/br.2025.1</a></p></article></main></body></html>`);
    expect(f['DOI: 10.5555/br.2025.1']).not.toMatch(/^removed/);
  });
});

describe('an interview’s byline and a masthead the copyright confirms', () => {
  it('reads "Interview by …" as a byline, never the title', () => {
    expect(readByline('Interview by Leah Moss')).toMatchObject({ names: 'Leah Moss' });
    const fm = frontmatter(['FIELDWORK', '', '“I never wanted to work indoors”: a life as a hedge layer', '', 'Interview by Leah Moss', '3 June 2025', '', P, Q, R, '', '© 2025 Fieldwork Publishing Ltd']);
    expect(fm['title']).toBe('“I never wanted to work indoors”: a life as a hedge layer');
    expect(fm['ingest']['byline']).toBe('Leah Moss');
  });

  it('takes a one-word masthead the copyright holder confirms, and a masthead with "The" its copyright leaves out', () => {
    expect(confirmedMasthead([{ i: 0, text: 'FIELDWORK' }], [], 'Fieldwork Publishing Ltd')).toEqual({ i: 0, value: 'Fieldwork' });
    expect(confirmedMasthead([{ i: 0, text: 'The Valley Times' }], [], 'Valley Times')).toEqual({ i: 0, value: 'The Valley Times' });
    expect(confirmedMasthead([{ i: 0, text: 'News' }], [], 'Valley Times')).toBeUndefined();
    expect(frontmatter(['FIELDWORK', '', 'A life as a hedge layer in the valley', '', 'By Leah Moss', '3 June 2025', '', P, Q, R, '', '© 2025 Fieldwork Publishing Ltd'])['publisher']).toMatchObject({ name: 'Fieldwork' });
  });
});

describe('saved pages whose class names hide or fake their landmarks', () => {
  const article = `<main><article><h1>Bridge to reopen after a year of repairs</h1><div class="entry-content"><p>${P}</p><p>${Q}</p><p>${R}</p></div>`;

  it('reads a page whose body class says "has-sidebar" (a layout modifier, not a landmark)', () => {
    const f = pageFates(`<!doctype html><html><head><title>Bridge</title></head><body class="single has-sidebar show-site-tagline">${article}</article></main></body></html>`);
    expect(f[P]).toBe('kept');
  });

  it('finds a newsletter box in a CSS-module class name ("NewsletterSignup_box__x1")', () => {
    const f = pageFates(`<!doctype html><html><head><title>Bridge</title></head><body>${article}<div class="NewsletterSignup_box__x1"><h3>Get bridge news by email</h3><p>We’ll send you an alert when the council announces a closure.</p></div></article></main></body></html>`);
    expect(f['We’ll send you an alert when the council announces a closure.']).toBe('removed landmark');
  });
});
