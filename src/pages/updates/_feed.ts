/**
 * The updates feeds' items, from the content: every correction and recorded change on the site
 * (src/lib/history.ts), for the RSS and Atom endpoints. Astro does
 * not route files whose name starts with an underscore, so this module makes no page.
 */
import { getUpdates } from '../../data/updates.ts';
import { feedItems, type FeedItem } from '../../lib/feeds.ts';
import { siteUrls } from '../data/_datasets.ts';

export { siteUrls };

/** The items of the updates feeds, newest first. */
export function updateItems(site: URL | undefined): FeedItem[] {
  return feedItems(getUpdates(), siteUrls(site));
}

/** What both feeds say about themselves. */
export const FEED = {
  title: 'Tit for Tat: corrections and updates',
  description: 'Every correction and every recorded change on Tit for Tat, newest first: what changed, on which page, and why.',
} as const;
