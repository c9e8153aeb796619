/**
 * Where the site is deployed, from the environment, so one build can go to any host under any path.
 *
 *   SITE_URL   the origin readers use, e.g. https://example.org (default http://localhost:4321)
 *   BASE_PATH  the path the site lives under, e.g. /tit-for-tat (default /)
 *
 * The default origin is for a reader's own machine. A deploy build must never ship it in canonical
 * URLs, social cards, the feed and the sitemap, so `astro build` refuses to run without SITE_URL
 * when it looks like a deploy: under CI (`CI` set, as every CI service does) or with `DEPLOY` set.
 */

/** The origin a build gets when SITE_URL is unset: right for `npm start`, wrong for any deploy. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** True for an environment flag that is set to anything but empty, `0` or `false`. */
function isOn(value: string | undefined): boolean {
  const v = value?.trim().toLowerCase();
  return v !== undefined && v !== '' && v !== '0' && v !== 'false';
}

/**
 * The Astro command a process runs (`build`, `dev`, `preview`, `check`…), from its arguments: the
 * first one after the script that is not a flag. Undefined outside the Astro CLI's usual shape.
 */
export function astroCommand(argv: readonly string[]): string | undefined {
  return argv.slice(2).find((a) => !a.startsWith('-'));
}

/**
 * The resolved `site` and `base` for astro.config.mjs.
 *
 * @param env The environment (`process.env`).
 * @param command The Astro command being run; only `build` is checked for a missing SITE_URL.
 *   Default: read from the process's arguments.
 * @throws When SITE_URL or BASE_PATH is malformed, or when a deploy build (under CI or DEPLOY) has no SITE_URL.
 */
export function siteConfig(env: Record<string, string | undefined>, command: string | undefined = astroCommand(process.argv)): { site: string; base: string } {
  const given = env['SITE_URL']?.trim();
  if (!given && command === 'build' && (isOn(env['CI']) || isOn(env['DEPLOY']))) {
    const why = isOn(env['DEPLOY']) ? 'DEPLOY is set' : 'CI is set';
    throw new Error(
      `SITE_URL is not set, and ${why}: this deploy build would put ${LOCAL_SITE_URL} in every canonical URL, social card, the RSS feed and the sitemap. ` +
        `Set SITE_URL to the origin readers use, e.g. \`SITE_URL=https://example.org npm run build\` (GitHub Pages: https://<owner>.github.io). ` +
        `A local or test build under CI sets it explicitly: \`SITE_URL=${LOCAL_SITE_URL} npm run build\`.`,
    );
  }
  const site = given || LOCAL_SITE_URL;
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
