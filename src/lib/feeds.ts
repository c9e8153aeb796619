/**
 * The updates feeds: every correction and recorded change on the site (src/lib/history.ts) as feed
 * items, and the Atom 1.0 document (RFC 4287) written from them. The RSS 2.0 feed is written by
 * @astrojs/rss from the same items. Pure; dates come from the content, so the feeds of the same
 * content are byte-identical.
 */
import { partialDateStart } from './dates.ts';
import { entryPath, type HistoryEntry } from './history.ts';
import { anchors } from './paths.ts';

/** One item of the updates feeds. */
export interface FeedItem {
  /** A permanent, unique id: the entry's page and key. */
  id: string;
  title: string;
  /** The page, at the change or the correction. */
  link: string;
  /** What changed and why, in plain text. */
  summary: string;
  date: Date;
}

/** Readers' words for how an undated correction is dated. */
export const DATING_NOTE: Record<HistoryEntry['dating'], string> = {
  own: '',
  evidence: 'The correction has no date of its own: it is listed under the date of the newest record that shows it.',
  article: 'The correction has no date of its own: it is listed under the date of the article.',
};

/** The feed items of history entries, newest first. `url(path)` makes an absolute URL of a site path. */
export function feedItems(entries: readonly HistoryEntry[], url: (path: string) => string): FeedItem[] {
  return entries.map((e) => {
    const label = e.kind === 'correction' ? 'Correction' : 'Update';
    const link = url(entryPath(e));
    return {
      id: url(`${e.page.path}#${anchors.change(e.key)}`),
      title: `${label}: ${e.page.title}`,
      link,
      summary: [e.what, e.why, DATING_NOTE[e.dating]].filter(Boolean).join(' '),
      date: partialDateStart(e.date),
    };
  });
}

/** Escapes text for XML character data and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An RFC 3339 date-time, as Atom requires: `2024-02-02T00:00:00Z`. */
export function rfc3339(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** What the Atom feed says about itself. */
export interface AtomFeed {
  /** Its own address (rel="self"), which is also its id. */
  self: string;
  /** The page it is the feed of (rel="alternate"). */
  page: string;
  title: string;
  subtitle: string;
  /** Who publishes it (the feed's author, so no entry needs one of its own). */
  author: string;
  /** When the feed last changed, if it has no items (otherwise its newest item's date). */
  fallbackUpdated: Date;
}

/**
 * The Atom 1.0 document: a feed with its id, title, subtitle, author, updated, self and alternate
 * links, and one entry per item with its id, title, updated, alternate link and summary.
 */
export function atomFeed(feed: AtomFeed, items: readonly FeedItem[]): string {
  const updated = items.reduce((d, i) => (i.date > d ? i.date : d), items.length > 0 ? new Date(0) : feed.fallbackUpdated);
  const entry = (i: FeedItem): string =>
    [
      '  <entry>',
      `    <id>${xmlEscape(i.id)}</id>`,
      `    <title>${xmlEscape(i.title)}</title>`,
      `    <updated>${rfc3339(i.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(i.link)}"/>`,
      `    <summary type="text">${xmlEscape(i.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${xmlEscape(feed.self)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <subtitle>${xmlEscape(feed.subtitle)}</subtitle>`,
    `  <author><name>${xmlEscape(feed.author)}</name></author>`,
    `  <updated>${rfc3339(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.page)}"/>`,
    ...items.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

