/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): for a page, a hash
 * of everything it shows that comes from the content — its own file, and what it draws from other
 * entries. Astro re-renders a page when its key changes and copies the earlier output otherwise, so
 * a key must cover every input, or a page goes stale; a test rebuilds after changes and compares
 * the output with a clean build's, byte for byte.
 *
 * Keyed: article and explainer pages (the thousands), and the glossary's actor pages with their alias
 * redirects (a new article changes only the pages of the actors it mentions). Every other page
 * (hubs, places, timeline, lists) names the whole content's version in "Cite this page", so it
 * changes with any change and is simply rendered every time.
 */
import { digestOf, PLACE_TERM, type ContentModel } from '../lib/content/model.ts';
import { contentDate, VERSION_LENGTH } from '../lib/history.ts';
import { paths } from '../lib/paths.ts';
import type { Citation } from '../schemas/citation.ts';
import type { ActorSlug, ArticleSlug, ExplainerSlug, PlaceSlug } from '../schemas/slugs.ts';
import { citationsOf, explainersCiting } from './explainers.ts';
import { actorNamesIn, mentionsOf } from './mentions.ts';
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

let reference: { of: ContentModel; digest: string } | undefined;

/**
 * What a glossary page may draw from beyond its own mentions: every entry that is not an article
 * (actors, explainers, events, places, outside records, counts: few, and rarely changed) and every
 * article those entries cite (for the titles, dates and reliability their notes show). An article
 * no one cites, such as a new one, is not part of it.
 */
function referenceDigest(): string {
  const m = model();
  if (reference?.of !== m) {
    const cited = new Set<ArticleSlug>();
    for (const c of m.citations()) if (c.owner.kind !== 'article' && 'article' in c.ref) cited.add(c.ref.article);
    const entries = [...m.actors.values(), ...m.explainers.values(), ...m.events.values(), ...m.places.values(), ...m.sources.values(), ...m.counts];
    reference = {
      of: m,
      digest: digestOf(JSON.stringify([entries.map((e) => [e.file, e.slug, e.digest]), [...cited].sort().map((s) => [s, m.articles.get(s)?.digest ?? 'missing'])])),
    };
  }
  return reference.digest;
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

/** Documents (a list of mentions) as part of a key: each one's kind, slug and file digest. */
export function docDigests(docs: readonly { doc: { kind: 'article' | 'explainer'; slug: string } }[]): string[][] {
  const m = model();
  return docs.map(({ doc }) => [doc.kind, doc.slug, (doc.kind === 'article' ? m.articles.get(doc.slug as ArticleSlug)?.digest : m.explainers.get(doc.slug as ExplainerSlug)?.digest) ?? 'missing']);
}

/** An actor page: everything a glossary page draws on (above), and the file of every document that mentions the actor. */
export function actorCacheKey(slug: ActorSlug): string {
  if (!model().actors.has(slug)) throw new Error(`No actor "${slug}".`);
  return digestOf(JSON.stringify([sharedDigest(), referenceDigest(), slug, docDigests(mentionsOf(slug)), cardPaths().has(paths.actor(slug))]));
}

/**
 * A page drawn from what every glossary page draws on (above), the date the site's content was
 * last updated (its citation shows it), and `own`: the page's route and number, and the file of
 * every document it lists. Its first digits are the page's content version.
 */
export function hubCacheKey(own: unknown): string {
  return digestOf(JSON.stringify([sharedDigest(), referenceDigest(), contentDate(model()), own]));
}

/** A place's page: what a glossary page draws on, and the file of every document that mentions the place. */
export function placeCacheKey(slug: PlaceSlug): string {
  return hubCacheKey(['place', slug, docDigests(mentionsOf(`${PLACE_TERM}${slug}`)), cardPaths().has(paths.place(slug))]);
}

/** A page's content version, from its key. */
export const versionOf = (cacheKey: string): string => cacheKey.slice(0, VERSION_LENGTH);

interface ListPage {
  currentPage: number;
  lastPage: number;
  total: number;
}

/**
 * The pages `paginate()` gives, each with its key and, in its props, its content version. `own` says
 * what the page shows beyond its route and number (the documents it lists, when they are articles).
 */
export function keyedPages<E extends { params: object; props: { page: ListPage } }>(route: string, pages: readonly E[], own: (page: E['props']['page']) => unknown = () => null): (E & { cacheKey: string; props: E['props'] & { version: string } })[] {
  return pages.map((e) => {
    const { currentPage, lastPage, total } = e.props.page;
    const cacheKey = hubCacheKey([route, e.params, currentPage, lastPage, total, own(e.props.page)]);
    return { ...e, cacheKey, props: { ...e.props, version: versionOf(cacheKey) } };
  });
}

/** An alias's redirect page: only the actor's slug and name. */
export function aliasCacheKey(alias: string, actor: ActorSlug): string {
  const a = model().actors.get(actor);
  if (!a) throw new Error(`No actor "${actor}".`);
  return digestOf(JSON.stringify(['alias', alias, actor, a.data.name]));
}
