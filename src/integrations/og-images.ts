/**
 * Renders the social images (1200 × 630 PNG) after the build: one per page that has a card of its
 * own (`socialCards()`, from the content model — never read back from the built HTML) and the
 * shared card, with a bundled font (DejaVu Sans) so every machine renders the same bytes.
 *
 * Each PNG is cached in `node_modules/.astro/og/` under a hash of everything that shapes it (the
 * SVG, the fonts, the renderer's version), so a rebuild renders only the cards that changed.
 * Rendering starts with the build (the cards come from the content model, not from pages) and runs
 * off the main thread, one at a time, while the pages build; each rendered image holds its pixmap
 * in native memory V8 cannot see, so the young generation is collected every 10 images (the bench
 * found 5 GiB otherwise). A young-generation collection frees them in milliseconds; a full one
 * every 50 images, as before, cost 3.3 s of the main thread in a 40 s build at 1,000 articles, so
 * only the last collection is a full one.
 * Rendering in a worker thread instead (tried, commit b545a98) left the build's heap to grow
 * unchecked through Vite's compile, 1.6 → 2.5 GiB peak at 1,000 articles, so it was undone.
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
  /** The cards, rendered into the cache while the pages build (it needs the content model only). */
  let rendering: Promise<{ jobs: { file: string; png: string }[]; rendered: number; reused: number }> | undefined;

  async function renderAll(): Promise<{ jobs: { file: string; png: string }[]; rendered: number; reused: number }> {
    mkdirSync(cacheDir, { recursive: true });
    const shared = sharedDigest();
    const cards = [
      ...socialCards().map((card) => ({ file: ogFileName(card.path), svg: ogSvg(card) })),
      { file: SHARED_CARD, svg: ogSvg({ title: HUBS.home.title, description: HUBS.home.description, kind: 'Explainer site' }) },
      { file: SHARED_ARTICLE_CARD, svg: ogSvg({ title: 'A source article', description: 'One of the source articles behind Tit for Tat, shown as published, with its reliability and any corrections.', kind: 'Source article' }) },
    ];
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
    const options = { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' } };
    let rendered = 0;
    let reused = 0;
    const jobs: { file: string; png: string }[] = [];
    // One at a time: the renderer works on a thread of its own, beside the page build's main thread.
    for (const card of cards) {
      const png = join(cacheDir, `${createHash('sha256').update(shared).update(card.svg).digest('hex')}.png`);
      if (existsSync(png)) reused++;
      else {
        writeFileSync(png, (await renderAsync(card.svg, options)).asPng());
        // The rendered pixmaps (3 MB each) go with the young generation: a few milliseconds.
        if (++rendered % 10 === 0) gc({ type: 'minor' });
      }
      jobs.push({ file: card.file, png });
    }
    // One full collection when the last card is done: it keeps the build's heap compact for the
    // compile ahead (peak at 1,000 articles: 1,730 and 1,675 MiB with young-generation collections
    // alone, 1,578 and 1,537 with this one, 1,513 with a full one every 50 images).
    gc();
    return { jobs, rendered, reused };
  }

  return {
    name: 'tit-for-tat:og-images',
    hooks: {
      'astro:build:start': () => {
        rendering = renderAll();
        // Awaited in astro:build:done; a failure is reported there, not as an unhandled rejection.
        rendering.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { jobs, rendered, reused } = await (rendering ?? renderAll());
        const out = join(fileURLToPath(dir), 'og');
        mkdirSync(out, { recursive: true });
        for (const job of jobs) copyFileSync(job.png, join(out, job.file));
        logger.info(`${jobs.length} social images: ${rendered} rendered, ${reused} from the cache`);
      },
    },
  };
}
