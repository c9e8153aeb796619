/**
 * How much a page shows of a list that grows with the site. A hub page embeds the first few items
 * and links to the whole list, which is split into pages of a fixed size, so no page grows without
 * bound however many articles the site holds (issue #15: every page ≤ 100 KB of HTML).
 */

/** Items per page of a paginated list (articles, explainers, mentions). */
export const PAGE_SIZE = 50;

/** Mentions per page of an actor's or a place's full list (small cards, so more to a page: fewer files). */
export const MENTIONS_PAGE_SIZE = 100;

/** Items a hub page embeds before its "all N" link (an actor's or a place's mentions). */
export const EMBED_LIMIT = 6;

/**
 * Articles that get a social card of their own: the newest this many; the rest share the "Source
 * article" card. Explainers, glossary entries and hub pages always get their own. Rendering a card
 * costs about 15 ms and a card weighs about 60 KB (BENCHMARKS.md), so this keeps a 10,000-article
 * site's build time and its files within a static host's limits.
 */
export const OWN_CARD_ARTICLES = 200;

/** Items in a feed (RSS, Atom): the newest only, as feed readers expect. */
export const FEED_SIZE = 50;
