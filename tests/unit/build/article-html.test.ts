import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_HTML, articleHtmlStore, encodeHtml, readArticleHtml } from '../../../src/build/article-html.ts';

const roots: string[] = [];
afterEach(() => {
  for (const d of roots.splice(0)) rmSync(d, { recursive: true, force: true });
});
const project = (): string => {
  const root = mkdtempSync(join(tmpdir(), 'tft-article-html-'));
  roots.push(root);
  return root;
};

describe('the articles’ rendered bodies on disk', () => {
  it('reads back the HTML the loader wrote under a key, as written', async () => {
    const root = project();
    const store = articleHtmlStore(root);
    const html = '<p>The bridge &lt;reopens&gt; in May, the council says.</p>';
    store.write('k1', encodeHtml(html));
    await store.written();
    expect(readArticleHtml('bridge', 'k1', root)).toBe(html);
  });

  it('names the article, the folder and the fix when a body is missing or is not a body', () => {
    const root = project();
    expect(() => readArticleHtml('bridge', 'nope', root)).toThrow(/"bridge".*node_modules\/\.astro\/tft-html \(nope\.json\): run the build again/);
    mkdirSync(join(root, ARTICLE_HTML), { recursive: true });
    writeFileSync(join(root, ARTICLE_HTML, 'bad.json'), '{"code":1}');
    expect(() => readArticleHtml('bridge', 'bad', root)).toThrow(/"bridge".*is not a body: delete the file and run the build again/);
  });
});
