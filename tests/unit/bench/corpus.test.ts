/**
 * The benchmark corpus is deterministic (same seed, same bytes) and valid: it passes the checks the
 * real build makes (schemas, citations, references, glossary collisions), so a benchmark build
 * measures a build that succeeds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addedArticle, buildCorpus, toArabic } from '../../../bench/corpus.ts';
import { createRng } from '../../../bench/prng.ts';
import { writeFiles } from '../../../bench/scratch.ts';
import { loadContent } from '../../../src/build/content.ts';
import { checkContent } from '../../../src/lib/content/check.ts';
import { formatProblem } from '../../../src/lib/content/problems.ts';

const scratch: string[] = [];
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

describe('createRng', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('forks independent streams that do not depend on earlier draws', () => {
    const a = createRng(7);
    a.next();
    a.next();
    expect(a.fork('x').hex(16)).toBe(createRng(7).fork('x').hex(16));
    expect(createRng(7).fork('x').hex(16)).not.toBe(createRng(7).fork('y').hex(16));
  });

  it('keeps int within its bounds', () => {
    const r = createRng(1);
    const values = Array.from({ length: 1000 }, () => r.int(3, 5));
    expect(new Set(values)).toEqual(new Set([3, 4, 5]));
  });
});

describe('buildCorpus', () => {
  it('is deterministic: the same seed gives byte-identical files', () => {
    const a = buildCorpus({ n: 60, seed: 7 });
    const b = buildCorpus({ n: 60, seed: 7 });
    expect(b.files).toEqual(a.files);
    expect(b.stats).toEqual(a.stats);
    expect(b.queries).toEqual(a.queries);
  });

  it('gives a different corpus for a different seed', () => {
    const a = buildCorpus({ n: 60, seed: 7 });
    const b = buildCorpus({ n: 60, seed: 8 });
    expect(b.files.map((f) => f.content)).not.toEqual(a.files.map((f) => f.content));
  });

  it('keeps the first articles when n grows (each article has its own stream)', () => {
    const small = buildCorpus({ n: 40, seed: 3 });
    const large = buildCorpus({ n: 80, seed: 3 });
    const articles = (c: typeof small) => c.files.filter((f) => f.path.startsWith('content/articles/'));
    const largeByPath = new Map(articles(large).map((f) => [f.path, f.content]));
    for (const f of articles(small)) expect(largeByPath.get(f.path)).toBe(f.content);
  });

  it('has the sizes the brief asks for', () => {
    const { files, stats } = buildCorpus({ n: 200, seed: 1 });
    const count = (dir: string) => files.filter((f) => f.path.startsWith(`content/${dir}/`)).length;
    expect(count('articles')).toBe(200);
    expect(count('actors')).toBe(60);
    expect(count('explainers')).toBe(10);
    expect(count('events')).toBe(20);
    expect(count('places')).toBe(20);
    expect(count('sources')).toBe(8);
    expect(buildCorpus({ n: 1000, seed: 1 }).stats.sources).toBe(20);
    expect(files.some((f) => f.path === 'content/counts.yaml')).toBe(true);
    expect(stats.paragraphs / 200).toBeGreaterThanOrEqual(10);
    expect(stats.paragraphs / 200).toBeLessThanOrEqual(25);
  });

  it('writes quoted dates, draft: false and 64-hex ingest hashes in every article', () => {
    const { files } = buildCorpus({ n: 30, seed: 1 });
    for (const f of files.filter((x) => x.path.startsWith('content/articles/'))) {
      expect(f.content).toMatch(/\n {2}date: "\d{4}-\d{2}(-\d{2})?"\n/);
      expect(f.content).toContain('\ndraft: false\n');
      expect(f.content).toMatch(/seedSha256: [0-9a-f]{64}\n/);
      expect(f.content).toMatch(/draftSha256: [0-9a-f]{64}\n/);
    }
  });

  it('gives some articles a byline, with where ingest found it, and not others', () => {
    const articles = buildCorpus({ n: 60, seed: 2 }).files.filter((f) => f.path.startsWith('content/articles/'));
    const withByline = articles.filter((f) => /\n {2}byline: "[^"]+"\n {2}sources: \{ byline: /.test(f.content));
    expect(withByline.length).toBeGreaterThan(5);
    expect(withByline.length).toBeLessThan(articles.length);
  });

  it('refuses a corpus too small to hold its fixed parts', () => {
    expect(() => buildCorpus({ n: 5, seed: 1 })).toThrow(/at least 20/);
  });
});

describe('the generated corpus passes the real build checks', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  scratch.push(root);
  const corpus = buildCorpus({ n: 120, seed: 11 });
  writeFiles(root, corpus.files);
  const model = loadContent(root);

  it('passes checkContent, the check the build runs, with every file of every kind', () => {
    expect(checkContent(model).map(formatProblem)).toEqual([]);
    expect(model.articles.size).toBe(120);
    expect(model.counts).toHaveLength(2);
    expect(corpus.files.length).toBe(model.articles.size + model.actors.size + model.explainers.size + model.events.size + model.places.size + model.sources.size + 1);
  }, 30_000);

  it('cites outside sources: from wrong and clarified corrections, key facts and events', () => {
    const sourceCites = model.citations().filter((c) => 'source' in c.ref);
    expect(sourceCites.length).toBeGreaterThan(0);
    const corrected = [...model.articles.values()].flatMap((a) => a.data.corrections);
    expect(corrected.length).toBeGreaterThan(0);
    for (const c of corrected) expect(c.evidence.length > 0).toBe(c.status !== 'unconfirmed');
  });

  it('every explainer cites ten or more times and shows a disagreement', () => {
    for (const e of model.explainers.values()) {
      expect(e.cites.length).toBeGreaterThanOrEqual(10);
      expect(e.disagreements.length).toBeGreaterThan(0);
    }
  });

  it('text names actors by name and by alias: abbreviations, Arabic script and ambiguous names', () => {
    const matcher = model.matcher();
    const mentions = [...model.articles.values()].flatMap((a) => a.paragraphs.map((p) => p.text)).slice(0, 400).flatMap((p) => matcher.find(p));
    const texts = new Set(mentions.map((m) => m.term.text));
    expect(new Set(mentions.map((m) => m.actor)).size).toBeGreaterThan(20);
    expect([...texts].some((t) => /^[A-Z]{2,5}$/.test(t))).toBe(true);
    expect([...texts].some((t) => /[\u0600-\u06ff]/.test(t))).toBe(true);
    expect(mentions.some((m) => m.ambiguous)).toBe(true);
  });
});

describe('addedArticle', () => {
  it('is one article the corpus lacks, the one a corpus of n + 1 has', () => {
    const corpus = buildCorpus({ n: 50, seed: 4 });
    const added = addedArticle({ n: 50, seed: 4 });
    expect(added.path).toMatch(/^content\/articles\/.+\.mdx$/);
    expect(corpus.files.some((f) => f.path === added.path)).toBe(false);
    expect(buildCorpus({ n: 51, seed: 4 }).files).toContainEqual(added);
  });

  it('leaves content that still passes checkContent when written into a corpus', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-added-'));
    scratch.push(root);
    writeFiles(root, buildCorpus({ n: 40, seed: 9 }).files);
    writeFiles(root, [addedArticle({ n: 40, seed: 9 })]);
    const model = loadContent(root);
    expect(model.articles.size).toBe(41);
    expect(checkContent(model).map(formatProblem)).toEqual([]);
  }, 30_000);
});

describe('helpers', () => {
  it('toArabic writes Arabic letters and the article', () => {
    expect(toArabic('al-Zarqan')).toBe('الزارقان');
  });
});
