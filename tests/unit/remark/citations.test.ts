import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { citeViews } from '../../../src/lib/cite-view.ts';
import type { Citation } from '../../../src/schemas/citation.ts';
import remarkCitations from '../../../src/remark/remark-citations.ts';
import remarkDisagreements from '../../../src/remark/remark-disagreements.ts';
import { replace, site } from '../lib/content/fixture.ts';

// The fixture's article, rated low and with a correction, next to the high-rated one.
const model = site((f) => {
  f.set(
    'content/articles/rumour-mill.mdx',
    f
      .get('content/articles/harbour-report.mdx')!
      .replace('Ferry line halts crossings after storm', 'A rumour about the ferries')
      .replace('level: "high"', 'level: "low"')
      .replace('ingest:', 'corrections:\n  - quotes:\n      - "14 vessels stayed in harbour"\n    status: "wrong"\n    text: "Nine vessels stayed in harbour."\n    evidence:\n      - { source: harbour-bulletin, fact: piers-closed }\ningest:'),
  );
  replace(f, 'content/articles/rumour-mill.mdx', 'Harbour Post', 'Quay Gossip');
});
const views = citeViews(model, '/base/');
const options = { view: views.view };

/** Runs the plugins on MDX and returns the HTML. */
function render(mdx: string): string {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkDisagreements, { statusesOf: (refs: readonly Citation[]) => refs.flatMap((r) => views.view(r).marks.map((m) => m.status)) }).use(remarkCitations, options);
  const file = new VFile({ path: 'content/explainers/x.mdx', value: mdx });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return toHtml(toHast(tree, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }) as never);
}

describe('remark-citations', () => {
  it('turns each <Cite> into a numbered marker linking to the paragraph, described by its note (which its tooltip is made from)', () => {
    const html = render('The line stopped. <Cite a="harbour-report" p="1" q="halted all crossings on Tuesday" />');
    expect(html).toContain('<sup class="cite"><a href="/base/articles/harbour-report/#p1" id="ref-1-1" aria-describedby="note-1">[1]</a></sup>');
    expect(html).not.toContain('cite-tip');
    expect(html).toContain('<li id="note-1"><a href="/base/articles/harbour-report/#p1">Harbour Post, 4 May 2031, ¶1</a> (high reliability): <q>halted all crossings on Tuesday</q>');
  });

  it('shares one note between two citations of the same passage, with two markers', () => {
    const html = render('A. <Cite a="harbour-report" p="3" q="worst in a decade" /> B. <Cite a="harbour-report" p="3" q="worst in a decade" />');
    expect(html).toContain('id="ref-1-1"');
    expect(html).toContain('id="ref-1-2"');
    expect(html.match(/<li id="note-/g)).toHaveLength(1);
    expect(html.match(/<q>/g)).toHaveLength(1);
  });

  it('gives one note to a source paragraph cited with different quotes: the source named once, each quote with its way back', () => {
    const html = render('A. <Cite a="harbour-report" p="2" q="repairs would take a week" by="Ana Ruiz" /> B. <Cite a="harbour-report" p="1" q="halted all crossings on Tuesday" /> C. <Cite a="harbour-report" p="2" q="take a week" by="Ana Ruiz" /> D. <Cite a="harbour-report" p="2" q="14 vessels stayed in harbour" />');
    expect(html.match(/<li id="note-/g)).toHaveLength(2);
    expect(html.match(/Harbour Post, 4 May 2031, ¶2/g)).toHaveLength(1);
    // Every marker of ¶2 links to the paragraph and is described by its one note.
    expect(html.match(/<a href="\/base\/articles\/harbour-report\/#p2" id="ref-1-\d" aria-describedby="note-1">\[1\]<\/a>/g)).toHaveLength(3);
    // "take a week" lies within the first quote, by the same speaker: shown by it, not twice.
    expect(html).toContain('<li id="note-1"><a href="/base/articles/harbour-report/#p2">Harbour Post, 4 May 2031, ¶2</a> (high reliability): according to Ana Ruiz, <q>repairs would take a week</q> <a href="#ref-1-1" aria-label="Back to the text">↩</a>; <q>14 vessels stayed in harbour</q> <a href="#ref-1-3" aria-label="Back to the text">↩</a></li>');
  });

  it('leaves the reliability out of the notes of a page that lists its sources with their reliability (an explainer)', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCitations, { ...options, listsSources: (file: VFile) => file.path.includes('/explainers/') });
    const run = (path: string): string => {
      const file = new VFile({ path, value: 'The line stopped. <Cite a="harbour-report" p="1" q="halted all crossings on Tuesday" />' });
      return toHtml(toHast(processor.runSync(processor.parse(file), file) as Root, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }) as never);
    };
    expect(run('content/explainers/x.mdx')).toContain('<li id="note-1"><a href="/base/articles/harbour-report/#p1">Harbour Post, 4 May 2031, ¶1</a>: <q>halted all crossings on Tuesday</q>');
    expect(run('content/explainers/x.mdx')).not.toContain('reliability');
    expect(run('content/actors/x.mdx')).toContain('¶1</a> (high reliability): <q>');
  });

  it('shows who makes a claim', () => {
    const html = render('Repairs take a week. <Cite a="harbour-report" p="2" q="repairs would take a week" by="Ana Ruiz" />');
    expect(html).toMatch(/<li id="note-1"><a [^>]+>Harbour Post, 4 May 2031, ¶2<\/a> \(high reliability\): according to Ana Ruiz, <q>repairs would take a week<\/q>/);
  });

  it('renders an outside source as such, never as an article paragraph and never with a reliability badge', () => {
    const html = render('Two piers are shut. <Cite s="harbour-bulletin" f="piers-closed" />');
    expect(html).toContain('href="/base/about/sources/harbour-bulletin/#harbour-bulletin--piers-closed"');
    expect(html).toMatch(/<a [^>]+>Outside source: Saltmarsh Port Authority statement, 4 May 2031<\/a>\. It supports: Two piers are closed until further notice\./);
    expect(html).not.toMatch(/reliability\)/);
  });

  it('marks a claim supported only by a low-reliability source, but not one that also has a reliable source', () => {
    expect(render('Fourteen. <Cite a="rumour-mill" p="3" q="worst in a decade" />')).toContain('low-reliability source only');
    expect(render('Fourteen. <Cite a="rumour-mill" p="3" q="worst in a decade" /> <Cite a="harbour-report" p="3" q="worst in a decade" />')).not.toContain('low-reliability source only');
    expect(render('Shut. <Cite a="rumour-mill" p="3" q="worst in a decade" /> <Cite s="harbour-bulletin" f="piers-closed" />')).not.toContain('low-reliability source only');
  });

  it('keeps a correction mark on quoted words in the note (and so in the tooltip made from it), with what is right', () => {
    const html = render('It says fourteen. <Cite a="rumour-mill" p="2" q="14 vessels stayed in harbour" />');
    expect(html).toContain('<q><mark class="correction-mark wrong">14 vessels stayed in harbour</mark></q> <a href="/base/articles/rumour-mill/#correction-1"');
    expect(html).toContain('<a href="/base/articles/rumour-mill/#correction-1" class="note-correction wrong">This passage is wrong: Nine vessels stayed in harbour.</a>');
  });

  it('renders a disagreement with each side and its citation, whether sides are written as blocks or inline', () => {
    const block = render('<Disagree question="How long?">\n  <Side claim="A week">\n    A week. <Cite a="harbour-report" p="2" q="repairs would take a week" />\n  </Side>\n  <Side claim="Unknown">\n    Unknown. <Cite s="harbour-bulletin" f="piers-closed" />\n  </Side>\n</Disagree>');
    expect(block).toMatch(/<aside class="disagree" aria-labelledby="disagreement-1"><p class="disagree-label" id="disagreement-1">Where the sources disagree: How long\?<\/p>/);
    expect(block.match(/<div class="side"><p class="claim"><strong>/g)).toHaveLength(2);
    const inline = render('<Disagree question="How long?">\n  <Side claim="A week">A week. <Cite a="harbour-report" p="2" q="repairs would take a week" /></Side>\n  <Side claim="Unknown">Unknown. <Cite s="harbour-bulletin" f="piers-closed" /></Side>\n</Disagree>');
    expect(inline.match(/<div class="side"><p class="claim"><strong>[^<]+<\/strong><\/p><p>/g)).toHaveLength(2);
  });

  it('carries a correction mark onto the heading of a side whose citations quote corrected words', () => {
    const html = render('<Disagree question="How many?">\n  <Side claim="Fourteen vessels">It says fourteen. <Cite a="rumour-mill" p="2" q="14 vessels stayed in harbour" /></Side>\n  <Side claim="Unknown">Unknown. <Cite s="harbour-bulletin" f="piers-closed" /></Side>\n</Disagree>');
    expect(html).toContain('<div class="side has-wrong"><p class="claim"><strong>Fourteen vessels</strong> <mark class="correction-flag wrong">corrected: see its notes</mark></p>');
    expect(html).toContain('<div class="side"><p class="claim"><strong>Unknown</strong></p>');
  });

  it('is idempotent: a second run changes nothing', () => {
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkCitations, options);
    const file = new VFile({ value: 'A. <Cite a="harbour-report" p="3" q="worst in a decade" />' });
    const once = processor.runSync(processor.parse(file), file);
    const twice = processor.runSync(structuredClone(once), file);
    expect(twice).toEqual(once);
  });
});
