import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import { parse } from 'node-html-parser';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { citeViews } from '../../../src/lib/cite-view.ts';
import { claimAnchorsByCite, claimHash } from '../../../src/lib/claims.ts';
import type { Citation } from '../../../src/schemas/citation.ts';
import remarkCitations from '../../../src/remark/remark-citations.ts';
import remarkClaimAnchors from '../../../src/remark/remark-claim-anchors.ts';
import remarkDisagreements from '../../../src/remark/remark-disagreements.ts';
import { site } from '../lib/content/fixture.ts';

const model = site();
const views = citeViews(model, '/');
const EXPLAINER = 'content/explainers/why-did-the-ferries-stop.mdx';

/** Runs the claim, disagreement and citation plugins on MDX, as the pipeline does, and returns the HTML. */
function render(mdx: string, path = EXPLAINER, twice = false): string {
  let processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkClaimAnchors, { applies: (file: VFile) => String(file.path).includes('/explainers/') });
  if (twice) processor = processor.use(remarkClaimAnchors, { applies: () => true });
  processor = processor.use(remarkDisagreements, { statusesOf: (refs: readonly Citation[]) => refs.flatMap((r) => views.view(r).marks.map((m) => m.status)) }).use(remarkCitations, { view: views.view });
  const file = new VFile({ path, value: mdx });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return toHtml(toHast(tree, { passThrough: ['mdxJsxFlowElement', 'mdxJsxTextElement'] }) as never);
}

/** The anchored sentences of some HTML: id → text, without markers, tooltips or the link. */
function claims(html: string): Map<string, string> {
  const root = parse(html);
  for (const el of root.querySelectorAll('sup.cite, copy-link')) el.remove();
  return new Map(root.querySelectorAll('.cited-claim').map((el) => [el.id, el.textContent.trim()]));
}

describe('remark-claim-anchors', () => {
  it('wraps each cited sentence and its citations in an anchor, leaving the sentence before it outside', () => {
    const html = render('The line runs ferries. It halted them on Tuesday. <Cite a="harbour-report" p="1" q="halted all crossings on Tuesday" /> Then it waited.');
    expect([...claims(html)]).toEqual([[`c-${claimHash('It halted them on Tuesday.')}`, 'It halted them on Tuesday.']]);
    expect(html).toMatch(/^<p>The line runs ferries\. <span id="c-[0-9a-f]{8}" class="cited-claim">It halted/);
    expect(html).toContain('[1]</a>');
  });

  it('ends each anchored sentence with a plain link to its anchor inside <copy-link>', () => {
    const html = render('Two piers broke. <Cite a="harbour-report" p="1" q="a storm damaged two piers" />');
    const id = `c-${claimHash('Two piers broke.')}`;
    const link = parse(html).querySelector(`#${id} copy-link a`);
    expect(link?.getAttribute('href')).toBe(`#${id}`);
    expect(link?.getAttribute('aria-label')).toBe('Link to this sentence');
  });

  it('gives a sentence with two citations one anchor that holds both markers', () => {
    const html = render('Port officials counted 14 vessels. <Cite a="harbour-report" p="2" q="14 vessels stayed in harbour" /> <Cite a="harbour-report" p="2" q="Port officials said" />');
    const root = parse(html);
    expect(root.querySelectorAll('.cited-claim')).toHaveLength(1);
    expect(root.querySelectorAll('.cited-claim sup.cite')).toHaveLength(2);
  });

  it('anchors a sentence that starts with a link, and one inside a disagreement’s side', () => {
    const html = render(
      ['[The line](https://example.org) halted crossings. <Cite a="harbour-report" p="1" q="halted all crossings on Tuesday" />', '', '<Disagree question="How long?">', '  <Side claim="A week">The director says a week. <Cite a="harbour-report" p="2" q="repairs would take a week" by="Ana Ruiz" /></Side>', '  <Side claim="Unknown">The port gives no date. <Cite s="harbour-bulletin" f="piers-closed" /></Side>', '</Disagree>'].join('\n'),
    );
    expect([...claims(html).values()]).toEqual(['The line halted crossings.', 'The director says a week.', 'The port gives no date.']);
  });

  it('gives the same anchors as the content model’s claims, which the data files link to', () => {
    const explainer = model.explainers.get('why-did-the-ferries-stop' as never)!;
    const body = [...model.citations()].filter((c) => c.owner.kind === 'explainer' && c.in === 'body');
    const fromModel = new Set(claimAnchorsByCite(body.map((c) => c.claim)).filter(Boolean));
    const source = siteFileBody(EXPLAINER);
    expect(new Set(claims(render(source)).keys())).toEqual(fromModel);
    expect(explainer.cites.length).toBe(body.length);
  });

  it('gives the same anchors on every run, and keeps them when another paragraph is added or reworded', () => {
    const source = siteFileBody(EXPLAINER);
    const first = claims(render(source));
    expect(claims(render(source))).toEqual(first);
    const edited = `A new opening paragraph, uncited, about the coast.\n\n${source.replace('The line halted its crossings after the storm.', 'The ferry line stopped every crossing after the storm.')}`;
    const after = claims(render(edited));
    const kept = [...first].filter(([, text]) => !text.startsWith('The line halted'));
    for (const [id, text] of kept) expect(after.get(id), text).toBe(text);
    expect(after.size).toBe(first.size);
  });

  it('is idempotent: a second run adds no second wrapper', () => {
    const html = render('Two piers broke. <Cite a="harbour-report" p="1" q="a storm damaged two piers" />', EXPLAINER, true);
    expect(parse(html).querySelectorAll('.cited-claim')).toHaveLength(1);
  });

  it('leaves pages other than explainers alone', () => {
    const html = render('Two piers broke. <Cite a="harbour-report" p="1" q="a storm damaged two piers" />', 'content/actors/port-authority.mdx');
    expect(html).not.toContain('cited-claim');
  });
});

/** The body of a fixture file (after its frontmatter). */
function siteFileBody(path: string): string {
  let text = '';
  site((files) => {
    text = files.get(path) ?? '';
  });
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}
