/**
 * The rules that held-out round 9 (pages of the common kinds) led to (issue #13), each on a small
 * invented page unlike the round's own: a dateline from two cities and an agency's bracketed
 * credits, the notices only a page words (an empty widget, a form's consent, a newsletter's
 * privacy line, a reader-revenue ask), a newsletter box inside the story, gallery captions with
 * their credit on the next line, credit labels, a blog's category, tag and previous/next lines and
 * its tagline, a promo inside the story, a Disqus-style thread, a release's issuer and contact
 * line, and a saved page's standfirst and appeal box.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, R, pageFates } from './pages.ts';
import { readByline, readDateline } from '../../../../src/lib/ingest/metadata.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { splitCredit } from '../../../../src/lib/ingest/captions.ts';
import { interfaceScore } from '../../../../src/lib/ingest/words.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

const HEAD = ['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', ''];

describe('agency copy', () => {
  it('reads a dateline from two cities, and the agency in it, as the carried report', () => {
    expect(readDateline('ERBIL/LONDON, March 3 (AFP) - The bridge reopened on Monday.')?.agency).toBe('AFP');
    const fm = frontmatter(['The Kirkby Courier', '', 'Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', '', `KIRKBY/LEEDS, April 9 (Reuters) - ${P}`, '', Q, '', R, '', 'Copyright 2025 Thomson Reuters.', '© 2025 The Kirkby Courier']);
    expect(fm['publisher']).toMatchObject({ name: 'The Kirkby Courier', via: 'Reuters' });
  });

  it('removes the agency’s credits in brackets at the story’s end as a byline line', () => {
    expect(readByline('(Reporting by Ana Ruiz in Kirkby; Editing by Jo Bell)')?.names).toBe('Ana Ruiz');
    const f = fates([...HEAD, P, '', Q, '', R, '', '(Reporting by Ana Ruiz in Kirkby; Editing by Jo Bell)']);
    expect(f['(Reporting by Ana Ruiz in Kirkby; Editing by Jo Bell)']).toBe('removed byline');
  });
});

describe('notices and boxes only a page prints', () => {
  it('knows an empty widget, a form’s consent, a newsletter’s privacy line and a reader-revenue ask by their wording', () => {
    for (const line of ['Sorry, there are no recent results for most watched.', 'I agree that registration on this site means accepting its terms of use.', 'Privacy note: our newsletters may contain advertising.', 'If you value this reporting, please support us. It only takes less than a minute.']) expect(isFirmNotice(line), line).toBe(true);
    for (const line of ['The council said there were no results yet from the survey of the bridge.', 'I would like to see the bridge open by May, said one resident.']) expect(isFirmNotice(line), line).toBe(false);
  });

  it('removes a newsletter box inside the story (its name, pitch, field and button), and keeps the paragraphs around it', () => {
    const f = fates([...HEAD, P, '', 'Kirkby This Week', 'The week’s council decisions, in five minutes, every Sunday.', 'Your email', 'Subscribe', '', Q, '', R]);
    expect(f['Kirkby This Week']).toMatch(/^removed/);
    expect(f['The week’s council decisions, in five minutes, every Sunday.']).toMatch(/^removed/);
    expect(f['Subscribe']).toMatch(/^removed/);
    expect(f[Q]).toBe('kept');
  });

  it('removes an appeal box outside a saved page’s article: its heading, pitch and ask', () => {
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><p>${P}</p><p>${Q}</p><p>${R}</p></article><aside class="epic"><h3>One more thing</h3><p>The Kirkby Courier has kept a reporter at the town hall for forty years, and we mean to keep her there.</p><p>If you can, please support us today.</p><a href="/support">Support us</a></aside></main></body></html>`;
    const f = pageFates(html);
    expect(f['One more thing']).toMatch(/^removed/);
    expect(f['The Kirkby Courier has kept a reporter at the town hall for forty years, and we mean to keep her there.']).toMatch(/^removed/);
    expect(f[P]).toBe('kept');
  });
});

describe('captions and credits', () => {
  it('reads a gallery’s caption with its credit on the line under it, under a counter', () => {
    const r = ingestSeed('page.txt', new TextEncoder().encode([...HEAD, P, '', Q, '', 'Photos', '1 of 2', 'Scaffolding comes down from the north arch.', 'Picture: Jo Bell/Kirkby Courier', '2 of 2', 'The footpath on the first day it opened.', 'Picture: Ana Ruiz', '', R].join('\n')));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.articles[0]!.figures.map((fig) => [fig.caption, fig.credit])).toEqual([
      ['Scaffolding comes down from the north arch.', 'Jo Bell/Kirkby Courier'],
      ['The footpath on the first day it opened.', 'Ana Ruiz'],
    ]);
  });

  it('keeps a paragraph that a credit line follows when the two are no block of their own', () => {
    const f = fates([...HEAD, P, Q, 'Picture: Jo Bell', '', R]);
    expect(f[Q]).toBe('kept');
  });

  it('reads map and chart credits, and an agency credit spaced inside its brackets', () => {
    expect(splitCredit('Where the bridge closures were. Map: Kirkby Courier graphics')?.credit).toBe('Kirkby Courier graphics');
    expect(splitCredit('The north arch under repair. ( Getty Images )')?.credit).toBe('Getty Images');
  });
});

describe('blogs and promos', () => {
  it('reads a post’s category, tag and previous/next lines, a tip jar and a data download as interface', () => {
    for (const line of ['Filed under Local, Transport', '← Older post: The bridge in 1990', 'Buy me a coffee if these posts help', 'Download the data (CSV)', 'Swipe to see more']) expect(interfaceScore(line).strong, line).toBe(true);
  });

  it('removes a promo inside the story, a label and another story’s headline, and keeps a sentence after such a label', () => {
    const f = fates([...HEAD, P, '', 'See also: Why do our bridges keep failing?', '', Q, '', 'Read more: the council said the full figures would be published next month, after the audit.', '', R]);
    expect(f['See also: Why do our bridges keep failing?']).toBe('removed teaser');
    expect(f['Read more: the council said the full figures would be published next month, after the audit.']).not.toMatch(/^removed/);
  });

  it('removes a blog’s tagline above its menu, not the headline under it', () => {
    const fm = frontmatter(['Kirkby Notes', 'Bridges, buses and the town hall, by a former councillor', 'Home', 'Archive', 'About', '', 'Bridge to reopen after a year of repairs', '', '9 April 2025', '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Bridge to reopen after a year of repairs');
    const f = fates(['Kirkby Notes', 'Bridges, buses and the town hall, by a former councillor', 'Home', 'Archive', 'About', '', 'Bridge to reopen after a year of repairs', '', '9 April 2025', '', P, '', Q, '', R]);
    expect(f['Bridges, buses and the town hall, by a former councillor']).toBe('removed before-headline');
  });

  it('reads a thread whose replies carry a moderator’s header, an edited time and vote counts as the comments', () => {
    const f = fates([...HEAD, P, '', Q, '', R, '', '3 Comments', 'Sort by Newest', '', 'Jo Bell', '1 day ago', 'The north footpath is still shut on weekends.', '4', 'Reply', 'Share ›', '', 'Ana Ruiz Mod Jo Bell', '1 day ago', 'Thanks, I will ask the council about it.', '2', 'Reply', 'Share ›', '', 'kirkby_pete', '5 hours ago edited', 'Is the toll going up as well? Nobody has said.', '1', 'Reply']);
    expect(f['Thanks, I will ask the council about it.']).toBe('removed comments');
    expect(f['Is the toll going up as well? Nobody has said.']).toBe('removed comments');
  });
});

describe('releases and saved pages', () => {
  const release = ['Kirkby Bridge Trust', 'Home', 'News', 'Press Releases', '', 'Bridge to reopen after a year of repairs', '', 'April 9, 2025', '', `KIRKBY – The Kirkby Bridge Trust said on Tuesday that the bridge would reopen in the spring, after a year of repairs.`, '', Q, '', R, '', 'For more information, contact the Trust’s press office at press@kirkbybridge.example.'];

  it('names the issuer of a release from the name above its headline that its first paragraph repeats, and removes its contact line', () => {
    expect(frontmatter(release)['publisher']?.name).toBe('Kirkby Bridge Trust');
    expect(fates(release)['For more information, contact the Trust’s press office at press@kirkbybridge.example.']).toBe('removed notice');
  });

  it('takes the line under a saved page’s headline as its standfirst when the description words it a little differently, over a lone "By"', () => {
    const html = `<!doctype html><html><head><title>Bridge</title><meta name="description" content="The Kirkby bridge will reopen to walkers first and to cars a month later, the council said."></head><body><main><article><h1>Bridge to reopen after a year of repairs</h1><p class="sub-title">The bridge will reopen to walkers first and to cars a month later, the council says</p><div>By</div><div>Ana Ruiz</div><p>${P}</p><p>${Q}</p><p>${R}</p></article></main></body></html>`;
    const r = ingestSeed('page.html', new TextEncoder().encode(html));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.articles[0]!.standfirst?.text).toBe('The bridge will reopen to walkers first and to cars a month later, the council says');
  });
});
