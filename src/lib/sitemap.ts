/**
 * Which pages go in the sitemap: every page but the redirects — the alias pages (`/actors/<alias>/`)
 * and the old addresses of renamed entries — which only send readers on and are marked noindex.
 */

/**
 * A filter for @astrojs/sitemap, given the real actors' slugs and the pathnames (with the base) of
 * the old addresses of renamed entries (src/lib/moved.ts).
 */
export function sitemapFilter(actors: ReadonlySet<string>, moved: ReadonlySet<string> = new Set()): (page: string) => boolean {
  return (page) => {
    if (moved.has(new URL(page).pathname)) return false;
    const slug = /\/actors\/([^/]+)\/$/.exec(page)?.[1];
    return slug === undefined || actors.has(slug);
  };
}
