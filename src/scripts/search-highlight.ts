/**
 * Marks the words a reader searched for on the page a search result opened
 * (`?pagefind-highlight=…`), as `<mark class="search-hit">` styled by search.css. It stands in for
 * Pagefind's highlight script, which adds a `<style>` element that the Content-Security-Policy
 * refuses, and loads only on such a page. What to mark comes from `lib/search/highlight.ts`.
 */
import '../styles/search.css';
import { buildHighlighter } from '../lib/search/highlight.ts';
import { HIGHLIGHT_PARAM } from '../lib/search/options.ts';

/** Text that is not shown as reading text, or is already marked, is left alone. */
const SKIP = 'script, style, noscript, template, svg, math, mark, [hidden], [aria-hidden="true"]';

/** Enough marks for any page; a query that matches more marks only the first ones. */
const MAX_MARKS = 500;

/**
 * The text nodes to search: all of `main`, not only what Pagefind indexed, so the aliases in a
 * glossary entry's infobox show why the entry matched.
 */
function textNodes(): Text[] {
  const root = document.querySelector('main') ?? document.body;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** Marks the searched words and returns how many stretches it marked. */
export function highlight(): number {
  const highlighter = buildHighlighter(new URLSearchParams(location.search).getAll(HIGHLIGHT_PARAM));
  if (highlighter.words.length === 0) return 0;
  let count = 0;
  for (const node of textNodes()) {
    const hits = highlighter.find(node.data).slice(0, MAX_MARKS - count);
    // From the last hit back, so the offsets of the earlier ones stay where they were.
    for (const hit of hits.reverse()) {
      const range = document.createRange();
      range.setStart(node, hit.start);
      range.setEnd(node, hit.end);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      range.surroundContents(mark);
    }
    count += hits.length;
    if (count >= MAX_MARKS) break;
  }
  return count;
}
