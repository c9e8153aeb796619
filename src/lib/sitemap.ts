/**
 * Which pages go in the sitemap: every page but the alias redirects (`/actors/<alias>/`), which only
 * send readers on to the real entry and are marked noindex.
 */

/** A filter for @astrojs/sitemap, given the real actors' slugs. */
export function sitemapFilter(actors: ReadonlySet<string>): (page: string) => boolean {
  return (page) => {
    const slug = /\/actors\/([^/]+)\/$/.exec(page)?.[1];
    return slug === undefined || actors.has(slug);
  };
}
