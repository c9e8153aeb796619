/**
 * The site's corrections and recorded changes, newest first (src/lib/history.ts), computed once per
 * content model for the /updates/ pages and the feeds alike.
 */
import { siteUpdates, type HistoryEntry } from '../lib/history.ts';
import { once } from './model.ts';

/** Every correction and recorded change on the site, newest first. */
export function getUpdates(): readonly HistoryEntry[] {
  return once('site-updates', siteUpdates);
}
