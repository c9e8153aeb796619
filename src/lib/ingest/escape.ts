/**
 * Escaping raw text for MDX.
 *
 * Raw article text is data, never code. MDX treats `{…}` as JavaScript, `<…>` as JSX, lines that
 * start with `import`/`export` as ES modules, and Markdown gives meaning to many more characters
 * (`*`, `_`, `[`, `` ` ``, `#` or `-` at the start of a line, `|` in tables…). These functions turn
 * one line of raw text into MDX source that parses to a single text node with exactly that text.
 * The property is checked by a test that parses the output with the same micromark extensions MDX
 * and GFM use.
 *
 * GFM's autolink literals (`https://…`, `www.…`, `a@b.c`) are found after parsing, in text nodes, so
 * no escape can stop them. They keep the same text and only ever link to http(s) or mailto URLs, so
 * they are allowed; `javascript:` and other schemes are never turned into links.
 */

/** Characters escaped wherever they appear: each has a meaning somewhere in MDX or GFM. */
const ALWAYS = /[\\`*_{}[\]<>|~]/g;

/** Characters that only mean something at the start of a block (headings, lists, breaks). */
const BLOCK_START = /^([#+=-])/;

/** An ordered-list marker at the start of a block: `1.` or `1)`. */
const ORDERED_MARKER = /^(\d{1,9})([.)])/;

/** A character reference (`&amp;`, `&#123;`) that Markdown would decode. */
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/**
 * URL schemes and `www.`: micromark's autolink-literal tokenizer would swallow the backslashes of
 * later escapes into the URL. Escaping the `:` or `.` stops the tokenizer; GFM's later pass over
 * the text still links the clean URL.
 */
const SCHEME = /(https?|ftp|mailto|javascript|data|vbscript|file|xmpp)(?=:)/gi;
const WWW = /(www)\./gi;

/** An ES module statement that MDX would execute if it started a block. */
const ESM = /^(import|export)\b/;

/**
 * Escapes one line of raw text (no line breaks) so that it renders as the same literal text in MDX
 * with GFM. Leading and trailing white space is dropped: it carries no meaning in prose and would
 * otherwise start an indented code block or a hard break.
 *
 * @param line Raw text without line breaks.
 * @returns MDX source for the same text.
 */
export function escapeMdxText(line: string): string {
  if (/[\r\n]/.test(line)) {
    throw new Error(`escapeMdxText takes one line; got a line break in ${JSON.stringify(line.slice(0, 60))}`);
  }
  let out = line.trim();
  out = out.replace(ALWAYS, (ch) => `\\${ch}`);
  out = out.replace(ENTITY, '\\&');
  out = out.replace(SCHEME, (scheme) => `${scheme}\\`);
  out = out.replace(WWW, (_m, www: string) => `${www}\\.`);
  out = out.replace(BLOCK_START, '\\$1');
  out = out.replace(ORDERED_MARKER, '$1\\$2');
  // `import`/`export` cannot be backslash-escaped (letters are not escapable), so the first letter
  // becomes a character reference, which MDX decodes to the same letter but never reads as ESM.
  out = out.replace(ESM, (word: string) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
  return out;
}

/**
 * Escapes the text of a GFM table cell: as {@link escapeMdxText}, and block-start characters stay
 * as they are because a cell never starts a block.
 */
export function escapeTableCell(cell: string): string {
  return escapeMdxText(cell);
}

/**
 * Quotes a string for YAML frontmatter as a double-quoted scalar. JSON strings are valid YAML
 * double-quoted scalars, so `JSON.stringify` is exact and escapes every control character.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}
