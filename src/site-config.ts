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

/** Which pipeline a build runs: the site's (`full`), or the benchmark's floor (`bare`). */
export type PipelineMode = 'full' | 'bare';

/**
 * The pipeline from `TFT_PIPELINE` (default `full`). `bare` is the benchmark's floor: the same Astro,
 * MDX, unified processor, pages and data modules, but none of the site's remark plugins and none of
 * its integrations (see bench/bare.ts). It exists for `npm run bench`; a deploy never sets it.
 */
export function pipelineMode(env: Record<string, string | undefined>): PipelineMode {
  const raw = env['TFT_PIPELINE']?.trim() || 'full';
  if (raw !== 'full' && raw !== 'bare') throw new Error(`TFT_PIPELINE=${JSON.stringify(raw)} is not a pipeline: use full (the default) or bare (the benchmark's floor)`);
  return raw;
}
