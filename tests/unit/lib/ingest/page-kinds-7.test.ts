/**
 * The rules that held-out round 7 led to (issue #13), each on a small invented page unlike the
 * round's own: a byline that comes after a standfirst when a date line stands higher up, a
 * newsletter's footer and a sponsor's regulator line, print copies (the browser's stamp, the page
 * title with its site, print buttons), a question headline among teasers, app-share furniture and
 * the app as publisher, a release's forward-looking statements and its issuer behind a
 * distribution wire, a lone "By" block, a dated statement line, a meter box, a bio outside the
 * extracted article, credits with numbers and a publisher given in microdata or RDFa.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, R, pageFates } from './pages.ts';
import { isFirmNotice, noticesIn } from '../../../../src/lib/ingest/notices.ts';
import { splitCredit } from '../../../../src/lib/ingest/captions.ts';
import { interfaceScore } from '../../../../src/lib/ingest/words.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

const html = (body: string, head = '') => `<!doctype html><html><head><title>Bridge</title>${head}</head><body>${body}</body></html>`;
const savedFrontmatter = (page: string): string => {
  const r = ingestSeed('page.html', new TextEncoder().encode(page));
  if (!r.ok) throw new Error(r.problem.message);
  return r.drafts[0]!.source;
};

describe('newsletters and print copies', () => {
  it('takes the headline above the byline, not a line above an issue’s date line higher up', () => {
    const fm = frontmatter(['View online', 'The Valley Times', 'THE EVENING BRIEFING', 'Friday 11 April 2025 | No. 88', '', 'Hello, and welcome to tonight’s briefing from the newsroom, picked by the editor.', '', 'Bridge to reopen after a year of repairs', '', 'The crossing closed last spring after a barge struck one of its piers.', '', 'By Ana Ruiz, Transport Reporter', '', P, '', Q, '', R]);
    expect(fm['title']).toBe('Bridge to reopen after a year of repairs');
  });

  it('finds an e-mail footer and a financial firm’s regulator line as notices, the first one only a page uses', () => {
    expect(isFirmNotice('You are receiving this email because you subscribed to the Evening Briefing.')).toBe(true);
    expect(noticesIn('Example Savings is authorised by the Financial Conduct Authority.').map((n) => n.kind)).toEqual(['legal']);
    expect(noticesIn('The authority said the bridge was safe.')).toEqual([]);
  });

  it('removes a print copy’s stamp, its page title with the site, and the print buttons, and keeps the story', () => {
    const f = fates(['12/04/2025, 18:03', 'Bridge to reopen after a year of repairs | The Valley Times', '', 'Printed from The Valley Times. Print this page | Close window', '', 'Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', 'Published 9 April 2025', '', P, '', Q, '', R]);
    expect(f['12/04/2025, 18:03']).toBe('removed date-line');
    expect(f['Bridge to reopen after a year of repairs | The Valley Times']).toBe('removed duplicate-line');
    expect(f['Printed from The Valley Times. Print this page | Close window']).toMatch(/^removed/);
    expect(f[P]).toBe('kept');
  });

  it('lists a question headline under a "Related" label as a teaser, and keeps a question in the article', () => {
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', '', P, '', 'Will the tolls go up? The council says not this year.', '', Q, '', R, '', 'Related coverage', 'Analysis: why do our bridges keep failing?', 'Timeline: ten years of repairs', '', '© 2025 The Valley Times']);
    expect(f['Analysis: why do our bridges keep failing?']).toBe('removed teaser');
    expect(f['Will the tolls go up? The council says not this year.']).toBe('kept');
  });
});

describe('app shares, releases and meter boxes', () => {
  it('reads app prompts and placeholders as interface, and the app a copy was shared from as its publisher', () => {
    for (const line of ['Download the Valley Times app for alerts', 'Tap to view image', 'You have 3 free articles left this month.']) expect(interfaceScore(line).strong, line).toBe(true);
    const fm = frontmatter(['Shared from the Valley Times app', 'Open in app', '', 'Bridge to reopen after a year of repairs', '', 'Ana Ruiz', '9 April 2025', '', P, '', Q, '', R]);
    expect(fm['publisher']?.name).toBe('Valley Times');
  });

  it('removes a release’s forward-looking statements with their heading, and keeps its "About" section', () => {
    const about = 'Harrow Valves designs and makes valves for water utilities in eleven countries, and employs 900 people.';
    const f = fates(['Harrow Valves to open a second plant', '', 'LEEDS, England--(BUSINESS WIRE)--Harrow Valves Ltd said on Monday it would open a second plant, adding 200 jobs.', '', P, '', Q, '', 'About Harrow Valves', '', about, '', 'Forward-Looking Statements', '', 'This press release contains forward-looking statements about the plant’s timing and cost, which involve risks.', '', 'Contacts', 'Media', 'Jo Bell', '+44 113 496 0000']);
    expect(f['This press release contains forward-looking statements about the plant’s timing and cost, which involve risks.']).toBe('removed notice');
    expect(f['Forward-Looking Statements']).toMatch(/^removed/);
    expect(f[about]).toBe('kept');
    expect(f['About Harrow Valves']).toBe('kept');
  });

  it('names the issuer of a release a distribution wire carries, from its "About" section', () => {
    const fm = frontmatter(['Business Wire', 'Newsroom', '', 'Harrow Valves to open a second plant', '', 'LEEDS, England--(BUSINESS WIRE)--Harrow Valves Ltd said on Monday it would open a second plant, adding 200 jobs.', '', P, '', Q, '', 'About Harrow Valves', '', 'Harrow Valves designs and makes valves for water utilities in eleven countries, and employs 900 people.']);
    expect(fm['publisher']?.name).toBe('Harrow Valves');
  });

  it('takes no "About" heading for an issuer without a wire’s tag', () => {
    const fm = frontmatter(['The Valley Times', 'News', '', 'Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', '', P, '', Q, '', 'About the bridge', '', R, '', '© 2025 The Valley Times']);
    expect(fm['publisher']?.name).toBe('The Valley Times');
  });
});

describe('saved pages', () => {
  it('reads "By" in a block of its own with the names in the next as one byline', () => {
    const f = pageFates(html(`<main><article><h1>Bridge to reopen after a year of repairs</h1><div class="byline"><span>By</span></div><div class="authors"><a href="/ana">Ana Ruiz and Tom Bell</a></div><p>${P}</p><p>${Q}</p><p>${R}</p></article></main>`));
    expect(f['By']).toBe('removed byline');
    expect(f['Ana Ruiz and Tom Bell']).toBe('removed byline');
  });

  it('reads a statement’s dated line (date, place, office) as a date line', () => {
    const f = pageFates(html(`<main><h1>Statement on the bridge repairs</h1><p>9 April 2025 – Valley Town – Department of Roads</p><p>${P}</p><p>${Q}</p><p>${R}</p></main>`));
    expect(f['9 April 2025 – Valley Town – Department of Roads']).toBe('removed date-line');
  });

  it('removes the author’s biography outside the extracted article', () => {
    const f = pageFates(html(`<main><article><h1>Bridge to reopen after a year of repairs</h1><p>By Ana Ruiz</p><p>${P}</p><p>${Q}</p><p>${R}</p></article><div class="author-card"><p>Ana Ruiz covers transport and planning for the Valley Times.</p></div></main>`));
    expect(f['Ana Ruiz covers transport and planning for the Valley Times.']).toBe('removed after-article');
  });

  it('takes the publisher from microdata or RDFa when no meta tag names one', () => {
    const rdfa = html(`<div property="publisher" typeof="GovernmentOrganization"><meta property="name" content="Government of Valley"></div><main><h1>Statement on the bridge repairs</h1><p>${P}</p><p>${Q}</p><p>${R}</p></main>`);
    expect(savedFrontmatter(rdfa)).toMatch(/\npublisher:\n {2}name: Government of Valley\n/);
    const microdata = html(`<main itemscope itemtype="https://schema.org/NewsArticle"><h1>Bridge</h1><div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">The Valley Times</span></div><p>${P}</p><p>${Q}</p><p>${R}</p></main>`);
    expect(savedFrontmatter(microdata)).toMatch(/\npublisher:\n {2}name: The Valley Times\n/);
  });

  it('reads a credit whose name holds a number, as a radio station’s does', () => {
    expect(splitCredit('The quay at low tide. Picture: Valley 101.5')).toEqual({ caption: 'The quay at low tide.', credit: 'Valley 101.5' });
  });
});
