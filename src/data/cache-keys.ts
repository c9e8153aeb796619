/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): for a page, a hash
 * of everything it shows that comes from the content — its own file, and what it draws from other
 * entries. Astro re-renders a page when its key changes and copies the earlier output otherwise, so
 * a key must cover every input, or a page goes stale; a test rebuilds after changes and compares
 * the output with a clean build's, byte for byte.
 *
 * Keyed: article and explainer pages (the thousands). Every other page (hubs, actors, places,
 * timeline, lists) is few, draws on much of the content, and is simply rendered every time.
 */
import { digestOf, type ContentModel } from '../lib/content/model.ts';
import { paths } from '../lib/paths.ts';
import type { Citation } from '../schemas/citation.ts';
import type { ArticleSlug, ExplainerSlug } from '../schemas/slugs.ts';
import { citationsOf, explainersCiting } from './explainers.ts';
import { actorNamesIn } from './mentions.ts';
import { model } from './model.ts';
import { cardPaths } from './social.ts';
import { coverage } from './sources.ts';

let shared: { of: ContentModel; digest: string } | undefined;

/**
 * What every page draws from the whole content: the glossary's names (links, previews), and the
 * years the articles cover (the footer).
 */
function sharedDigest(): string {
  const m = model();
  if (shared?.of !== m) shared = { of: m, digest: digestOf(JSON.stringify([m.glossaryTerms().map((t) => [t.actor, t.text, t.ambiguous === true]), coverage()])) };
  return shared.digest;
}

/** The digest of the entry a citation points at: the cited article's file, or the outside record's. */
function citedDigest(ref: Citation): string {
  const m = model();
  return ('source' in ref ? m.sources.get(ref.source)?.digest : m.articles.get(ref.article)?.digest) ?? 'missing';
}

/** An article page: its file, the explainers that cite it, the actors it names, its card, the records its corrections cite. */
export function articleCacheKey(slug: ArticleSlug): string {
  const a = model().articles.get(slug);
  if (!a) throw new Error(`No article "${slug}".`);
  return digestOf(
    JSON.stringify([
      sharedDigest(),
      a.digest,
      explainersCiting(slug).map((e) => [e.slug, e.data.title]),
      actorNamesIn({ kind: 'article', slug }),
      cardPaths().has(paths.article(slug)),
      a.data.corrections.flatMap((c) => c.evidence.map(citedDigest)),
    ]),
  );
}

/** An explainer page: its file, every entry it cites, its related explainers and actors. */
export function explainerCacheKey(slug: ExplainerSlug): string {
  const m = model();
  const e = m.explainers.get(slug);
  if (!e) throw new Error(`No explainer "${slug}".`);
  return digestOf(
    JSON.stringify([
      sharedDigest(),
      e.digest,
      citationsOf(e).map(citedDigest),
      e.data.related.map((r) => m.explainers.get(r)?.data.title),
      e.data.actors.map((a) => m.actors.get(a)?.digest),
    ]),
  );
}
