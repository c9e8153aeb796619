/**
 * Where the site is deployed, from the environment, so one build can go to any host under any path.
 *
 *   SITE_URL   the origin readers use, e.g. https://example.org (default http://localhost:4321)
 *   BASE_PATH  the path the site lives under, e.g. /tit-for-tat (default /)
 */

/** The resolved `site` and `base` for astro.config.mjs. */
export function siteConfig(env: Record<string, string | undefined>): { site: string; base: string } {
  const site = env['SITE_URL']?.trim() || 'http://localhost:4321';
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL=${JSON.stringify(site)} is not a URL: set it to the site's origin, e.g. https://example.org`);
  }
  const raw = env['BASE_PATH']?.trim() || '/';
  if (!/^\/?[\w./-]*$/.test(raw) || raw.includes('..')) {
    throw new Error(`BASE_PATH=${JSON.stringify(raw)} is not a path: use something like /tit-for-tat`);
  }
  const base = `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, base };
}
