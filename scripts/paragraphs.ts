/**
 * `npm run paragraphs -- <slug>`: prints an article's numbered paragraphs, as cited (`#p7`), so an
 * author can write a citation without building the site.
 */
import { readFileSync } from 'node:fs';
import { collectParagraphs } from '../src/lib/paragraphs.ts';
import { parseMdx, splitFrontmatter } from '../src/lib/mdx-parse.ts';

const slugs = process.argv.slice(2);
if (slugs.length === 0) {
  console.error('usage: npm run paragraphs -- <article-slug> [<article-slug> …]');
  process.exit(1);
}
for (const slug of slugs) {
  const path = `content/articles/${slug}.mdx`;
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch {
    console.error(`✗ no article at ${path}: use a file name from content/articles/ without .mdx`);
    process.exit(1);
  }
  console.log(`# ${slug}`);
  for (const p of collectParagraphs(parseMdx(splitFrontmatter(source).body))) console.log(`p${p.n}: ${p.text}`);
  console.log('');
}
