/**
 * Parsing MDX source to mdast the way the build does (micromark with the MDX and GFM extensions),
 * for tools that read content without rendering it: the citation checker, the paragraph lister.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Splits an MDX file into its frontmatter text and its body. */
export function splitFrontmatter(source: string): { frontmatter: string; body: string } {
  const m = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  if (!m) return { frontmatter: '', body: source };
  return { frontmatter: m[1] ?? '', body: source.slice(m[0].length) };
}

/** Parses an MDX body (no frontmatter) to mdast. */
export function parseMdx(body: string): Root {
  return parser.parse(body) as Root;
}
