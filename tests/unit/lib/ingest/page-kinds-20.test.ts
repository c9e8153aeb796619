/**
 * The rules held-out round 20 (the common kinds again) led to (issue #13), each on a small invented
 * page unlike the round's own: a live page's buttons over its entries, a player's control text, an
 * app's pitch under its heading, a contact's lines and a site's line about itself after the
 * article, a site's name in a saved page's <h1>, a copyright holder with a long name and the parts
 * of it a page prints alone, and a credit in a <cite> beside the <figcaption>.
 */
import { describe, expect, it } from 'vitest';
import { fates, P, pageFates, pageFrontmatter, Q, R } from './pages.ts';
import { readCopyright } from '../../../../src/lib/ingest/metadata.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

const HEAD = ['Harbour Herald', '', 'Council votes on the bridge budget tonight', '', 'By Ana Ruiz', 'April 14, 2025', ''];

describe('live pages and players copied as text', () => {
  it('keeps an entry’s headline under a button that acts on the page ("Load more", "Play audio")', () => {
    const f = fates([...HEAD, P, '', 'Load more', '', '7:40 PM', 'Councillors back the repairs', '', Q, '', 'Play audio', '8:05 PM', 'Budget passes by nine votes to four', '', R, '', '© 2025 Harbour Herald']);
    expect(f['Councillors back the repairs']).toBe('kept');
    expect(f['Budget passes by nine votes to four']).toBe('kept');
    expect(f['Load more']).toMatch(/^removed/);
  });

  it('drops a video player’s control text, its running and remaining time among its buttons', () => {
    const f = fates([...HEAD, P, '', 'Mute', 'Current Time 0:00', '/', 'Duration 3:05', 'Remaining Time -3:05', 'Fullscreen', '', Q, '', R, '', '© 2025 Harbour Herald']);
    for (const line of ['Current Time 0:00', 'Duration 3:05', 'Remaining Time -3:05']) expect(f[line], line).toMatch(/^removed interface/);
    expect(f[Q]).toBe('kept');
  });
});

describe('what follows the article', () => {
  it('drops an app’s pitch under its heading after the article', () => {
    const pitch = 'Alerts for the stories you follow, on your phone and tablet.';
    const f = fates([...HEAD, P, '', Q, '', R, '', 'Get the Harbour Herald app', pitch, '', '© 2025 Harbour Herald']);
    expect(f[pitch]).toBe('removed interface');
  });

  it('drops a contact’s line with an e-mail address or a telephone number after the article, and keeps a sentence giving a helpline in it', () => {
    const helpline = 'Residents with questions about the closure can call the council on 01632 960555.';
    const contact = 'Sam Ellis, Press Officer, Harbourtown, sam.ellis@harbour.example, +44 1632 960321';
    const f = fates([...HEAD, P, '', helpline, '', Q, '', R, '', 'Media enquiries', contact, 'Jo Bell, Communications Lead, Kirkby, 01632 960322', '', '© 2025 Harbour Herald']);
    expect(f[contact]).toBe('removed notice');
    expect(f['Jo Bell, Communications Lead, Kirkby, 01632 960322']).toBe('removed notice');
    expect(f[helpline]).toBe('kept');
  });

  it('drops a footer’s line about the site when it adds "The" to a masthead that joins its words with a dash', () => {
    const about = 'The Severn–Wye Rivers Trust is a charity working with farmers and anglers along both rivers.';
    const f = fates(['Severn–Wye Rivers Trust', 'Home', 'News', 'Donate', '', 'Otters return to the lower Wye', '', 'Published: 14 April 2025', '', P, '', Q, '', R, '', 'Privacy', about, '© 2025 Severn–Wye Rivers Trust']);
    expect(f[about]).toBe('removed notice');
  });
});

describe('saved pages of government portals', () => {
  /** A portal's page: the site's name in the <h1>, the story's title in og:title and an <h3>, a subtitle, a menu link and the holder's long name in the footer. */
  const portal = `<!doctype html><html><head><title>Bridge to reopen to walkers in May - Press Releases - Department of Harbours</title>` +
    `<meta property="og:title" content="Bridge to reopen to walkers in May"></head><body>` +
    `<header><h1>Department of Harbours</h1><p>Harbour Region Authority</p><nav><ul><li><a href="/">Home</a></li><li><a href="/dept">The Department</a></li></ul></nav></header>` +
    `<div class="portlet"><h3 class="header-title">Bridge to reopen to walkers in May</h3><div class="metadata">Monday, 14 April 2025</div>` +
    `<div class="journal-content-article"><p>${P}</p><p>${Q}</p><p>${R}</p></div></div>` +
    `<footer><p>© 2025 Department of Harbours of the Harbour Region Authority. All rights reserved.</p></footer></body></html>`;

  it('takes og:title over an <h1> that the <title> gives as the site’s name after the headline', () => {
    expect(pageFrontmatter(portal)['title']).toBe('Bridge to reopen to walkers in May');
  });

  it('names the copyright holder in full, not a part of its name the page prints alone or a menu link', () => {
    expect(pageFrontmatter(portal)['publisher']?.name).toBe('Department of Harbours of the Harbour Region Authority');
  });

  it('reads a copyright holder whose long name is an organisation’s, and no sentence after "©"', () => {
    expect(readCopyright('© 2025 Department of Roads and Bridges of the Harbour Region Authority. All rights reserved.')).toBe('Department of Roads and Bridges of the Harbour Region Authority');
    expect(readCopyright('© The photos on this page may not be used without the permission of their owners')).toBeUndefined();
  });

  it('takes a figure’s credit from a <cite> beside its <figcaption>', () => {
    const html = `<!doctype html><html><head><title>Bridge</title></head><body><main><h1>Bridge to reopen to walkers in May</h1><figure><img src="bridge.jpg" alt=""><span class="meta"><figcaption>Walkers cross the old bridge on Friday.</figcaption> <cite>Lee Park for the Harbour Herald</cite></span></figure><p>${P}</p><p>${Q}</p><p>${R}</p></main></body></html>`;
    const r = ingestSeed('page.html', new TextEncoder().encode(html));
    if (!r.ok) throw new Error(r.problem.message);
    expect(r.articles[0]!.figures[0]).toMatchObject({ caption: 'Walkers cross the old bridge on Friday.', credit: 'Lee Park for the Harbour Herald' });
    expect(pageFates(html)[P]).toBe('kept');
  });
});
