/**
 * The rules that held-out round 5 led to (issue #13), each on a small invented page unlike the
 * round's own: footnote markers after a full stop, a reading-time line that labels nothing, bare
 * markers that separate a byline's parts, a logo's alt text, a player's running time, a series
 * note and a newsroom's pitch, a print edition's jump lines, running head and index, a list under a
 * colon with one weak interface word, a portal's source line, a company suffix on the copyright,
 * a blog whose <h1> is its own name, and a block between two of the article's outside Readability's.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, R, pageFates } from './pages.ts';
import { featuresOf } from '../../../../src/lib/ingest/features.ts';
import { isFirmNotice, noticesIn } from '../../../../src/lib/ingest/notices.ts';
import { readCopyright } from '../../../../src/lib/ingest/metadata.ts';
import { siteBeside } from '../../../../src/lib/ingest/page-meta.ts';
import { interfaceScore } from '../../../../src/lib/ingest/words.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

const HEAD = ['The Valley Times', 'News', 'Sport', '', 'Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', ''];
const line = (text: string) => featuresOf({ n: 1, text, shape: 'line' });

describe('sentences and headings', () => {
  it('counts a sentence that ends with a footnote marker as a sentence', () => {
    expect(line('The mill closed in 1911, and the wheel was sold for scrap.[3]').endsSentence).toBe(true);
    expect(line('The mill closed in 1911, and the wheel was sold for scrap.²').endsSentence).toBe(true);
    expect(line('Mill prices [3]').endsSentence).toBe(false);
  });

  it('keeps a section heading above the first paragraph when that paragraph ends with a footnote marker', () => {
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', '8 min read', 'Bookmark', 'Print', '', '1. The first crossing', '', `${P}[1]`, '', Q, '', R]);
    expect(f['1. The first crossing']).toMatch(/^(?:kept|check)$/);
  });

  it('takes no reading-time line for the label of a list of teasers', () => {
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', '12 minute read', 'Save', '', 'Part one: the flood', '', P, '', Q, '', R]);
    expect(f['Part one: the flood']).not.toBe('removed teaser');
  });
});

describe('the lines around a byline', () => {
  it('reads a bare "•" between two short fragments as a separator, so the date under it is a date line', () => {
    const f = fates(['The Valley Times', '', 'Bridge to reopen after a year of repairs', '', 'Story by Ana Ruiz', '•', '9 Apr 2025', '•', '4 min read', '', P, '', Q, '', R]);
    expect(f['9 Apr 2025']).toBe('removed date-line');
    expect(f['•']).toMatch(/^removed/);
  });

  it('still reads a bare marker with its item on the next line as a list, under a paragraph', () => {
    const a = parseSeed(['Bridge to reopen after a year of repairs', '', P, '-', 'Repairs to the north arch were finished first.', '-', 'The south arch follows in May.', '', Q, '', R].join('\n'))[0]!;
    expect(a.blocks.find((b) => b.kind === 'list')).toMatchObject({ items: ['Repairs to the north arch were finished first.', 'The south arch follows in May.'] });
  });

  it('takes a logo’s alt text for furniture, never the headline', () => {
    expect(interfaceScore('The Harbour Echo logo').strong).toBe(true);
    expect(interfaceScore('The story behind the new logo').strong).toBe(false);
    const fm = frontmatter(['Portal', 'Home', 'News', '', 'The Harbour Echo logo', 'The Harbour Echo', 'Follow', '', 'Bridge to reopen after a year of repairs', '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Bridge to reopen after a year of repairs');
  });
});

describe('players, pitches and series notes', () => {
  it('removes a running time under a player’s title, and keeps a lone clock time elsewhere', () => {
    expect(fates([...HEAD, P, '', 'Watch: the bridge from the air', '0:48', '', Q, '', R])['0:48']).toBe('removed interface');
    // A live blog's entry times (two or more) stay, even under a player's line.
    const blog = fates([...HEAD, '14:05', P, '', 'Watch: the bridge from the air', '14:20', Q, '', R]);
    expect(blog['14:20']).not.toMatch(/^removed/);
  });

  it('finds a series note and a newsroom’s pitch as notices only the page uses', () => {
    for (const notice of ['This story is part of our series Hidden Rivers.', 'The Valley Times is a non-profit newsroom. We rely on readers like you.']) {
      expect(noticesIn(notice).length, notice).toBeGreaterThan(0);
      expect(isFirmNotice(notice), notice).toBe(true);
    }
    for (const sentence of ['The festival is part of a series of events across the county.', 'Capitol Watch is a nonprofit newsroom that launched in 2019.']) {
      expect(isFirmNotice(sentence), sentence).toBe(false);
    }
  });

  it('removes the pitch after the last paragraph even though it reads as prose', () => {
    const f = fates([...HEAD, P, '', Q, '', R, '', 'The Valley Times is an independent, reader-funded newspaper. Our reporting is free because readers chip in.', 'Donate', '', '© 2025 The Valley Times']);
    expect(f['The Valley Times is an independent, reader-funded newspaper. Our reporting is free because readers chip in.']).toBe('removed notice');
  });

  it('removes a sign-in prompt under a comment header and a rating summary', () => {
    expect(interfaceScore('You need to be logged in to reply.').strong).toBe(true);
    expect(interfaceScore('4.6 out of 5 from 212 ratings').strong).toBe(true);
  });
});

describe('a print edition’s text', () => {
  it('removes jump lines, the running head, the index box and the jump headline, and keeps the sentence the jump broke', () => {
    const f = fates([
      ...HEAD, P, '', Q, '', 'The work will cost more than', 'Cont. on page 6', '', 'IN THIS ISSUE', 'Weather 2', 'Obituaries 18-19', 'Crossword 31', '',
      '6 THE VALLEY TIMES | FRIDAY, APRIL 11, 2025', 'LOCAL', "BRIDGE: 'A year we would rather forget'", 'Cont. from page 1', '', 'the council first thought.', '', R, '', Q.replace('Residents', 'Traders'),
    ]);
    for (const furniture of ['Cont. on page 6', 'IN THIS ISSUE', 'Weather 2', 'Obituaries 18-19', 'Crossword 31', '6 THE VALLEY TIMES | FRIDAY, APRIL 11, 2025', 'LOCAL', "BRIDGE: 'A year we would rather forget'", 'Cont. from page 1']) {
      expect(f[furniture], furniture).toMatch(/^removed/);
    }
    expect(f['The work will cost more than']).not.toMatch(/^removed/);
    expect(f['the council first thought.']).toBe('kept');
  });

  it('reads a row of two with a year as a running head, and not a sentence with a bar in it', () => {
    expect(line('12 THE EXAMPLE POST | MONDAY, MAY 5, 2025').isSeparatorRow).toBe(true);
    expect(line('Ticket prices rose by 10 per cent | the council said the rise was needed in 2025.').isSeparatorRow).toBe(false);
  });
});

describe('lists and publishers', () => {
  it('reads lines under a colon as a list when one item has a weak interface word', () => {
    const a = parseSeed(['Bridge to reopen after a year of repairs', '', P, '', 'The order of works is:', 'Survey of the north arch', 'Removal of the old parapet', 'Painting of the next span', '', Q, '', R].join('\n'))[0]!;
    expect(a.blocks.find((b) => b.kind === 'list')).toMatchObject({ items: ['Survey of the north arch', 'Removal of the old parapet', 'Painting of the next span'] });
  });

  it('names the partner paper as publisher when a portal credits it in a source line and shows its name above the headline', () => {
    const fm = frontmatter(['Portal Home', 'News', 'Weather', '', 'The Harbour Echo', 'Follow', '', 'Bridge to reopen after a year of repairs', '', 'Story by Ana Ruiz', '', P, '', Q, '', R, '', 'Source: The Harbour Echo', 'Like', 'Comment', '', '© 2025 Portal Home']);
    expect(fm['publisher']?.name).toBe('The Harbour Echo');
    expect(fm['publisher']?.via).toBeUndefined();
  });

  it('takes no source line the head does not confirm, such as a chart’s', () => {
    const fm = frontmatter([...HEAD, P, '', Q, '', R, '', 'Source: Office for Rail Statistics', 'Share', '', '© 2025 The Valley Times']);
    expect(fm['publisher']?.name).toBe('The Valley Times');
  });

  it('drops a community interest company’s suffix from the copyright holder, so the masthead it owns is the publisher', () => {
    expect(readCopyright('© 2025 Valley Times CIC. Registered company 12345678.')).toBe('Valley Times');
  });

  it('reads a site’s name beside the headline in a page’s <title>, on either side', () => {
    expect(siteBeside('The Garden Diary: Frost came early this year', 'Frost came early this year')).toBe('The Garden Diary');
    expect(siteBeside('Frost came early this year | The Garden Diary', 'Frost came early this year')).toBe('The Garden Diary');
    expect(siteBeside('Frost came early this year', 'Frost came early this year')).toBeUndefined();
    expect(siteBeside('news: Frost came early this year', 'Frost came early this year')).toBeUndefined();
  });
});

describe('saved pages', () => {
  const blog = (recipeCard: string) => `<!doctype html><html><head><title>The Garden Diary: Frost came early this year</title>
<meta property="og:title" content="Frost came early this year"></head><body>
<header><h1 class="title">The Garden Diary</h1><p>Notes from a small plot</p></header>
<div class="post"><h3 class="post-title">Frost came early this year</h3>
<div class="post-body"><p>${P}</p><p>${Q}</p><p>${R}</p>${recipeCard}<p>${Q.replace('Residents', 'Neighbours')}</p></div></div>
<footer><p>Powered by Blogger</p></footer></body></html>`;

  it('takes the block the metadata’s title names for the headline, not a blog’s own name in its <h1>, and the name from the <title> as publisher', () => {
    const f = pageFates(blog(''));
    expect(f['Frost came early this year']).toBe('title');
    expect(f['The Garden Diary']).toMatch(/^removed/);
    const r = ingestSeed('page.html', new TextEncoder().encode(blog('')));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.drafts[0]!.source).toMatch(/\npublisher:\n  name: The Garden Diary\n/);
  });

  it('keeps a short block between two of the article’s blocks that Readability left out, and checks it', () => {
    const f = pageFates(blog('<div class="recipe-card" style="display:block"><h2 class="recipe-name">Hawthorn jelly</h2></div>'));
    expect(f['Hawthorn jelly']).toMatch(/^(?:kept|check)$/);
  });
});
