/**
 * The social images' renderer, in a worker thread of its own (src/integrations/og-images.ts starts
 * it): it renders each card's SVG to PNG with resvg into the cache, skipping the ones already
 * there. Each render parses the fonts into native memory that V8 cannot see, so garbage is
 * collected every 50 images; here that is a collection of this worker's small heap (a few ms),
 * not of the page build's heap (about 0.5 s each at 2,000 articles, 4.6 s of main-thread time in
 * a CPU profile, when the renderer ran on the main thread).
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { existsSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';

/** What the worker is given: the cards to render (SVG, and the PNG file it goes to) and resvg's options. */
export interface RenderJobs {
  cards: { svg: string; png: string }[];
  options: ResvgRenderOptions;
}

/** What it answers: how many it rendered and how many were in the cache already. */
export interface RenderDone {
  rendered: number;
  reused: number;
}

const { cards, options } = workerData as RenderJobs;
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
let rendered = 0;
let reused = 0;
for (const card of cards) {
  if (existsSync(card.png)) reused++;
  else {
    writeFileSync(card.png, new Resvg(card.svg, options).render().asPng());
    if (++rendered % 50 === 0) gc();
  }
}
parentPort!.postMessage({ rendered, reused } satisfies RenderDone);
