/**
 * The rules held-out round 11 led to (issue #13), each on a small invented page unlike the round's
 * own: a deck of two sentences under a short headline, a government site's banner, the page's own
 * name over a short headline, a kicker that opens with "By", a host's credit after the article, an
 * agency's photo credit and a rank inside a caption, the buttons and lines of galleries, comment
 * forms and trackbacks, a paper's pitch and a reporter's contact line, names and the paper's name
 * over the date, a tagline over a two-item menu, lists a copy lost the bullets of, and a saved
 * page's labelled <h1>, owner-only JSON-LD and deck.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, pageFrontmatter, R } from './pages.ts';
import { readByline } from '../../../../src/lib/ingest/metadata.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { splitCredit, splitInlineCaption } from '../../../../src/lib/ingest/captions.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';

const DATE = '9 April 2025';

describe('headlines', () => {
  it('takes a short headline over a deck of two sentences whose first ends with a year', () => {
    const deck = 'The footbridge has been shut since 2023. There is little sign that the council will pay for the repairs';
    const fm = frontmatter(['Kirkby Courier', 'News', 'Sport', '', 'Comment', '', 'Old bridge, new bill', '', deck, '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Old bridge, new bill');
    expect(fm['standfirst']).toBe(deck);
  });

  it('never takes a government site’s banner toggle for the headline', () => {
    const fm = frontmatter(['An official website of the State of Kirkby', "Here's how you know", 'Home', 'Newsroom', '', 'Bridge to reopen after a year of repairs', '', DATE, '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Bridge to reopen after a year of repairs');
  });

  it('never takes the page’s own name, printed again in its copyright line, for the headline', () => {
    const fm = frontmatter(['The Kirkby Evening Star', 'News', 'Sport', '', 'Bridge reopens', '', 'By Ana Ruiz', DATE, '', P, '', Q, '', R, '', '© 2025 The Kirkby Evening Star']);
    expect(fm['title']).toBe('Bridge reopens');
  });
});

describe('bylines', () => {
  it('reads no byline in a kicker that opens with "By", and still reads an organisation', () => {
    expect(readByline('BY THE NUMBERS')).toBeUndefined();
    expect(readByline('By the way')).toBeUndefined();
    expect(readByline('By The Associated Press')?.organisation ?? readByline('By The Associated Press')?.names).toMatch(/Associated Press/);
  });

  it('takes no byline, and no publisher, from a host’s credit after the article', () => {
    const fm = frontmatter(['Bridge to reopen after a year of repairs', '', DATE, '', P, '', Q, '', R, '', 'Privacy', 'Hosted by Northern Web Services - NWS.example']);
    expect(fm['ingest']?.byline).toBeUndefined();
    expect(fm['publisher']?.name).not.toMatch(/NWS|Northern Web/);
  });

  it('reads the names over the paper’s name over the date as the byline, and drops both lines', () => {
    const lines = ['Bridge reopens', '', 'Jo Bell and Lee Park', 'Kirkby Evening Star', DATE, '', P, '', Q, '', R, '', '© 2025 The Kirkby Evening Star'];
    expect(frontmatter(lines)['ingest']?.byline).toBe('Jo Bell and Lee Park');
    const f = fates(lines);
    expect(f['Jo Bell and Lee Park']).toMatch(/^removed/);
    expect(f['Kirkby Evening Star']).toMatch(/^removed/);
  });
});

describe('captions', () => {
  it('reads an agency’s “(U.S. Army photo by …)” credit whole', () => {
    expect(splitCredit('Engineers lift the new span into place, April 2, 2025. (U.S. Army photo by Sgt. 1st Class Jo Bell)')).toMatchObject({ caption: 'Engineers lift the new span into place, April 2, 2025.', credit: 'U.S. Army photo by Sgt. 1st Class Jo Bell' });
  });

  it('does not cut a caption at a rank or a title', () => {
    expect(splitInlineCaption('Sgt. Jo Bell hugs her son at the armory on Saturday. (Photo: Lee Park/Kirkby Evening Star)')).toBeUndefined();
    const parts = splitCredit('Sgt. Jo Bell hugs her son at the armory on Saturday. (Photo: Lee Park/Kirkby Evening Star)');
    expect(parts?.caption).toBe('Sgt. Jo Bell hugs her son at the armory on Saturday.');
  });

  it('drops a gallery’s “Buy this photo” link', () => {
    const f = fates(['Bridge reopens', '', DATE, '', P, '', Q, '', 'The new span is lifted into place. (Photo: Lee Park/Kirkby Evening Star)', 'Buy this photo', '', R]);
    expect(f['Buy this photo']).toMatch(/^removed/);
  });
});

describe('what a page says about itself', () => {
  it('drops a comment form’s consent line and a trackback', () => {
    const f = fates(['Bridge reopens', '', DATE, '', P, '', Q, '', R, '', 'Trackback: The week in bridges – Span Notes', 'Leave a Reply', 'Save my name, email, and website in this browser for the next time I comment.', 'Post Comment']);
    expect(f['Trackback: The week in bridges – Span Notes']).toMatch(/^removed/);
    expect(f['Save my name, email, and website in this browser for the next time I comment.']).toMatch(/^removed/);
  });

  it('drops a paper’s own pitch and a reporter’s contact line, and keeps news of a price', () => {
    expect(isFirmNotice('Support independent journalism. Subscribe to the Star for £2 a month.')).toBe(true);
    expect(isFirmNotice('Contact Jo Bell at (555) 010-0199.')).toBe(true);
    expect(isFirmNotice('Reach her at jbell@star.example.')).toBe(true);
    expect(isFirmNotice('Residents can subscribe to the new bus pass scheme, which costs more than the old one.')).toBe(false);
    expect(isFirmNotice('Contact between the two councils has been limited since the vote.')).toBe(false);
  });

  it('drops a blog’s tagline over a menu of two items', () => {
    const f = fates(['Span Notes', 'Bridges and footpaths, walked and written up by a retired engineer', 'Home', 'About', '', 'Bridge to reopen after a year of repairs', '', DATE, '', P, '', Q, '', R]);
    expect(f['Bridges and footpaths, walked and written up by a retired engineer']).toMatch(/^removed/);
    expect(f['Bridge to reopen after a year of repairs']).toBe('title');
  });
});

describe('lists a copy lost the bullets of', () => {
  const blocks = (lines: string[]) => parseSeed(lines.join('\n'))[0]!.blocks;

  it('reads the clauses under a numbered paragraph that ends with a colon as a list', () => {
    const items = ['the north footpath;', 'the lighting on both spans; and', 'the east stairs.'];
    const b = blocks(['Bridge reopens', '', DATE, '', `1. ${P}`, '', `2. ${Q}`, '', '3. The works that remain are:', ...items, '', `4. ${R}`]);
    expect(b.find((x) => x.kind === 'list' && !x.ordered)).toMatchObject({ items });
  });

  it('reads three or more sentences on lines that run together as a list where paragraphs stand apart', () => {
    const items = ['Walk on the left.', 'Keep dogs on a lead.', 'Cyclists must dismount on the span.'];
    const b = blocks(['Bridge reopens', '', DATE, '', P, '', Q, '', R, '', P.replace('Tuesday', 'Monday'), '', Q.replace('relieved', 'glad'), '', 'The council asks walkers to follow three rules:', '', ...items, '', R.replace('March', 'May')]);
    expect(b.find((x) => x.kind === 'list')).toMatchObject({ items });
  });

  it('reads no list in a text that runs all its lines together', () => {
    const b = blocks(['Bridge reopens', DATE, P, Q, R, 'Walk on the left.', 'Keep dogs on a lead.', 'Cyclists must dismount on the span.', P.replace('Tuesday', 'Monday')]);
    expect(b.some((x) => x.kind === 'list')).toBe(false);
  });
});

describe('saved pages', () => {
  const body = `<main><article><h1>Explainer: Why the bridge shut</h1><p>What the council knew about the cracks, and when it knew it</p><p>By Ana Ruiz</p><p>${DATE}</p><p>${P}</p><p>${Q}</p><p>${R}</p></article></main>`;

  it('takes the <h1> with its label when the metadata title is the rest of it and the site’s name', () => {
    const fm = pageFrontmatter(`<!doctype html><html><head><title>Why the bridge shut | Kirkby News</title><meta property="og:title" content="Why the bridge shut | Kirkby News"></head><body>${body}</body></html>`);
    expect(fm['title']).toBe('Explainer: Why the bridge shut');
  });

  it('names the owner its only JSON-LD describes as the publisher, and takes the deck under the <h1>', () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'GovernmentOrganization', name: 'Kirkby Borough Council', url: 'https://kirkby.example' });
    const html = `<!doctype html><html><head><title>Why the bridge shut</title><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`;
    const fm = pageFrontmatter(html);
    expect(fm['publisher']?.name).toBe('Kirkby Borough Council');
    expect(fm['standfirst']).toBe('What the council knew about the cracks, and when it knew it');
  });
});
