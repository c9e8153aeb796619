/**
 * Renders a social image (1200 × 630 PNG) for every indexable page after the build, from the page's
 * own title and description, with a bundled font (DejaVu Sans) so every machine renders the same
 * bytes. No external service. Pages marked noindex (redirects, 404) get none.
 */
import { Resvg } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ogFileName, ogSvg } from '../lib/og.ts';

const FONTS = ['node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'];

/** Every HTML file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

/** Reads a meta tag's content from HTML (the attributes Astro writes, in its order). */
function meta(html: string, key: string): string | undefined {
  const m = html.match(new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`));
  return m?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** The integration. */
export default function ogImages(): AstroIntegration {
  return {
    name: 'tit-for-tat:og-images',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const out = join(site, 'og');
        mkdirSync(out, { recursive: true });
        let count = 0;
        for (const file of htmlFiles(site)) {
          const html = readFileSync(file, 'utf8');
          if (html.includes('<meta name="robots" content="noindex">')) continue;
          const title = (meta(html, 'og:title') ?? '').replace(/ · Tit for Tat$/, '');
          const kind = html.match(/<p class="meta">([^<·]+)/)?.[1]?.trim() ?? 'Explainer site';
          const svg = ogSvg({ title, description: meta(html, 'description') ?? '', kind });
          const png = new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
          const path = relative(site, file).replace(/index\.html$/, '').replace(/\\/g, '/');
          writeFileSync(join(out, ogFileName(path)), png);
          count++;
        }
        logger.info(`rendered ${count} social images`);
      },
    },
  };
}
