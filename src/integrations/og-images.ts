/**
 * Renders the social images (1200 × 630 PNG) after the build: one per page that has a card of its
 * own (`socialCards()`, from the content model — never read back from the built HTML) and the
 * shared card, with a bundled font (DejaVu Sans) so every machine renders the same bytes.
 *
 * Each PNG is cached in `node_modules/.astro/og/` under a hash of everything that shapes it (the
 * SVG, the fonts, the renderer's version), so a rebuild renders only the cards that changed.
 * Rendering runs off the main thread, two at a time; each renderer parses the font into native
 * memory V8 cannot see, so garbage is collected every 50 images (the bench found 5 GiB otherwise).
 */
import { renderAsync } from '@resvg/resvg-js';
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { socialCards } from '../data/social.ts';
import { ogFileName, ogSvg, SHARED_ARTICLE_CARD, SHARED_CARD } from '../lib/og.ts';
import { HUBS } from '../lib/site-pages.ts';

const FONTS = ['node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', 'node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'];

/** A hash of what every card shares: the fonts' bytes and the renderer's version. */
function sharedDigest(): string {
  const hash = createHash('sha256');
  for (const font of FONTS) hash.update(readFileSync(font));
  const version = (createRequire(import.meta.url)('@resvg/resvg-js/package.json') as { version: string }).version;
  return hash.update(version).digest('hex');
}

/** The integration. */
export default function ogImages(cacheDir = 'node_modules/.astro/og'): AstroIntegration {
  return {
    name: 'tit-for-tat:og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'og');
        mkdirSync(out, { recursive: true });
        mkdirSync(cacheDir, { recursive: true });
        const shared = sharedDigest();
        const jobs = [
          ...socialCards().map((card) => ({ file: ogFileName(card.path), svg: ogSvg(card) })),
          { file: SHARED_CARD, svg: ogSvg({ title: HUBS.home.title, description: HUBS.home.description, kind: 'Explainer site' }) },
          { file: SHARED_ARTICLE_CARD, svg: ogSvg({ title: 'A source article', description: 'One of the source articles behind Tit for Tat, shown as published, with its reliability and any corrections.', kind: 'Source article' }) },
        ];
        setFlagsFromString('--expose-gc');
        const gc = runInNewContext('gc') as () => void;
        const options = { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } };
        let rendered = 0;
        let reused = 0;
        const render = async (job: { file: string; svg: string }): Promise<void> => {
          const cached = join(cacheDir, `${createHash('sha256').update(shared).update(job.svg).digest('hex')}.png`);
          if (existsSync(cached)) {
            reused++;
          } else {
            writeFileSync(cached, (await renderAsync(job.svg, options)).asPng());
            if (++rendered % 50 === 0) gc();
          }
          copyFileSync(cached, join(out, job.file));
        };
        const queue = [...jobs];
        await Promise.all([0, 1].map(async () => {
          for (let job = queue.shift(); job; job = queue.shift()) await render(job);
        }));
        gc();
        logger.info(`${jobs.length} social images: ${rendered} rendered, ${reused} from the cache`);
      },
    },
  };
}
