/**
 * Internal URLs. Every link the site writes goes through `href()`, so a deploy under a base path
 * (`/tit-for-tat/`) and `trailingSlash: 'always'` never break a link.
 */

/**
 * Joins the base path and a site path, keeping a trailing slash on pages and none on files.
 *
 * @param base The configured base, e.g. `/` or `/tit-for-tat/`.
 * @param path A site path such as `articles/x/`, `/articles/x/#p3` or `favicon.svg`.
 */
export function href(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const [pathPart = '', hash] = path.split('#', 2) as [string, string | undefined];
  let p = pathPart.replace(/^\/+/, '');
  const isFile = /\.[a-z0-9]+$/i.test(p);
  if (p && !isFile && !p.endsWith('/')) p += '/';
  return `${cleanBase}${p}${hash !== undefined ? `#${hash}` : ''}`;
}

/** Path of an article page. */
export const articlePath = (slug: string): string => `articles/${slug}/`;
