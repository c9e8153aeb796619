/**
 * updates/rss.xml: every correction and recorded change, as RSS 2.0 (written by @astrojs/rss).
 * Item links are absolute and carry the base path; each links to the change or the correction on
 * its page, and its guid is that link.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { paths } from '../../lib/paths.ts';
import { FEED, siteUrls, updateItems } from './_feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const url = siteUrls(site);
  return rss({
    title: FEED.title,
    description: FEED.description,
    site: url(paths.updates()),
    items: updateItems(site).map((i) => ({ title: i.title, link: i.link, description: i.summary, pubDate: i.date })),
    customData: '<language>en</language>',
  });
};
