/**
 * `npm run paragraphs -- <slug>`: prints an article's numbered paragraphs, as cited (`#p7`), so an
 * author can write a citation without building the site. Read through the content model, so the
 * numbering is the one the build and the checker use.
 */
import { getModel } from '../src/build/content.ts';
import { anchors } from '../src/lib/paths.ts';
import type { ArticleSlug } from '../src/schemas/slugs.ts';

const slugs = process.argv.slice(2);
if (slugs.length === 0) {
  console.error('usage: npm run paragraphs -- <article-slug> [<article-slug> …]');
  process.exit(1);
}
const model = getModel();
for (const slug of slugs) {
  const article = model.articles.get(slug as ArticleSlug);
  if (!article) {
    console.error(`✗ no article "${slug}": use a file name from content/articles/ without .mdx (${[...model.articles.keys()].join(', ')})`);
    process.exit(1);
  }
  console.log(`# ${slug}`);
  for (const p of article.paragraphs) console.log(`${anchors.paragraph(p.n)}: ${p.text}`);
  console.log('');
}
