import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeMdxText } from '../../../../src/lib/ingest/escape.ts';

/** Parses MDX the way @astrojs/mdx does (micromark with the MDX and GFM extensions). */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses one escaped line and returns its node types and text. */
function parseLine(source: string): { types: string[]; text: string } {
  const tree = parser.parse(source) as Root;
  const types: string[] = [];
  let text = '';
  const walk = (node: { type: string; value?: string; url?: string; children?: unknown[] }): void => {
    // GFM autolink literals are allowed, but only to http(s) and mailto URLs.
    const isSafeLink = node.type === 'link' && /^(https?|mailto):/.test(node.url ?? '');
    types.push(isSafeLink ? 'text' : node.type);
    if (node.type === 'text' && typeof node.value === 'string') text += node.value;
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree as never);
  return { types, text };
}

/** The text a reader should see: trimmed; an empty line parses to nothing. */
const expected = (raw: string): string => raw.trim();

/** Fragments that mean something to MDX, Markdown or GFM. */
const HOSTILE = [
  '{process.env.HOME}', '{', '}', '<script>alert(1)</script>', '<Foo bar={1} />', '</div>', '<!-- x -->',
  'import fs from "node:fs"', 'export const a = 1', '`code`', '```', '---', '***', '___', '===', '# ',
  '## x', '> ', '- ', '+ ', '* ', '1. ', '2) ', '[a](javascript:alert(1))', '![i](x.png)', '<https://x.y>',
  'https://example.com', 'www.example.com', 'a@b.co', 'javascript:alert(1)', '&amp;', '&#123;', '&lt;',
  '| a | b |', '|---|---|', '~~s~~', '~s~', '*e*', '**b**', '_u_', '\\', '\\{', '[^1]', '[x]: /u', '$x$',
  '    ', '\t', 'Kata\u2019ib', 'كتائب حزب الله', '\u00a0', '"', "'", '%s', ':', '@', '!', '#', '|',
];

describe('escapeMdxText', () => {
  it('renders every hostile fragment as the same literal text and nothing else', () => {
    for (const raw of HOSTILE) {
      const { types, text } = parseLine(escapeMdxText(raw));
      expect(types.filter((t) => !['root', 'paragraph', 'text'].includes(t)), raw).toEqual([]);
      expect(text, raw).toBe(expected(raw));
    }
  });

  it('renders random strings built from hostile fragments as the same literal text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...HOSTILE),
      fc.string({ unit: 'grapheme', maxLength: 6 }).map((s) => s.replace(/[\r\n\u0000-\u0008\u000b-\u001f\u007f]/g, '')),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const raw = pieces.join('');
        const { types, text } = parseLine(escapeMdxText(raw));
        return types.every((t) => ['root', 'paragraph', 'text'].includes(t)) && text === expected(raw);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps ordinary prose readable', () => {
    expect(escapeMdxText('U.S. air strikes killed at least one fighter.')).toBe('U.S. air strikes killed at least one fighter.');
    expect(escapeMdxText('Kataib Hezbollah’s “equation”')).toBe('Kataib Hezbollah’s “equation”');
  });

  it('refuses text with a line break', () => {
    expect(() => escapeMdxText('a\nb')).toThrow(/one line/);
  });
});
