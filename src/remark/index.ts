/**
 * The Markdown pipeline, in one place: `astro.config.mjs` and the tests build it with
 * `pipeline()`, so what is tested is what is built. Order matters:
 *
 * 1. remark-gfm: tables, lists, autolinks.
 * 2. remark-corrections: marks corrected words (articles).
 * 3. remark-paragraph-anchors: ids and ¶ links, before any plugin adds lists of its own.
 * 4. remark-glossary-links: the first mention of each actor links to its glossary entry (it
 *    skips `<Cite>` elements, so it runs before they become notes).
 * 5. remark-citations: checks quotes, renders notes and disagreement blocks.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import type { ParagraphIndex } from '../lib/citations.ts';
import type { Matcher } from '../lib/glossary/matcher.ts';
import type { NoteArticle } from '../lib/notes.ts';
import { href } from '../lib/urls.ts';
import remarkCitations, { type CitationOptions } from './remark-citations.ts';
import remarkCorrections from './remark-corrections.ts';
import remarkGlossaryLinks, { type GlossaryLinkOptions } from './remark-glossary-links.ts';
import remarkParagraphAnchors from './remark-paragraph-anchors.ts';

/** What the pipeline needs to know about the site's content, read once per build. */
export interface PipelineContext {
  /** The site's base path, e.g. `/` or `/tit-for-tat/`. */
  base: string;
  /** The site's origin, for the full URLs a printed page shows. Optional. */
  site?: string;
  /** Every article's paragraph texts, for checking quotes. */
  index: ParagraphIndex;
  /** What a citation note shows about each article. */
  articles: ReadonlyMap<string, NoteArticle & { draft?: boolean }>;
  /** The glossary matcher, built once per build. */
  matcher: Matcher;
  /** Where the pipeline reports what an editor should know (ambiguous aliases met). Optional. */
  report?: (message: string) => void;
}

/**
 * Options for Astro's unified processor. GFM is listed here rather than switched on by the
 * processor, and SmartyPants is off: it would turn the sources' straight quotes and dashes into
 * other characters, and a quote must read exactly as its source wrote it.
 */
export function pipeline(context: PipelineContext): UnifiedProcessorOptions & { remarkPlugins: NonNullable<UnifiedProcessorOptions['remarkPlugins']> } {
  const glossary: GlossaryLinkOptions = {
    matcher: context.matcher,
    href: (actor) => href(context.base, actor.startsWith('place:') ? `places/${actor.slice('place:'.length)}/` : `actors/${actor}/`),
    ...(context.report ? { report: context.report } : {}),
  };
  const citations: CitationOptions = {
    index: context.index,
    articles: context.articles,
    href: (article, p) => href(context.base, `articles/${article}/#p${p}`),
    ...(context.site ? { site: context.site } : {}),
  };
  return {
    remarkPlugins: [remarkGfm, remarkCorrections, remarkParagraphAnchors, [remarkGlossaryLinks, glossary], [remarkCitations, citations]],
    rehypePlugins: [],
    gfm: false,
    smartypants: false,
  };
}
