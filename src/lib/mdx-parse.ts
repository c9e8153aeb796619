/**
 * Parsing an MDX body to mdast the way the build does (micromark with the MDX and GFM extensions),
 * for the content model, which reads every body once.
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses an MDX body (no frontmatter) to mdast. */
export function parseMdx(body: string): Root {
  return parser.parse(body) as Root;
}
