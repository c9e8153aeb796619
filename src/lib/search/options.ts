/**
 * Search options shared by the pages, the index and the browser: how Pagefind ranks results on
 * this site (its `ranking` option, see pagefind.app/docs/ranking/), the metadata field that carries
 * every actor's names, and the query parameter that carries a search to the page a result opens.
 *
 * Pagefind matches every query word as a prefix, so "KH" also matches "Khamenei". In the page text
 * it weighs such extensions down by how much longer they are (`termSimilarity`); in metadata it
 * does not, so the 5× title boost it applies by default made "Ali Khamenei" outrank Kataib
 * Hezbollah for "KH". Here the title counts once (it is also the page's first heading, weighted 10
 * in the text) and an actor's names and aliases, in their own field, carry the boost instead.
 */

/** The metadata field (`data-pagefind-meta`) that holds an actor's name and unambiguous aliases. */
export const NAMES_FIELD = 'names';

/** Pagefind's ranking options for this site, given to the Component UI before it loads Pagefind. */
export const RANKING = {
  /** Prefer words as long as the query word over longer words it only starts (default 1). */
  termSimilarity: 5,
  metaWeights: {
    /** The title is the first heading too; boosting it again lets prefixes win (default 5). */
    title: 1,
    /** An actor's names and aliases: a query that is one of them finds the actor's entry. */
    [NAMES_FIELD]: 5,
  },
} as const;

/**
 * What search leaves out of every page, by selector, so the markup repeated through a text needs
 * no attribute of its own: citation markers and source labels (with their tooltips), the links to
 * a paragraph or a sentence, and words a correction marks (a search excerpt must never show them
 * unmarked). Larger parts (notes, panels) carry `data-pagefind-ignore` where they are written.
 */
export const SEARCH_EXCLUDE = ['sup.cite', '.source-ref', '.pilcrow', 'copy-link', 'mark.correction-mark'];

/** The query parameter that carries the searched words to the page a result opens. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';
