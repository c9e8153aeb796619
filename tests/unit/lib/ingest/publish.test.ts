/**
 * From seed to published article, on every held-out page of the ingest corpus (every set but
 * "tuning", read from the corpus, so a later round is tested as soon as it is listed): ingest the
 * page, do only what the editor's guide leaves to the editor — the kind, the rating with its reason,
 * `draft: false` — and the article must pass the content check, render with the site's pipeline
 * (as the articles loader renders it), and carry none of the page's furniture in its body. (A page that states no date could
 * not be published so: the content check would ask for one, as it asks the editor.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadContent } from '../../../../src/build/content.ts';
import { checkContent } from '../../../../src/lib/content/check.ts';
import type { ContentModel } from '../../../../src/lib/content/model.ts';
import { formatProblem } from '../../../../src/lib/content/problems.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';
import { bodyOf, renderBodyHtml } from './render-body.ts';
import { corpus, isCaptionLine, type Expectation } from '../../../fixtures/ingest/corpus.ts';

const heldOut = corpus.filter((c) => c.set !== 'tuning');

/** What the editor adds before publishing, and nothing else (README, "Add an article", step 4). */
function publish(source: string): string {
  const [, yaml, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
  const doc = parseDocument(yaml!);
  doc.set('kind', 'news-report');
  doc.setIn(['reliability', 'level'], 'medium');
  doc.setIn(['reliability', 'reasons'], ['It names the people it quotes, and its figures agree with each other.']);
  doc.set('draft', false);
  return `---\n${String(doc)}---\n${body}`;
}

// A table counts by its rows: a cell alone ("Iraq") may read like a menu item and still be the table's.
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'tr', 'figcaption']);


/** The text of every block element of a rendered body, without the paragraphs' ¶ links. */
function blockTexts(body: HTMLElement): string[] {
  return [...body.querySelectorAll([...BLOCKS].join(', '))].map((el) => (el.textContent ?? '').replace(/¶/g, '').replace(/\s+/g, ' ').trim());
}

/** A furniture entry matches a block exactly, or by its start when it ends with "…" (as in the corpus test). */
const matches = (entry: string, text: string): boolean => (entry.endsWith('…') ? text.startsWith(entry.slice(0, -1)) : text === entry);

/** One held-out page, ingested and published in a content folder of its own. */
interface Published {
  root: string;
  model: ContentModel;
  slug: string;
  source: string;
}

function ingestAndPublish(fixture: Expectation): Published {
  const path = `tests/fixtures/ingest/${fixture.file}`;
  const result = ingestSeed(basename(path), readFileSync(path));
  if (!result.ok) throw new Error(`${fixture.file}: ${result.problem.message}`);
  expect(result.drafts, `${fixture.file} holds one article`).toHaveLength(1);
  const draft = result.drafts[0]!;
  const root = mkdtempSync(join(tmpdir(), 'tft-publish-'));
  mkdirSync(join(root, 'content/articles'), { recursive: true });
  const source = publish(draft.source);
  writeFileSync(join(root, 'content/articles', `${draft.slug}.mdx`), source);
  return { root, model: loadContent(root, { cache: false }), slug: draft.slug, source };
}

describe.each(heldOut.map((f) => [f.file, f] as const))('the held-out page %s, published', (_file, fixture) => {
  let page: Published;
  beforeAll(() => {
    page = ingestAndPublish(fixture);
  });
  afterAll(() => rmSync(page.root, { recursive: true, force: true }));

  it('passes the content check once the editor has set only the kind and the rating', () => {
    expect(page.model.articles.get(page.slug as never)?.data.draft).toBe(false);
    expect(checkContent(page.model).map(formatProblem)).toEqual([]);
  });

  /** The body rendered as the site renders it (the articles loader's Markdown renderer): its block texts (once per page). */
  let rendered: Promise<string[]> | undefined;
  const render = (): Promise<string[]> =>
    (rendered ??= (async () => {
      const body = page.source.replace(/^---\n[\s\S]*?\n---\n/, '');
      return blockTexts(bodyOf(await renderBodyHtml(body, { root: page.root, model: page.model, path: join(page.root, 'content/articles', `${page.slug}.mdx`) })));
    })());

  it('renders with the site’s pipeline into a body of paragraphs', async () => {
    expect((await render()).length).toBeGreaterThan(0);
  });

  it('carries none of the page’s furniture in its body', async () => {
    const found = (await render()).filter((b) => fixture.furniture.some((e) => matches(e, b)) || (fixture.captions ?? []).some((c) => isCaptionLine(c, b)));
    expect(found, 'furniture in the published body').toEqual([]);
  });
});
