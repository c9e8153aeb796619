/**
 * Content errors stop the build with a message an editor can act on. Each test copies the project
 * to a scratch folder, breaks one thing, runs `astro build`, and checks the message names the file,
 * the field or citation, the bad value and the fix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/content.ts';
import { buildProject, cleanScratch, scratchProject } from './scratch.ts';

afterAll(cleanScratch);

/** Copies the project, applies `breakIt`, builds, and returns the exit code, all output and dist. */
function buildBroken(breakIt: (root: string) => void): { status: number | null; output: string; dist: string } {
  const root = scratchProject('broken-');
  breakIt(root);
  return buildProject(root);
}

/** Replaces text in a file of the scratch copy, and fails if the text is not there. */
function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(path, text.replace(from, to));
}

// Every rule and its message is pinned by the unit tests of checkContent (tests/unit/lib/content/).
// These few real builds prove that the build runs that check before any page renders, and stops.
describe.concurrent('a content error stops the build before any page renders, with the checker’s message', () => {
  it('an impossible date names the file, its line, the field and the fix', () => {
    const r = buildBroken((root) => edit(root, 'content/articles/us-tit-for-tat-strikes-send-warning.mdx', 'date: "2019-12-30"', 'date: 2019-13-45'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/articles\/us-tit-for-tat-strikes-send-warning\.mdx:\d+: field `published\.date`: got 2020-02-14: write the date in quotes/);
    expect(r.output).not.toContain('generating static routes');
  });

  it('one changed word in a cited quote names the explainer, the citation and the closest paragraph', () => {
    const r = buildBroken((root) =>
      edit(root, 'content/explainers/who-is-kataib-hezbollah.mdx', 'q="Washington designated the group a foreign terrorist organisation in 2009" />', 'q="Washington designated the group a foreign militant organisation in 2009" />'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/content\/explainers\/who-is-kataib-hezbollah\.mdx:\d+: <Cite> \d+: got "Washington designated the group a foreign militant organisation in 2009": cites us-tit-for-tat-strikes-send-warning ¶12 with the quote .*, which is not in that paragraph\. Fix: copy the quote word for word .* the closest is ¶12/);
  });
});

describe('the timeline is built from the data alone', () => {
  it('a new event file appears on the timeline, its actor’s and its place’s pages and the map, with no other edit', () => {
    const event = [
      'title: A test strike near Erbil',
      'summary: A made-up event that only this test adds, to check that one file updates every view.',
      'date: "2023-12-20"',
      'datePrecision: day',
      'kind: us-strike',
      'places: [erbil]',
      'actors:',
      '  - { actor: john-kirby, role: official }',
      'citations:',
      '  - { article: us-strikes-iran-backed-militia-facilities-in-eastern-syria, paragraph: 13, quote: "Pentagon spokesman John Kirby said in a statement" }',
      '',
    ].join('\n');
    const r = buildBroken((copy) => writeFileSync(join(copy, 'content/events/zz-test-event.yaml'), event));
    expect(r.status, r.output.slice(-2000)).toBe(0);
    const out = r.dist;
    // The event lives on its year's page of the timeline.
    expect(readFileSync(join(out, 'timeline/2023/index.html'), 'utf8')).toContain('id="zz-test-event"');
    expect(readFileSync(join(out, 'actors/john-kirby/index.html'), 'utf8')).toContain('id="zz-test-event"');
    expect(readFileSync(join(out, 'places/erbil/index.html'), 'utf8')).toContain('id="zz-test-event"');
    expect(readFileSync(join(out, 'timeline/kind/us-strike/index.html'), 'utf8')).toContain('id="zz-test-event"');
    // The map's marker for Erbil counts one more event.
    const before = [...loadContent(process.cwd()).events.values()].filter((e) => e.data.places.includes('erbil' as never)).length;
    expect(readFileSync(join(out, 'timeline/index.html'), 'utf8')).toContain(`<title>Erbil, Iraq (town): ${before + 1} events</title>`);
  });
});
