/**
 * The rules held-out round 23 (agency copy with a correction, a university story, a spouse's blog,
 * a published memo, an op-ed, and saved Squarespace, Medium and Blogger pages) led to (issue #13),
 * each on a small invented page unlike the round's own: a byline that names only an agency, a
 * date with no space after its comma, font-size buttons, a headline of two sentences, a document's
 * file name over its letterhead, a pager, a memo's contact and status lines, a blog platform named
 * as publisher, a valediction and a blog's sidebar after its comments, a university's footer, and
 * a biography with a phrase between commas.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, pageFrontmatter, Q, R } from './pages.ts';

const S = 'Engineers replaced the deck plank by plank and repainted the steelwork, which is why the work took a full year.';

describe('agency copy on a paper’s site', () => {
  const lines = ['Harbour Daily', 'Monday, April 15, 2025', 'News', 'Region', 'World', 'Sport', '', 'Bridge to reopen to walkers', '', 'By Reuters - Apr 14,2025 - Last updated at Apr 15,2025', 'Font size', 'A+', 'A-', '', P, '', Q, '', R, '', '© 2025 Harbour Daily'];

  it('reads a byline that names only an agency as the agency carried, and its date with no space after the comma', () => {
    const fm = frontmatter(lines);
    expect(fm['publisher']).toMatchObject({ name: 'Harbour Daily', via: 'Reuters' });
    expect(fm['published']?.date).toBe('2025-04-14');
    expect(fm['ingest']?.byline).toBeUndefined();
  });

  it('drops the font-size buttons', () => {
    const f = fates(lines);
    expect(f['A+']).toMatch(/^removed/);
    expect(f['A-']).toMatch(/^removed/);
  });
});

describe('headlines', () => {
  it('takes a headline of two sentences whose last is left open, when no other line is one, with the deck under it', () => {
    const headline = 'The bridge was worth saving. The next repair must not wait forty years';
    const deck = 'The council spent twice what it planned. What it lacks is a plan for the next repair';
    const fm = frontmatter(['Harbour Daily', 'Opinion', '', headline, '', deck, '', 'By Ana Ruiz', 'April 14, 2025', '', P, '', Q, '', R, '', '© 2025 Harbour Daily']);
    expect(fm['title']).toBe(headline);
    expect(fm['standfirst']).toBe(deck);
  });

  it('takes neither a document’s file name over its letterhead nor a pager for the headline', () => {
    const memo = ['Bridge memo - 4.14.25 - PUBLIC VERSION', '', 'HARBOUR BRIDGE TRUST', '12 Quay Street · Harbourtown', '', 'BRIEFING', '', 'The bridge repairs: three questions for the council', '', 'April 14, 2025', '', P, '', Q, '', R, '', 'For questions about this briefing, contact Jo Bell at jo@bridgetrust.example or (555) 555-0164.', '', 'Harbour Bridge Trust is a nonpartisan 501(c)(3) organization. This briefing may be quoted with attribution.'];
    const fm = frontmatter(memo);
    expect(fm['title']).toBe('The bridge repairs: three questions for the council');
    expect(fm['publisher']?.name).toBe('Harbour Bridge Trust');
    const f = fates(memo);
    expect(f[memo[0]!]).toMatch(/^removed/);
    expect(f[memo[17]!]).toBe('removed notice');
    expect(f[memo[19]!]).toBe('removed notice');
    expect(frontmatter(['Harbour Forum', '', 'Bridge to reopen to walkers after a year', '', 'Page 1 of 3', '', P, '', Q, '', R])['title']).toBe('Bridge to reopen to walkers after a year');
  });
});

describe('blogs', () => {
  it('names a hosted blog as publisher, not its platform, and its post’s title, not the blog’s <h1>', () => {
    const html = `<!doctype html><html><head><title>Harbour Walks: Bridge to reopen to walkers</title>` +
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Bridge to reopen to walkers","datePublished":"2025-04-14T09:00:00Z","publisher":{"@type":"Organization","name":"Blogger"}}</script></head>` +
      `<body><header><h1><a href="/">Harbour Walks</a></h1></header><main><h3>Bridge to reopen to walkers</h3><p>${P}</p><p>${Q}</p><p>${R}</p></main></body></html>`;
    const fm = pageFrontmatter(html);
    expect(fm['title']).toBe('Bridge to reopen to walkers');
    expect(fm['publisher']?.name).toBe('Harbour Walks');
  });

  it('keeps a valediction and the first name under the last paragraph, and drops the sidebar after the comments', () => {
    const bio = 'I’m Maria: a walker, a grandmother and a terrible baker. I write about the town.';
    const f = fates([
      'Harbour Walks', '', 'Bridge to reopen to walkers', '', 'April 14, 2025', '', P, '', Q, '', R, '', 'Love,', 'Maria', '', 'Share this:', 'Facebook', '',
      '3 thoughts on “Bridge to reopen to walkers”', '', 'Jo B.', 'April 14, 2025 at 9:03 pm', 'Finally! See you on the bridge.', 'Reply', '', 'Sam', 'April 15, 2025 at 7:10 am', 'So glad.', 'Reply', '',
      'Leave a Reply', '', 'About me', bio, '', 'Blog at WordPress.com.',
    ]);
    expect(f['Love,']).toBe('check');
    expect(f['Maria']).toBe('check');
    expect(f[bio]).toBe('removed after-article');
    expect(f['Blog at WordPress.com.']).toMatch(/^removed/);
  });
});

describe('what follows a story', () => {
  it('drops a university’s offer of its experts and its land acknowledgement, and an author’s biography with a phrase between commas', () => {
    const offer = 'Our faculty are available to speak with reporters on many topics.';
    const land = 'The college stands on the traditional lands of the Coast Salish peoples.';
    const bio = 'Ana Ruiz, a former council engineer, is a visiting fellow at the Harbour Institute.';
    const f = fates(['Harbour College News', '', 'Bridge to reopen to walkers', '', 'By Ana Ruiz', 'April 14, 2025', '', P, '', Q, '', R, '', S, '', bio, '', 'Find an expert', offer, '', land, '', '© 2025 Harbour College']);
    expect(f[offer]).toBe('removed notice');
    expect(f[land]).toBe('removed notice');
    expect(f[bio]).toBe('removed after-article');
    expect(f[S]).toBe('kept');
  });
});
