/**
 * The rules that held-out round 6 led to (issue #13), each on a small invented page unlike the
 * round's own: an <article> whose class names a newsletter, a heading past a subscribe box, a
 * standfirst outside the extracted article, pipe rows without a delimiter row, a headline that asks
 * and then says, organisations named with "for", label prefixes ("See also:"), a sign-up pitch over
 * an e-mail field, every author's biography, citation and translation credits, an agency's
 * dateline on a line of its own, a date line with its office, a title with the site's name after
 * the <h1>, a wiki's notice boxes and a credit's closing full stop.
 */
import { describe, expect, it } from 'vitest';
import { fates, frontmatter, P, Q, R, pageFates } from './pages.ts';
import { splitCredit } from '../../../../src/lib/ingest/captions.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';
import { isStandaloneDateline, looksLikeOrganisation, readCopyright } from '../../../../src/lib/ingest/metadata.ts';
import { isFirmNotice } from '../../../../src/lib/ingest/notices.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';
import { interfaceScore } from '../../../../src/lib/ingest/words.ts';

const draft = (html: string): string => {
  const r = ingestSeed('page.html', new TextEncoder().encode(html));
  if (!r.ok) throw new Error(r.problem.message);
  return r.drafts[0]!.source;
};

describe('saved pages', () => {
  it('reads an <article> whose class names a newsletter as the article, not a newsletter box', () => {
    const f = pageFates(`<!doctype html><html><head><title>Bridge</title></head><body><article class="newsletter-post"><h1>Bridge to reopen after a year of repairs</h1><div class="body"><p>${P}</p><p>${Q}</p><p>${R}</p></div></article></body></html>`);
    expect(f[P]).toBe('kept');
  });

  it('keeps a heading past a subscribe box, between two of the article’s paragraphs', () => {
    const f = pageFates(`<!doctype html><html><head><title>Bridge</title></head><body><article><h1>Bridge to reopen after a year of repairs</h1><div class="body"><p>${P}</p><p>${Q}</p><p>Thanks for reading! Subscribe for free to receive new posts.</p><form><button>Subscribe</button></form><h2>The cost</h2><p>${R}</p><p>${Q.replace('Residents', 'Traders')}</p></div></article></body></html>`);
    expect(f['The cost']).toMatch(/^(?:kept|check)$/);
  });

  it('takes the paragraph between the headline and the byline for the standfirst', () => {
    const source = draft(`<!doctype html><html><head><title>Bridge</title></head><body><h1>Bridge to reopen after a year of repairs</h1><p>The crossing closed last spring after a barge struck one of its piers</p><div>By Ana Ruiz</div><div>9 April 2025</div><article><p>${P}</p><p>${Q}</p><p>${R}</p></article></body></html>`);
    expect(source).toMatch(/\nstandfirst: The crossing closed last spring after a barge struck one of its piers\n/);
  });

  it('takes the <h1> for the title when the metadata’s title adds the site’s name, and the name for the publisher', () => {
    const source = draft(`<!doctype html><html><head><title>Bridge to reopen after a year of repairs - Valley Wiki News</title><meta property="og:title" content="Bridge to reopen after a year of repairs - Valley Wiki News"></head><body><h1>Bridge to reopen after a year of repairs</h1><p>${P}</p><p>${Q}</p><p>${R}</p></body></html>`);
    expect(source).toMatch(/\ntitle: Bridge to reopen after a year of repairs\n/);
    expect(source).toMatch(/\npublisher:\n {2}name: Valley Wiki News\n/);
  });

  it('removes a wiki’s site notice and notice box', () => {
    const f = pageFates(`<!doctype html><html><head><title>Bridge</title></head><body><div id="siteNotice"><p>Write for Valley Wiki News: find out how to start an article.</p></div><h1>Bridge to reopen after a year of repairs</h1><div id="siteSub">From Valley Wiki News, the news anyone can write</div><div id="content"><p>${P}</p><p>${Q}</p><p>${R}</p><table class="ambox ambox-notice"><tr><td>This article is published. Please do not make major changes.</td></tr></table></div></body></html>`);
    expect(f['Write for Valley Wiki News: find out how to start an article.']).toMatch(/^removed/);
    expect(f['From Valley Wiki News, the news anyone can write']).toMatch(/^removed/);
    expect(f['This article is published. Please do not make major changes.']).toMatch(/^removed/);
  });

  it('drops a credit’s closing full stop but keeps an initial’s', () => {
    expect(splitCredit('The bell in its frame. Image: Jo Bell.')?.credit).toBe('Jo Bell');
    expect(splitCredit('The bell in its frame. Photo: A. B.')?.credit).toBe('A. B.');
  });
});

describe('raw text', () => {
  it('reads pipe rows that lost their delimiter row as a table, and not a menu row', () => {
    const a = parseSeed(['Bridge to reopen after a year of repairs', '', P, '', 'Year | Crossings | Closures', '2023 | 41,200 | 3', '2024 | 38,900 | 7', '', Q, '', R, '', 'Home | News | Sport'].join('\n'))[0]!;
    expect(a.blocks.find((b) => b.kind === 'table')).toMatchObject({ header: ['Year', 'Crossings', 'Closures'], rows: [['2023', '41,200', '3'], ['2024', '38,900', '7']] });
    expect(a.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
  });

  it('takes a headline that asks and then says ("X? Y") as one headline', () => {
    const fm = frontmatter(['The Valley Institute for Transport Research', 'Research', 'Events', '', 'Open or shut? Counting ten years of closures on the valley bridge', '', 'The bridge has closed more often, but for shorter spells', '', 'By Ana Ruiz', '9 April 2025', '', P, '', Q, '', R, '', '© 2025 The Valley Institute']);
    expect(fm['title']).toBe('Open or shut? Counting ten years of closures on the valley bridge');
    expect(fm['publisher']?.name).toBe('The Valley Institute for Transport Research');
    expect(looksLikeOrganisation('The Centre for Coastal Studies')).toBe(true);
  });

  it('reads label prefixes as interface and removes a sign-up pitch over an e-mail field', () => {
    for (const line of ['See also: Council approves the budget', 'Related: Why the bridge keeps closing']) expect(interfaceScore(line).strong, line).toBe(true);
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz', '9 April 2025', '', P, '', 'Sign up for Valley Notes, our weekly round-up of transport news.', 'Email address', 'Subscribe', '', Q, '', R]);
    expect(f['Sign up for Valley Notes, our weekly round-up of transport news.']).toBe('removed interface');
  });

  it('removes the biographies of every author of the byline, and citation, translation and permission notes', () => {
    const f = fates(['Bridge to reopen after a year of repairs', '', 'By Ana Ruiz and Tom Bell', '9 April 2025', '', P, '', Q, '', R, '', 'Ana Ruiz is a transport reporter.', 'Tom Bell is a research analyst at the institute.', '', '© 2025 The Valley Times']);
    expect(f['Tom Bell is a research analyst at the institute.']).toMatch(/^removed/);
    for (const note of ['Suggested citation: Ruiz, A. (2025), "Bridge", Valley Times.', '(Translated by: A. B. Karim)', 'Quotation is permitted provided the source is cited.']) expect(isFirmNotice(note), note).toBe(true);
    expect(isFirmNotice('The report was translated into five languages.')).toBe(false);
  });

  it('reads an agency’s dateline on a line of its own as the date, never the headline, and the holder of "All rights reserved to X"', () => {
    expect(isStandaloneDateline('Valleytown, Sunday 24 January 2024 (VNA) –')).toBe(true);
    const fm = frontmatter(['Valley News Agency (VNA)', 'Home', 'Local', '', 'Valleytown, Sunday 24 January 2024 (VNA) –', '', 'Bridge to reopen after a year of repairs', '', P, '', Q, '', R, '', 'All rights reserved to Valley News Agency (VNA) © 2024']);
    expect(fm['title']).toBe('Bridge to reopen after a year of repairs');
    expect(fm['published']?.date).toBe('2024-01-24');
    expect(readCopyright('All rights reserved to Valley News Agency (VNA) © 2024')).toBe('Valley News Agency');
  });

  it('reads a date line with its office after a bar as the published date', () => {
    const fm = frontmatter(['Ministry of Roads', 'Newsroom', '', 'Minister holds a briefing on the bridge', '', 'Feb. 3, 2024 | Ministry of Roads Press Office', '', P, '', Q, '', R]);
    expect(fm['published']?.date).toBe('2024-02-03');
  });
});
