/**
 * The Markdown pipeline, in one place: `astro.config.mjs` and the tests take these lists, so what
 * is tested is what is built. Order matters: GFM first (tables, lists), then our plugins.
 */
import remarkGfm from 'remark-gfm';
import remarkCorrections from './remark-corrections.ts';
import remarkParagraphAnchors from './remark-paragraph-anchors.ts';

/** remark plugins, in order. */
export const remarkPlugins = [remarkGfm, remarkCorrections, remarkParagraphAnchors];

/** rehype plugins, in order. */
export const rehypePlugins = [];

/**
 * Options for Astro's unified processor. GFM is listed above rather than switched on here, and
 * SmartyPants is off: it would turn the sources' straight quotes and dashes into other characters,
 * and a quote must read exactly as its source wrote it.
 */
export const processorOptions = { remarkPlugins, rehypePlugins, gfm: false, smartypants: false };
