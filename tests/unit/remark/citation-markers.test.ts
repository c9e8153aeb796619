import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { citeViews } from '../../../src/lib/cite-view.ts';
import remarkCitations from '../../../src/remark/remark-citations.ts';
import { site } from '../lib/content/fixture.ts';

const views = citeViews(site(), '/');

/** Runs the citations plugin on MDX and returns the HTML. */
function render(mdx: string): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCitations, { view: views.view });
  const file = new VFile({ path: 'content/explainers/x.mdx', value: mdx });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return toHtml(toHast(tree, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }) as never);
}

describe('citation markers and the word before them', () => {
  it('writes a marker right after the word it follows, with no space to break at', () => {
    expect(render('The ferries stopped.   <Cite a="harbour-report" p="1" q="halted all crossings on Tuesday" /> Then the storm passed.')).toMatch(/The ferries stopped\.<sup class="cite"[^]*<\/sup> Then the storm passed\./);
  });

  it('keeps a run of markers together, and the text after them apart', () => {
    const html = render('Repairs take a week. <Cite a="harbour-report" p="2" q="repairs would take a week" />\n<Cite a="harbour-report" p="3" q="worst in a decade" /> Next.');
    expect(html).toMatch(/a week\.<sup class="cite"[^]*?<\/sup><sup class="cite"[^]*?<\/sup> Next\./);
  });

  it('joins a marker to a word in emphasis or mid-sentence, and leaves a marker that opens a paragraph alone', () => {
    expect(render('It was *closed* <Cite a="harbour-report" p="1" q="halted all crossings on Tuesday" /> on Tuesday.')).toMatch(/<em>closed<\/em><sup class="cite"[^]*<\/sup> on Tuesday\./);
    expect(render('<Cite a="harbour-report" p="1" q="halted all crossings on Tuesday" /> opens it.')).toMatch(/^<p><sup class="cite"/);
  });
});
