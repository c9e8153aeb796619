/**
 * The rules that held-out round 8 led to (issue #13), each on a small invented page unlike the
 * round's own: hard-wrapped text (a PDF's or a plain-text e-mail's) joined into paragraphs across
 * page breaks, a figure that holds a table, an author's biography by her first name, a release
 * labelled as one and its issuer, a date under its own label, a Reader View copy's host name and
 * deck, a newsletter on a platform, a news database's record (its document list, fields, deck
 * label and section label), the header of an embedded social post, a site's line about itself and
 * a council's site.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, R, pageFates } from './pages.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';
import { nameOfHost } from '../../../../src/lib/ingest/frontmatter.ts';
import { reflow, wrapWidth } from '../../../../src/lib/ingest/reflow.ts';

/** Breaks a paragraph into lines of at most `width` characters, as a PDF or a mail client does. */
const wrap = (text: string, width: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
};
const numbered = (lines: string[]) => lines.map((text, i) => ({ n: i + 1, text }));

const S = 'Work on the north arch will start in the second week of May, and the road will be shut to lorries for the whole of that month.';
const T = 'The council has written to the 400 households on the east bank to explain the diversion, and a drop-in session is planned at the library.';

describe('hard-wrapped text', () => {
  const head = ['Valley Council | Statement', 'Bridge to reopen after a year of repairs', ''];
  const [s1, ...sRest] = wrap(S, 64);
  // A page break in the middle of the third paragraph: the footer, the page number, the next page's header.
  const pageBreak = ['Valley Council, Town Hall, Kirkby KB1 2AA', '- 1 -', 'Valley Council | Statement'];
  const third = wrap(T, 64);
  const text = [...head, ...wrap(P, 64), '', ...wrap(Q, 64), '', s1!, ...sRest, '', third[0]!, ...pageBreak, ...third.slice(1), '', ...wrap(R, 64), '', 'Press office: Dana Oyelaran, Head of Communications', 'Phone 01632 960 111', 'Valley Council, Town Hall, Kirkby KB1 2AA', '- 2 -'];

  it('finds the width a text is wrapped at, and none in a browser copy with a paragraph on each line', () => {
    expect(wrapWidth(numbered(text))).toBeGreaterThan(55);
    expect(wrapWidth(numbered(text))).toBeLessThanOrEqual(64);
    expect(wrapWidth(numbered(['Bridge to reopen', '', P, '', Q, '', S, '', T, '', R, '', P, '', Q, '', R]))).toBe(0);
  });

  it('joins each paragraph into one line, across a page break, and changes no word', () => {
    const { lines, joined } = reflow(numbered(text));
    const texts = lines.map((l) => l.text);
    for (const paragraph of [P, Q, S, T, R]) expect(texts).toContain(paragraph);
    expect(joined).toBeGreaterThanOrEqual(5);
    // The page's furniture stays, as lines of their own after the paragraph the break cut.
    expect(lines.filter((l) => l.pageFurniture).map((l) => l.text)).toEqual(['Valley Council | Statement', ...pageBreak, 'Valley Council, Town Hall, Kirkby KB1 2AA', '- 2 -']);
    expect(texts.indexOf('- 1 -')).toBeGreaterThan(texts.indexOf(T));
  });

  it('keeps the contact lines apart: a line ending on a capitalised word and one starting with one are two lines', () => {
    const texts = reflow(numbered(text)).lines.map((l) => l.text);
    expect(texts).toContain('Press office: Dana Oyelaran, Head of Communications');
    expect(texts).toContain('Phone 01632 960 111');
  });

  it('joins a word split by a hyphen at the end of a line without a space, keeping the hyphen', () => {
    const lines = [...head, ...wrap(P, 64), '', ...wrap(Q, 64), '', ...wrap(S, 64), '', 'The contractor said the steelwork would be painted by March, weather', 'permitting, and that the footpath across the bridge would be reinstat-', 'ed first, before the road.', '', ...wrap(R, 64)];
    expect(reflow(numbered(lines)).lines.map((l) => l.text)).toContain('The contractor said the steelwork would be painted by March, weather permitting, and that the footpath across the bridge would be reinstat-ed first, before the road.');
  });

  it('publishes the headline as the title, removes the running header, footer and page numbers, and names the hard wrap in the notes', () => {
    const r = ingestSeed('statement.txt', new TextEncoder().encode(text.join('\n')));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.articles[0]!.title.text).toBe('Bridge to reopen after a year of repairs');
    const f = Object.fromEntries(r.articles[0]!.trace.map((t) => [t.text, t.rule ? `${t.fate} ${t.rule}` : t.fate]));
    expect(f['- 1 -']).toBe('removed page-furniture');
    expect(f['Valley Council, Town Hall, Kirkby KB1 2AA']).toBe('removed page-furniture');
    expect(f[T]).toBe('kept');
    expect(r.notes.join(' ')).toMatch(/hard-wrapped at about \d+ characters/);
  });
});

describe('saved pages: figures, authors, newsletters and councils', () => {
  const html = (body: string, head = '') => `<!doctype html><html><head><title>Bridge</title>${head}</head><body>${body}</body></html>`;
  const article = (inner: string) => `<main><article><h1>Bridge to reopen after a year of repairs</h1><p>${P}</p><p>${Q}</p>${inner}<p>${R}</p></article></main>`;

  it('reads a figure that holds a table as the table and its source note as text, not as a photo and its caption', () => {
    const f = pageFates(html(article('<figure class="table"><table><tr><th>Year</th><th>Crossings</th></tr><tr><td>2023</td><td>41,200</td></tr><tr><td>2024</td><td>38,900</td></tr></table><figcaption>Source: Valley Council traffic counts</figcaption></figure>')));
    expect(f['Year | Crossings | 2023 | 41,200 | 2024 | 38,900']).toBe('kept');
    expect(f['Source: Valley Council traffic counts']).toBe('kept');
  });

  it('takes an author box’s biography that starts with her first name under "About" and her full name as the author’s, not the article’s', () => {
    const f = pageFates(html(`${article('')}<aside class="author-box"><h4>About Mara Quist</h4><p>Mara has covered the valley for the Times since 2016. Write to her at news@valley.example.</p></aside>`, '<meta name="author" content="Mara Quist">'));
    expect(f['Mara has covered the valley for the Times since 2016. Write to her at news@valley.example.']).toMatch(/^removed/);
  });

  it('names the newsletter an article is part of as its publisher, not the platform that hosts it', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'Article', headline: 'Bridge to reopen after a year of repairs', publisher: { '@type': 'Organization', name: 'Postwave' }, isPartOf: { '@type': 'Newsletter', name: 'Letters from the Bridge' } };
    const r = ingestSeed('page.html', new TextEncoder().encode(html(article(''), `<script type="application/ld+json">${JSON.stringify(ld)}</script>`)));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.drafts[0]!.source).toMatch(/publisher:\n {2}name: Letters from the Bridge/);
  });

  it('names the council whose site names only its place, from the council’s own name on the page', () => {
    const r = ingestSeed('page.html', new TextEncoder().encode(html(`${article('')}<footer><p>Town of Marlow Bend</p><p>1 Mill Street</p></footer>`, '<meta property="og:site_name" content="Marlow Bend, VT - Official Website">')));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.drafts[0]!.source).toMatch(/publisher:\n {2}name: Town of Marlow Bend/);
  });
});

describe('releases, dates and Reader View', () => {
  it('takes a release labelled as one for its issuer, named by its "About the …" section', () => {
    const fm = frontmatter(['NEWS RELEASE', '', 'Bridge to reopen after a year of repairs', '', '9 April 2025', '', P, '', Q, '', R, '', 'About the Kirkby Bridge Trust', 'The Kirkby Bridge Trust looks after the town’s three bridges and is funded by tolls and grants.']);
    expect(fm['publisher']?.name).toBe('Kirkby Bridge Trust');
  });

  it('dates a story by its "Originally published" day, not the day a portal posted it, nor an export’s stamp', () => {
    const fm = frontmatter(['Bridge to reopen after a year of repairs', '', 'Posted', '11 Apr 2025', 'Originally published', '9 Apr 2025', '', P, '', Q, '', R]);
    expect(fm['published']?.date).toBe('2025-04-09');
    const stamped = frontmatter(['Exported on: 14 May 2025', '', 'Bridge to reopen after a year of repairs', '', '9 April 2025', '', P, '', Q, '', R]);
    expect(stamped['published']?.date).toBe('2025-04-09');
  });

  it('reads a Reader View copy: its host name spelt out in the copy as the publisher, and the deck past the author, reading time and date', () => {
    const deck = 'The crossing will open to walkers first, and to cars a month later, the council said';
    const fm = frontmatter(['valleytimes.example', 'Bridge to reopen after a year of repairs', 'Ana Ruiz', '4–5 minutes', '', 'Wed 9 Apr 2025 10.00 BST', '', deck, '', P, '', `${Q} Photograph: Jo Bell/The Valley Times`, '', R]);
    expect(fm['publisher']?.name).toBe('The Valley Times');
    expect(fm['standfirst']).toBe(deck);
  });

  it('spells a host name as the copy writes it, with "The" where the copy has it', () => {
    expect(nameOfHost('valleytimes', 'told the Valley Times that… Photo: Jo Bell/The Valley Times')).toBe('The Valley Times');
    expect(nameOfHost('kirkbyecho', 'said to the Kirkby Echo')).toBe('Kirkby Echo');
    expect(nameOfHost('kirkbyecho', 'The Valley Times reported')).toBeUndefined();
  });
});

describe('news database records', () => {
  const record = ['Account: = 5512', 'Printed: = 2025-05-14', 'Results: = 1', '', '1. Bridge to reopen after a year of repairs', '', 'Bridge to reopen after a year of repairs', '', 'The Valley Times', 'April 9, 2025 Wednesday', '', 'Copyright 2025 Valley Times Media Ltd', '', 'Section: LOCAL; Pg. 3', 'Words: 410', 'Byline: Ana Ruiz', 'Highlight: The crossing will open to walkers first, and to cars a month later', 'Text', '', P, '', Q, '', R, '', 'Load-Date: April 10, 2025'];

  it('takes the unnumbered headline, the labelled deck without its label, the byline field and the publication’s own name', () => {
    const fm = frontmatter(record);
    expect(fm['title']).toBe('Bridge to reopen after a year of repairs');
    expect(fm['standfirst']).toBe('The crossing will open to walkers first, and to cars a month later');
    expect(fm['ingest']?.byline).toBe('Ana Ruiz');
    expect(fm['publisher']?.name).toBe('The Valley Times');
    expect(fm['published']?.date).toBe('2025-04-09');
  });

  it('removes the document list, the record’s fields and its section label, and keeps the story', () => {
    const f = fates(record);
    expect(f['1. Bridge to reopen after a year of repairs']).toBe('removed duplicate-line');
    expect(f['Words: 410']).toMatch(/^removed/);
    expect(f['Text']).toBe('removed navigation');
    expect(f[P]).toBe('kept');
  });

  it('keeps a one-word heading under a byline and two dates: they are no record’s fields', () => {
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By: Ana Ruiz', 'Published: 9 April 2025', 'Updated: 10 April 2025', 'Background', P, '', Q, '', R]);
    expect(f['Background']).not.toMatch(/^removed/);
  });
});

describe('embedded posts and a site on itself', () => {
  it('removes an embedded post’s header (name and time) and its platform link, and keeps the post the story quotes', () => {
    const post = 'The footpath is open again from today. Thank you for your patience while the work was done.';
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', '', P, '', Q, '', 'Kirkby Bridge Trust', '9 April at 09:12', post, 'See more on Facebook', '', R]);
    expect(f['Kirkby Bridge Trust']).toBe('removed embed');
    expect(f['9 April at 09:12']).toBe('removed embed');
    expect(f['See more on Facebook']).toMatch(/^removed/);
    expect(f[post]).toBe('kept');
  });

  it('keeps a subheading above a paragraph that a platform link follows when no post’s time or handle stands with it', () => {
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', '', P, '', 'What residents said', Q, 'See more on Facebook', '', R]);
    expect(f['What residents said']).not.toMatch(/^removed/);
  });

  it('removes the site’s line about itself among the footer’s furniture, where its name stands above the headline', () => {
    const f = fates(['Valley Exchange', 'Home | News | Jobs', '', 'Bridge to reopen after a year of repairs', '', '9 April 2025', '', P, '', Q, '', R, '', 'Related', 'Bridge tolls to rise in June', '', 'Valley Exchange is a service of the Kirkby Community Trust.', 'Terms', 'Privacy']);
    expect(f['Valley Exchange is a service of the Kirkby Community Trust.']).toBe('removed notice');
  });
});
