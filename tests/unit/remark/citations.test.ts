import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { NoteArticle } from '../../../src/lib/notes.ts';
import remarkCitations from '../../../src/remark/remark-citations.ts';

const articles = new Map<string, NoteArticle & { draft?: boolean }>([
  ['national', { title: 'N', publisher: 'The National', dateLabel: '30 December 2019', reliability: 'high', correctionQuotes: [] }],
  ['ai', { title: 'AI', publisher: 'Unknown publisher', dateLabel: 'February 2024', reliability: 'low', correctionQuotes: [{ quote: 'killed 4 US soldiers', n: 2, status: 'wrong' }] }],
  ['draft', { title: 'D', publisher: 'X', dateLabel: 'x', reliability: 'high', correctionQuotes: [], draft: true }],
]);
const index = new Map([
  ['national', ['Washington designated the group a foreign terrorist organisation in 2009.', 'Most of the PMF members are backed by Iran.']],
  ['ai', ['The strikes come after a drone attack which killed 4 US soldiers and injured 4 others.']],
  ['draft', ['Anything.']],
]);
const options = { index, articles, href: (a: string, p: number) => `/articles/${a}/#p${p}` };

/** Runs the plugin on MDX and returns the HTML, or throws the plugin's error. */
function render(mdx: string): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkCitations, options);
  const file = new VFile({ path: 'content/explainers/x.mdx', value: mdx });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return toHtml(toHast(tree, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }) as never);
}

describe('remark-citations', () => {
  it('turns each <Cite> into a numbered note marker with the quote as its description', () => {
    const html = render('The US designated it in 2009. <Cite a="national" p="1" q="designated the group a foreign terrorist organisation in 2009" />');
    expect(html).toContain('<sup class="cite" data-pagefind-ignore=""><a href="/articles/national/#p1" id="ref-1-1" aria-describedby="tip-1-1" aria-label="Source 1">[1]</a>');
    expect(html).toContain('<span class="cite-tip" id="tip-1-1" role="tooltip">The National, 30 December 2019, ¶1: “designated the group a foreign terrorist organisation in 2009”</span>');
    expect(html).toMatch(/<li id="note-1">.*<a href="\/articles\/national\/#p1">The National, 30 December 2019, ¶1<\/a> \(high reliability\)/);
  });

  it('shares one note between two citations of the same passage, with two back-links', () => {
    const html = render('A. <Cite a="national" p="2" q="backed by Iran" /> B. <Cite a="national" p="2" q="backed by Iran" />');
    expect(html).toContain('id="ref-1-1"');
    expect(html).toContain('id="ref-1-2"');
    expect(html.match(/<li id="note-/g)).toHaveLength(1);
  });

  it('shows who makes a claim', () => {
    const html = render('It was designated. <Cite a="national" p="1" q="foreign terrorist organisation" by="the US government" />');
    expect(html).toContain('According to the US government. The National');
  });

  it('marks a claim supported only by a low-reliability source, but not one that also has a reliable source', () => {
    expect(render('Four died. <Cite a="ai" p="1" q="drone attack" />')).toContain('low-reliability source only');
    expect(render('Four died. <Cite a="ai" p="1" q="drone attack" /> <Cite a="national" p="2" q="backed by Iran" />')).not.toContain('low-reliability source only');
  });

  it('flags a note whose quote an article correction marks', () => {
    expect(render('X. <Cite a="ai" p="1" q="killed 4 US soldiers" />')).toContain('<a href="/articles/ai/#correction-2" class="note-correction">This passage is corrected.</a>');
  });

  it('fails naming the citation and the closest paragraph when one word of a quote changes', () => {
    expect(() => render('X.\n\nY. <Cite a="national" p="1" q="designated the group a foreign militant organisation" />')).toThrow(
      /1 citation problem\(s\):\n {2}- <Cite> 1 \(line 3\) cites national ¶1 with the quote "designated the group a foreign militant organisation", which is not in that paragraph\. Closest paragraph: ¶1/,
    );
  });

  it('fails when a citation points at a paragraph that does not exist', () => {
    expect(() => render('X. <Cite a="national" p="7" q="backed by Iran" />')).toThrow(/cites national ¶7, but that article has only 2 paragraphs\. The quote is in ¶2: cite p2\./);
  });

  it('fails on a citation of a draft, and on a citation written as an expression', () => {
    expect(() => render('X. <Cite a="draft" p="1" q="Anything" />')).toThrow(/which is a draft/);
    expect(() => render('X. <Cite a="national" p={1} q="backed by Iran" />')).toThrow(/attribute p must be a plain string/);
  });

  it('renders a disagreement with each side and its citation, and refuses one with a single side', () => {
    const html = render(
      '<Disagree question="How many died?">\n  <Side claim="One">\n    One. <Cite a="national" p="2" q="backed by Iran" />\n  </Side>\n  <Side claim="Four">\n    Four. <Cite a="ai" p="1" q="killed 4 US soldiers" />\n  </Side>\n</Disagree>',
    );
    expect(html).toMatch(/<aside class="disagree" aria-labelledby="disagreement-1"><p class="disagree-label" id="disagreement-1">Where the sources disagree: How many died\?<\/p>/);
    expect(html.match(/<div class="side"><p class="claim"><strong>/g)).toHaveLength(2);
    expect(() => render('<Disagree question="Q">\n  <Side claim="Only">\n    A. <Cite a="national" p="2" q="backed by Iran" />\n  </Side>\n</Disagree>')).toThrow(/needs at least two <Side/);
  });

  it('is idempotent: a second run changes nothing', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCitations, options);
    const file = new VFile({ value: 'A. <Cite a="national" p="2" q="backed by Iran" />' });
    const once = processor.runSync(processor.parse(file), file);
    const twice = processor.runSync(structuredClone(once), file);
    expect(twice).toEqual(once);
  });
});
