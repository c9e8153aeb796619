import { describe, expect, it } from 'vitest';
import { ogFileName, ogImageFor, ogSvg, SHARED_ARTICLE_CARD, SHARED_CARD, wrap } from '../../../src/lib/og.ts';

describe('social cards', () => {
  const own = new Set(['', 'articles/newest/', 'explainers/why/']);

  it('points a page with a card of its own at it, and every other page at the shared card of its kind', () => {
    expect(ogImageFor('', own)).toBe('og/home.png');
    expect(ogImageFor('/articles/newest/', own)).toBe('og/articles--newest.png');
    expect(ogImageFor('articles/an-old-one/', own)).toBe(`og/${SHARED_ARTICLE_CARD}`);
    expect(ogImageFor('places/somewhere/', own)).toBe(`og/${SHARED_CARD}`);
    expect(ogImageFor('articles/2/', own)).toBe(`og/${SHARED_CARD}`);
  });

  it('names image files after their page, one file per page', () => {
    expect(ogFileName('actors/kataib-hezbollah/')).toBe('actors--kataib-hezbollah.png');
    expect(ogFileName('')).toBe('home.png');
  });

  it('wraps a long title within its lines and escapes text for SVG', () => {
    expect(wrap('one two three four five six seven eight nine ten', 10, 2)).toEqual(['one two', 'three four…']);
    expect(ogSvg({ title: 'A <b> & "c"', description: 'd', kind: 'k' })).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });
});
