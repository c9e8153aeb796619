import { XMLParser } from 'fast-xml-parser';
// A well-formedness check that throws, naming the line and column, on any XML error.
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { atomFeed, feedItems, rfc3339, xmlEscape } from '../../../src/lib/feeds.ts';
import { siteUpdates } from '../../../src/lib/history.ts';
import { site } from './content/fixture.ts';

const url = (path: string) => `https://example.org/base/${path}`;
const feed = { self: url('updates/atom.xml'), page: url('updates/'), title: 'Updates & <corrections>', subtitle: 'What changed.', author: 'Tit for Tat', fallbackUpdated: new Date('2031-01-01T00:00:00Z') };

describe('the updates feeds', () => {
  it('turns every change into an item that links to its line in the page’s history', () => {
    const items = feedItems(siteUpdates(site()), url);
    expect(items.map((i) => i.title)).toEqual(['Update: Northern Ferry Line', 'Update: Why did the ferries stop?', 'Update: Why did the ferries stop?']);
    expect(items[1]!.link).toMatch(/^https:\/\/example\.org\/base\/explainers\/why-did-the-ferries-stop\/#change-[0-9a-f]{8}$/);
    expect(items[1]!.summary).toBe('Added what the fishermen said. A second paragraph of the report quotes them.');
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  it('writes well-formed Atom with the elements RFC 4287 requires of a feed and of each entry', () => {
    const xml = atomFeed(feed, feedItems(siteUpdates(site()), url));
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(xml).feed;
    expect(doc['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.title).toBe('Updates & <corrections>');
    expect(doc.id).toBe(feed.self);
    expect(doc.updated).toBe('2031-05-08T00:00:00Z');
    expect(doc.author.name).toBe('Tit for Tat');
    expect(doc.link.find((l: Record<string, string>) => l['@_rel'] === 'self')['@_href']).toBe(feed.self);
    expect(doc.entry).toHaveLength(3);
    for (const e of doc.entry) {
      expect(e.id).toMatch(/^https:\/\//);
      expect(e.title).toBeTruthy();
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      expect(e.link[0]['@_rel']).toBe('alternate');
      expect(e.summary['#text']).toBeTruthy();
    }
  });

  it('gives an empty feed the date it is given, and escapes markup in every text', () => {
    const xml = atomFeed(feed, [{ id: url('x'), title: 'A <b> & "c"', link: url('x?a=1&b=2'), summary: "it's", date: new Date('2031-02-03T00:00:00Z') }]);
    expect(xml).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(xml).toContain('href="https://example.org/base/x?a=1&amp;b=2"');
    expect(atomFeed(feed, [])).toContain('<updated>2031-01-01T00:00:00Z</updated>');
    expect(xmlEscape("<&>'\"")).toBe('&lt;&amp;&gt;&apos;&quot;');
    expect(rfc3339(new Date('2024-02-02T00:00:00Z'))).toBe('2024-02-02T00:00:00Z');
  });
});
