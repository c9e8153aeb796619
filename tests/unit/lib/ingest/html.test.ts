import { describe, expect, it } from 'vitest';
import { readSavedPage } from '../../../../src/lib/ingest/html.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';

const P = 'The council said on Tuesday that the bridge would reopen in the spring, after a year of repairs that cost far more than planned, and that buses would return.';
const Q = 'Residents who had campaigned for the repairs said they were relieved, although some still worry about the cost of the work to the town and to its shops.';

/** A small saved page with the usual furniture around an article. */
function page(article: string, head = ''): string {
  return `<!doctype html><html><head><title>Bridge to reopen | The Town Times</title>${head}</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<main><article><h1>Bridge to reopen after a year of repairs</h1>${article}</article></main>
<footer><p>© 2024 The Town Times. All rights reserved.</p></footer></body></html>`;
}
const ingest = (html: string) => {
  const r = ingestSeed('page.html', new TextEncoder().encode(html));
  if (!r.ok) throw new Error(r.problem.message);
  return r;
};

describe('saved pages', () => {
  it('removes the author’s biography after the article when only the page’s metadata names the author', () => {
    const html = page(`<p>${P}</p><p>${Q}</p><p>Mina Okafor is a freelance writer who covers transport for the paper.</p>`, '<meta name="author" content="Mina Okafor">');
    const trace = ingest(html).articles[0]!.trace;
    expect(trace.find((t) => t.text.startsWith('Mina Okafor is'))).toMatchObject({ fate: 'removed', rule: 'after-article' });
  });

  it('turns every visible block into a unit with its landmark, and never reads script or style', () => {
    const saved = readSavedPage(page(`<p>${P}</p><script>document.write('x')</script><style>p{}</style><p>${Q}</p>`));
    expect(saved.units.map((u) => u.text)).toEqual(['Home', 'News', 'Bridge to reopen after a year of repairs', P, Q, '© 2024 The Town Times. All rights reserved.']);
    expect(saved.units[0]!.page).toMatchObject({ landmark: 'nav', tag: 'li' });
    expect(saved.units[3]!.page).toMatchObject({ inArticle: true, linkDensity: 0 });
  });

  it('takes title, byline, date and publisher from JSON-LD first, and says where each came from', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Bridge to reopen after a year of repairs","author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Chan"}],"datePublished":"2024-05-02T08:00:00-04:00","publisher":{"@type":"Organization","name":"The Town Times"}}]}</script><meta property="og:title" content="Other title">`;
    const r = ingest(page(`<p>${P}</p><p>${Q}</p>`, ld));
    expect(r.page).toMatchObject({
      title: { value: 'Bridge to reopen after a year of repairs', from: 'JSON-LD NewsArticle "headline"' },
      byline: { value: 'Ann Lee and Bo Chan', from: 'JSON-LD NewsArticle "author"' },
      published: { value: '2024-05-02T08:00:00-04:00' },
    });
    // The date as the page wrote it, not moved to UTC.
    expect(r.drafts[0]!.source).toContain('date: "2024-05-02"');
    expect(r.drafts[0]!.source).toContain('publisher: JSON-LD NewsArticle "publisher"');
  });

  it('falls back to Open Graph and <time datetime> when there is no JSON-LD', () => {
    const r = ingest(page(`<p><time datetime="2024-05-03">3 May</time></p><p>${P}</p><p>${Q}</p>`, '<meta property="og:site_name" content="The Town Times">'));
    expect(r.page?.published).toEqual({ value: '2024-05-03', from: '<time datetime="2024-05-03">' });
    expect(r.page?.publisher).toEqual({ value: 'The Town Times', from: '<meta property="og:site_name">' });
  });

  it('keeps a figure’s caption and credit apart, tables and lists as GFM, and the headline out of the body', () => {
    const r = ingest(page(`<figure><img src="a.jpg" alt=""><figcaption>The bridge on Monday. <span class="credit">Photo: Sam Ellis</span></figcaption></figure><p>${P}</p><ul><li>Buses return in June</li><li>Cyclists may use it now</li></ul><table><tr><th>Year</th><th>Cost</th></tr><tr><td>2023</td><td>£2m</td></tr></table><p>${Q}</p>`));
    const a = r.articles[0]!;
    expect(a.figures).toEqual([{ caption: 'The bridge on Monday.', credit: 'Sam Ellis', line: 4 }]);
    const body = r.drafts[0]!.source.split('\n---\n')[1]!;
    expect(body).toContain('- Buses return in June\n- Cyclists may use it now');
    expect(body).toContain('| Year | Cost |\n| --- | --- |\n| 2023 | £2m |');
    expect(body).not.toContain('Bridge to reopen after a year of repairs');
  });

  it('finds the headline by its shape when the page has no <h1> and no metadata title', () => {
    const html = `<!doctype html><html><body><div class="top"><a href="/">Home</a></div><div><p class="hed">Bridge to reopen after a year of repairs</p><p>${P}</p><p>${Q}</p></div></body></html>`;
    const r = ingest(html);
    expect(r.articles[0]!.title).toMatchObject({ text: 'Bridge to reopen after a year of repairs', source: 'first-line' });
  });

  it('keeps a paragraph that Readability leaves out when it reads as prose, and reports it as "check"', () => {
    const body = `<p>${P}</p><p>${Q}</p><p>${P} Again.</p><p>${Q} Again.</p>`;
    const r = ingest(page(body).replace('</footer>', `</footer><div><div><section><p>${P.replace('bridge', 'ferry')}</p></section></div></div>`));
    const check = r.articles[0]!.checks.find((c) => c.text.includes('ferry'));
    expect(check?.why).toBe('a sentence outside the article Readability found');
  });
});
