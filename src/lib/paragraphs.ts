/**
 * Paragraph numbering. Articles are cited by paragraph (`/articles/<slug>/#p7`), so the numbering
 * must be the same wherever it is computed: in the remark plugin that writes the anchors, and in the
 * citation checker that reads article sources. Both call {@link collectParagraphs}.
 *
 * A citable paragraph is, in document order: a paragraph, a list item (whose first paragraph holds
 * its text), or a table. Headings are not paragraphs.
 */
import type { List, ListItem, Nodes, Paragraph, Parent, Root, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** One citable paragraph. */
export interface NumberedParagraph {
  /** 1-based number: the anchor is `p${n}`. */
  n: number;
  /** The node that carries the anchor id. */
  node: Paragraph | ListItem | Table;
  /** Its plain text, as a reader sees it (table cells separated by " | "). */
  text: string;
}

/** The anchor id of paragraph `n`. */
export const paragraphId = (n: number): string => `p${n}`;

/** Collects the citable paragraphs of a Markdown/MDX tree in document order. */
export function collectParagraphs(tree: Root): NumberedParagraph[] {
  const found: NumberedParagraph[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'table') {
      found.push({ n: found.length + 1, node, text: tableText(node) });
      return;
    }
    if (node.type === 'list') {
      for (const item of (node as List).children) {
        found.push({ n: found.length + 1, node: item, text: toString(item) });
      }
      return;
    }
    if (node.type === 'paragraph') {
      if (toString(node).trim()) found.push({ n: found.length + 1, node, text: toString(node) });
      return;
    }
    if (node.type === 'heading') return;
    if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes);
  };
  walk(tree);
  return found;
}

function tableText(table: Table): string {
  return table.children.map((row) => row.children.map((cell) => toString(cell)).join(' | ')).join('\n');
}
