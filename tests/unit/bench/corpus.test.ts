/**
 * The benchmark corpus is deterministic (same seed, same bytes) and valid: it passes the checks the
 * real build makes (schemas, citations, references, glossary collisions), so a benchmark build
 * measures a build that succeeds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpus, generateCorpus, toArabic } from '../../../bench/corpus.ts';
import { createRng } from '../../../bench/prng.ts';
import { stripMdxElements } from '../../../bench/scratch.ts';
import { checkEventsContent, readActorSlugs, readYamlDir } from '../../../src/build/check-events.ts';
import { loadArticles, readContentDir } from '../../../src/build/content-index.ts';
import { loadGlossaryTerms } from '../../../src/build/glossary.ts';
import { checkCitation } from '../../../src/lib/citations.ts';
import { buildMatcher } from '../../../src/lib/glossary/matcher.ts';
import { collectCites } from '../../../src/lib/mdx-cites.ts';
import { parseMdx } from '../../../src/lib/mdx-parse.ts';
import { collectParagraphs } from '../../../src/lib/paragraphs.ts';
import { ActorSchema } from '../../../src/schemas/actor.ts';
import { ArticleSchema } from '../../../src/schemas/article.ts';
import { CountSchema } from '../../../src/schemas/count.ts';
import { ExplainerSchema } from '../../../src/schemas/explainer.ts';

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

  it('refuses a corpus too small to hold its fixed parts', () => {
    expect(() => buildCorpus({ n: 5, seed: 1 })).toThrow(/at least 20/);
  });
});

describe('the generated corpus passes the real build checks', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
  scratch.push(root);
  const corpus = generateCorpus({ n: 120, seed: 11, dir: root });
  const dir = (sub: string) => join(root, 'content', sub);
  const { index, meta } = loadArticles(dir('articles'));

  it('every article matches the article schema and every correction quote is in its text', () => {
    const files = readContentDir(dir('articles'));
    expect(files).toHaveLength(120);
    for (const file of files) {
      const parsed = ArticleSchema.safeParse(file.data);
      expect(parsed.success, `${file.path}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      const text = collectParagraphs(parseMdx(file.body))
        .map((p) => p.text)
        .join('\n');
      for (const q of meta.get(file.slug)?.correctionQuotes ?? []) expect(text).toContain(q.quote);
    }
  });

  it('every actor and explainer matches its schema, and every citation quote is in its paragraph', () => {
    const problems: string[] = [];
    const actorSlugs = new Set(readActorSlugs(dir('actors')));
    const check = (file: string, ref: { article: string; paragraph: number; quote: string }) => {
      const p = checkCitation(ref, index);
      if (p) problems.push(`${file}: ${p}`);
    };
    for (const file of readContentDir(dir('actors'))) {
      const actor = ActorSchema.parse(file.data);
      for (const r of actor.relations) {
        expect(actorSlugs.has(r.target)).toBe(true);
        check(file.path, r.cite);
      }
      for (const f of actor.facts) check(file.path, f.cite);
      for (const c of collectCites(parseMdx(file.body)).cites) check(file.path, c);
    }
    const explainers = readContentDir(dir('explainers'));
    const explainerSlugs = new Set(explainers.map((e) => e.slug));
    for (const file of explainers) {
      const explainer = ExplainerSchema.parse(file.data);
      for (const a of explainer.actors) expect(actorSlugs.has(a)).toBe(true);
      for (const r of explainer.related) expect(explainerSlugs.has(r)).toBe(true);
      for (const k of explainer.keyFacts) check(file.path, k.cite);
      const { cites, problems: bad } = collectCites(parseMdx(file.body));
      expect(bad).toEqual([]);
      expect(cites.length).toBeGreaterThanOrEqual(10);
      for (const c of cites) check(file.path, c);
      expect(file.body).toContain('<Disagree');
    }
    expect(problems).toEqual([]);
  });

  it('the events, places and counts are valid', () => {
    expect(checkEventsContent({ events: readYamlDir(dir('events')), places: readYamlDir(dir('places')), actorSlugs: readActorSlugs(dir('actors')), index })).toEqual([]);
    const counts = parseYaml(corpus.files.find((f) => f.path === 'content/counts.yaml')!.content, { version: '1.1' }) as unknown[];
    expect(counts).toHaveLength(2);
    for (const c of counts) {
      const count = CountSchema.parse(c);
      expect(checkCitation(count.cite, index)).toBeUndefined();
    }
  });

  it('no two actors or places claim one alias, and text names actors by name and by alias', () => {
    const matcher = buildMatcher(loadGlossaryTerms(dir('actors'), dir('places')));
    const mentions = [...index.values()].flat().slice(0, 400).flatMap((p) => matcher.find(p));
    const texts = new Set(mentions.map((m) => m.term.text));
    const actors = new Set(mentions.map((m) => m.actor));
    expect(actors.size).toBeGreaterThan(20);
    // Aliases of every type: a name, an abbreviation (all capitals), an Arabic-script alias.
    expect([...texts].some((t) => /^[A-Z]{2,5}$/.test(t))).toBe(true);
    expect([...texts].some((t) => /[\u0600-\u06ff]/.test(t))).toBe(true);
    expect(mentions.some((m) => m.ambiguous)).toBe(true);
  });
});

describe('helpers', () => {
  it('toArabic writes Arabic letters and the article', () => {
    expect(toArabic('al-Zarqan')).toBe('الزارقان');
  });

  it('stripMdxElements removes <Cite> and <Disagree> blocks and nothing else', () => {
    const source = 'A claim. <Cite a="x" p="1" q="y" /> More.\n\n<Disagree question="Q?">\n  <Side claim="A">\n    Text <Cite a="x" p="2" q="z" />\n  </Side>\n</Disagree>\nEnd.\n';
    expect(stripMdxElements(source)).toBe('A claim. More.\n\nEnd.\n');
  });
});
