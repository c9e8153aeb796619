/**
 * Content errors stop the build with a message an editor can act on. Each test copies the project
 * to a scratch folder, breaks one thing, runs `astro build`, and checks the message names the file,
 * the field or citation, the bad value and the fix.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

describe.concurrent('a content error stops the build with a useful message', () => {
  it('an impossible date names the file, the field and the fix', () => {
    const r = buildBroken((root) => edit(root, 'content/articles/us-tit-for-tat-strikes-send-warning.mdx', 'date: "2019-12-30"', 'date: 2019-13-45'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('us-tit-for-tat-strikes-send-warning');
    expect(r.output).toMatch(/published\.date: write the date in quotes/);
  });

  it('a missing title names the file and the field', () => {
    const r = buildBroken((root) => edit(root, 'content/articles/has-iran-abandoned-hezbollah.mdx', 'title: Has Iran Abandoned Hezbollah in its Fight against Israel in Lebanon?\n', ''));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('has-iran-abandoned-hezbollah');
    expect(r.output).toMatch(/title/);
  });

  it('one changed word in a cited quote names the explainer, the citation and the closest paragraph', () => {
    const r = buildBroken((root) =>
      edit(root, 'content/explainers/who-is-kataib-hezbollah.mdx', 'q="Washington designated the group a foreign terrorist organisation in 2009" />', 'q="Washington designated the group a foreign militant organisation in 2009" />'),
    );
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/explainers/who-is-kataib-hezbollah.mdx');
    expect(r.output).toMatch(/<Cite> \d+ \(line \d+\) cites us-tit-for-tat-strikes-send-warning ¶12 with the quote "Washington designated the group a foreign militant organisation in 2009", which is not in that paragraph\. Closest paragraph: ¶12/);
  });

  it('a citation of a paragraph that does not exist names the paragraph count', () => {
    const r = buildBroken((root) => edit(root, 'content/explainers/who-is-kataib-hezbollah.mdx', 'p="12" q="Washington designated', 'p="99" q="Washington designated'));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/cites us-tit-for-tat-strikes-send-warning ¶99, but that article has only \d+ paragraphs\. The quote is in ¶12: cite p12\./);
  });

  it('an unknown actor in an explainer names the file, the field, the value and the fix', () => {
    const r = buildBroken((root) => edit(root, 'content/explainers/who-is-kataib-hezbollah.mdx', 'actors: [kataib-hezbollah,', 'actors: [kataib-hezbolah,'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/explainers/who-is-kataib-hezbollah.mdx: field `actors.0`: got "kataib-hezbolah": no file content/actors/kataib-hezbolah.mdx exists');
  });

  it('two actors claiming one alias name both files', () => {
    const r = buildBroken((root) => edit(root, 'content/actors/hamas.mdx', 'aliases:\n', 'aliases:\n  - { text: Hezbollah Brigades, type: translation }\n'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/actors/hamas.mdx');
    expect(r.output).toContain('content/actors/kataib-hezbollah.mdx');
  });

  it('an event naming a place that does not exist names the file and the value', () => {
    const r = buildBroken((root) => edit(root, 'content/events/us-strikes-mayadin-2023.yaml', 'places: [', 'places: [nowhere-town, '));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('us-strikes-mayadin-2023.yaml');
    expect(r.output).toContain('nowhere-town');
  });

  it('a correction quoting words the article does not contain names the file and the quote', () => {
    const r = buildBroken((root) => edit(root, 'content/articles/ai-written-account-of-february-2024-strikes.mdx', '- Another 4 US troops were injured.', '- Another 5 US troops were injured.'));
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('ai-written-account-of-february-2024-strikes.mdx');
    expect(r.output).toContain('Correction 4 quotes text that is not in the article: "Another 5 US troops were injured."');
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
    expect(readFileSync(join(out, 'timeline/index.html'), 'utf8')).toContain('id="zz-test-event"');
    expect(readFileSync(join(out, 'actors/john-kirby/index.html'), 'utf8')).toContain('id="zz-test-event"');
    expect(readFileSync(join(out, 'places/erbil/index.html'), 'utf8')).toContain('id="zz-test-event"');
    expect(readFileSync(join(out, 'timeline/kind/us-strike/index.html'), 'utf8')).toContain('id="zz-test-event"');
    // The map's marker for Erbil counts one more event.
    const before = readdirSync('content/events').filter((n) => /places: \[[^\]]*\berbil\b/.test(readFileSync(`content/events/${n}`, 'utf8'))).length;
    expect(readFileSync(join(out, 'timeline/index.html'), 'utf8')).toContain(`<title>Erbil, Iraq (town): ${before + 1} event(s)</title>`);
  });
});
