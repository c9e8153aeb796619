/**
 * The unit of classification: one line of a raw text (one paragraph, heading, list item or caption
 * per line) or one block of a saved page, with its structure (list, table, quote) and, for a page,
 * what the page's markup says about it (links, landmarks, whether Readability counts it as article).
 * Both inputs are turned into units first, so one classifier and one report serve both.
 */

/** What a saved page's markup says about a block. */
export interface PageSignals {
  /** The element that holds the block: "p", "li", "h2", "td", "figcaption", "div"… */
  tag: string;
  /** Share of the block's characters inside links (0 to 1). */
  linkDensity: number;
  /** The landmark around the block outside the article, if any: "nav", "footer", "comments"… */
  landmark?: string;
  /** True when Readability's extraction of the article holds this block's text. */
  inArticle: boolean;
  /** Inside a post the article embeds (a tweet, an Instagram post), which Readability often leaves out. */
  embed?: boolean;
  /** The block's text is the page's headline (its h1, or equal to the metadata's title). */
  isHeadline?: boolean;
  /** For a figure: its caption and credit as the markup separates them. */
  figure?: { caption: string; credit: string };
  /** For a date: the `datetime` attribute of its `<time>` element. */
  datetime?: string;
}

/** One line of a raw text, or one block of a saved page. */
export interface Unit {
  /** 1-based line of the raw text, or 1-based block number of a saved page. */
  n: number;
  /** The text, on one line, as written. */
  text: string;
  /** What the text is by its form: a line of prose or a heading, a list item, a whole table, a quote. */
  shape: 'line' | 'heading' | 'item' | 'table' | 'quote' | 'figure';
  /** For a list item: which list (consecutive items share one) and whether it is numbered. */
  list?: { group: number; ordered: boolean };
  /** For a table: its header, rows and the lines they came from. */
  table?: { header: string[]; rows: string[][]; lines: number[] };
  /** For a block of a saved page: what its markup says. */
  page?: PageSignals;
  /** A running header, footer or page number that a paginated copy (a PDF's) printed on its pages. */
  pageFurniture?: boolean;
}

/** What the evidence rules said about a unit before the classifier ran: removed (a caption, a duplicate…), or metadata. */
export type Mark = 'removed' | 'figure' | 'byline' | 'date' | 'labelled-date';

/** True for a unit the evidence rules took out of the text (a caption, a duplicate, a stray token). */
export function isRemoved(mark: Mark | undefined): boolean {
  return mark === 'removed' || mark === 'figure';
}
