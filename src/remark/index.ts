/**
 * The Markdown pipeline, in one place: `astro.config.mjs` and the tests build it with
 * `pipeline()`, so what is tested is what is built. Each plugin does one job; order matters:
 *
 * 1. remark-gfm: tables, lists, autolinks.
 * 2. remark-corrections: marks corrected words (articles).
 * 3. remark-paragraph-anchors: ids and ¶ links, before any plugin adds lists of its own.
 * 4. remark-actor-links: an author's `[text](actor:slug)` and `actor:none` links.
 * 5. remark-glossary-links: the first mention of each actor links to its glossary entry (it skips
 *    `<Cite>` elements, so it runs before they become notes).
 * 6. remark-claim-anchors: every cited sentence of an explainer gets a stable `#c-<hash>` anchor and a
 *    "copy link" affordance (after the glossary links, whose text is part of the sentence).
 * 7. remark-disagreements: the "Where the sources disagree" blocks, each side marked when what it cites is corrected.
 * 8. remark-citations: citation markers and the notes, the sides' citations numbered with the rest.
 *
 * Every plugin reads the content model; none checks content: `checkContent` has, before any page
 * renders.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { relative, resolve, sep } from 'node:path';
import remarkGfm from 'remark-gfm';
import type { VFile } from 'vfile';
import { citeViews } from '../lib/cite-view.ts';
import type { Citation } from '../schemas/citation.ts';
import { CONTENT_DIRS, PLACE_TERM, type ContentModel } from '../lib/content/model.ts';
import { href, paths } from '../lib/paths.ts';
import type { ActorSlug, ArticleSlug, PlaceSlug } from '../schemas/slugs.ts';
import remarkActorLinks from './remark-actor-links.ts';
import remarkCitations from './remark-citations.ts';
import remarkClaimAnchors from './remark-claim-anchors.ts';
import remarkCorrections from './remark-corrections.ts';
import remarkDisagreements from './remark-disagreements.ts';
import remarkGlossaryLinks from './remark-glossary-links.ts';
import remarkParagraphAnchors from './remark-paragraph-anchors.ts';

/** What the pipeline needs: where the site lives, and the content model. */
export interface PipelineContext {
  /** The site's base path, e.g. `/` or `/tit-for-tat/`. */
  base: string;
  /** The project root, to tell which entry a file is. */
  root: string;
  /** The content model (a function, so the dev server can read content again after a change). */
  model: () => ContentModel;
}

/** The collection and slug of a content file, from its path. */
export function entryOf(root: string, file: VFile): { dir: string; slug: string } | undefined {
  const path = file.history[0];
  if (!path) return undefined;
  const rel = relative(root, resolve(path)).split(sep).join('/');
  const m = /^(.*)\/([^/]+)\.mdx?$/.exec(rel);
  return m ? { dir: m[1] ?? '', slug: m[2] ?? '' } : undefined;
}

/** The URL of an actor's or a place's page: glossary terms name places as `place:<slug>`. */
function termHref(base: string, term: string): string {
  return href(base, term.startsWith(PLACE_TERM) ? paths.place(term.slice(PLACE_TERM.length) as PlaceSlug) : paths.actor(term as ActorSlug));
}

/**
 * Options for Astro's unified processor. GFM is listed here rather than switched on by the
 * processor, and SmartyPants is off: it would turn the sources' straight quotes and dashes into
 * other characters, and a quote must read exactly as its source wrote it.
 */
export function pipeline(context: PipelineContext): UnifiedProcessorOptions & { remarkPlugins: NonNullable<UnifiedProcessorOptions['remarkPlugins']> } {
  const { base, root } = context;
  let views: { model: ContentModel; views: ReturnType<typeof citeViews> } | undefined;
  const viewsOf = (): ReturnType<typeof citeViews> => {
    const model = context.model();
    if (views?.model !== model) views = { model, views: citeViews(model, base) };
    return views.views;
  };
  return {
    remarkPlugins: [
      remarkGfm,
      [remarkCorrections, { correctionsFor: (file: VFile) => { const e = entryOf(root, file); return e?.dir === CONTENT_DIRS.articles ? (context.model().articles.get(e.slug as ArticleSlug)?.data.corrections ?? []) : []; } }],
      remarkParagraphAnchors,
      [remarkActorLinks, { href: (actor: string) => termHref(base, actor) }],
      [remarkGlossaryLinks, { get matcher() { return context.model().matcher(); }, href: (actor: string) => termHref(base, actor), ownActor: (file: VFile) => { const e = entryOf(root, file); return e?.dir === CONTENT_DIRS.actors ? e.slug : undefined; } }],
      [remarkClaimAnchors, { applies: (file: VFile) => entryOf(root, file)?.dir === CONTENT_DIRS.explainers }],
      [remarkDisagreements, { statusesOf: (refs: readonly Citation[]) => refs.flatMap((r) => viewsOf().view(r).marks.map((m) => m.status)) }],
      [remarkCitations, { view: (ref: Citation) => viewsOf().view(ref), listsSources: (file: VFile) => entryOf(root, file)?.dir === CONTENT_DIRS.explainers }],
    ],
    rehypePlugins: [],
    gfm: false,
    smartypants: false,
  };
}
