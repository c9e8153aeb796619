/**
 * The updates feeds' items, from the content: every correction and recorded change on the site
 * (src/lib/history.ts), as the RSS and Atom endpoints and the /updates/ page share them. Astro does
 * not route files whose name starts with an underscore, so this module makes no page.
 */
import { model } from '../../data/model.ts';
import { feedItems, type FeedItem } from '../../lib/feeds.ts';
import { siteUpdates } from '../../lib/history.ts';
import { siteUrls } from '../data/_datasets.ts';

export { siteUrls };

/** The items of the updates feeds, newest first. */
export function updateItems(site: URL | undefined): FeedItem[] {
  return feedItems(siteUpdates(model()), siteUrls(site));
}

/** What both feeds say about themselves. */
export const FEED = {
  title: 'Tit for Tat: corrections and updates',
  description: 'Every correction and every recorded change on Tit for Tat, newest first: what changed, on which page, and why.',
} as const;
