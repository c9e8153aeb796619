/** updates/atom.xml: every correction and recorded change, as Atom 1.0 (src/lib/feeds.ts). */
import type { APIRoute } from 'astro';
import { model } from '../../data/model.ts';
import { atomFeed } from '../../lib/feeds.ts';
import { contentDate } from '../../lib/history.ts';
import { labels, paths } from '../../lib/paths.ts';
import { partialDateStart } from '../../lib/dates.ts';
import { FEED, siteUrls, updateItems } from './_feed.ts';

export const GET: APIRoute = ({ site }) => {
  const url = siteUrls(site);
  const body = atomFeed(
    { self: url(paths.updatesAtom()), page: url(paths.updates()), title: FEED.title, subtitle: FEED.description, author: labels.site, fallbackUpdated: partialDateStart(contentDate(model()) || '1970') },
    updateItems(site),
  );
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
