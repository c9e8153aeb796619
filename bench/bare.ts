/**
 * The benchmark's floor (`TFT_PIPELINE=bare`, see `pipelineMode` in src/site-config.ts): the unified
 * processor with remark-gfm only, and one plugin that deletes `<Cite>`, `<Disagree>` and `<Side>`
 * (with their children), because MDX cannot render them without the site's plugins. The floor, not
 * equivalent output: no anchors, glossary links, notes or marks. None of the site's integrations
 * runs either (astro.config.mjs): no content check, Pagefind index, social images or headers; the
 * bench builds BARE's Pagefind index afterwards, apart (bench/pagefind-index.ts).
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';

const DROPPED = new Set(['Cite', 'Disagree', 'Side']);

/** Deletes the site's own MDX elements. */
function remarkDropCitations() {
  const walk = (node: { children?: RootContent[] }): void => {
    if (!Array.isArray(node.children)) return;
    node.children = node.children.filter((c) => !((c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && DROPPED.has(c.name ?? '')));
    for (const child of node.children) walk(child as { children?: RootContent[] });
  };
  return (tree: Root): void => walk(tree);
}

/** The floor's processor options. */
export function barePipeline(): UnifiedProcessorOptions {
  return { remarkPlugins: [remarkGfm, remarkDropCitations], rehypePlugins: [], gfm: false, smartypants: false };
}
