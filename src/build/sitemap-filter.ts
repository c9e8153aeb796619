/**
 * Which pages go in the sitemap: every page but the alias redirects (`/actors/<alias>/`), which only
 * send readers on to the real entry and are marked noindex.
 */
import { readdirSync } from 'node:fs';

/** A filter for @astrojs/sitemap, reading the actor slugs from `dir` once. */
export function sitemapFilter(dir = 'content/actors'): (page: string) => boolean {
  const actors = new Set(readdirSync(dir).filter((n) => n.endsWith('.mdx')).map((n) => n.replace(/\.mdx$/, '')));
  return (page) => {
    const slug = /\/actors\/([^/]+)\/$/.exec(page)?.[1];
    return slug === undefined || actors.has(slug);
  };
}
