import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { corpus, isCaptionLine, type Expectation } from '../../../fixtures/ingest/corpus.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';
import type { ParsedArticle } from '../../../../src/lib/ingest/parse.ts';

/** An entry of a furniture list matches a line exactly, or by its start when it ends with "…". */
const matches = (entry: string, text: string): boolean => (entry.endsWith('…') ? text.startsWith(entry.slice(0, -1)) : text === entry);

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Line-level counts for one fixture. */
interface Score {
  fixture: Expectation;
  text: number;
  textKept: number;
  furniture: number;
  furnitureRemoved: number;
  removed: number;
  title: boolean;
  date: boolean;
  publisher: boolean;
  lostText: string[];
  keptFurniture: string[];
  wrongMeta: string[];
}

const scores: Score[] = [];

/** Ingests one fixture and measures it against its expectations. */
function measure(fixture: Expectation): { score: Score; article: ParsedArticle; frontmatter: Record<string, any>; unmatched: string[] } {
  const path = `tests/fixtures/ingest/${fixture.file}`;
  const result = ingestSeed(basename(path), readFileSync(path));
  if (!result.ok) throw new Error(`${fixture.file}: ${result.problem.message}`);
  const article = result.articles[0]!;
  const frontmatter = parseYaml(result.drafts[0]!.source.match(/^---\n([\s\S]*?)\n---/)![1]!) as Record<string, any>;
  const entries = [...fixture.furniture, ...(fixture.captions ?? []).map((c) => `${c.caption}…`)];
  const used = new Set<string>();
  const score: Score = { fixture, text: 0, textKept: 0, furniture: 0, furnitureRemoved: 0, removed: 0, title: false, date: false, publisher: false, lostText: [], keptFurniture: [], wrongMeta: [] };
  for (const t of article.trace) {
    // The title is never furniture; a standfirst is scored only when it is listed as furniture (a note taken for the deck).
    if (t.fate === 'title' || (t.fate === 'standfirst' && !fixture.furniture.some((e) => matches(e, t.text)))) continue;
    // A line listed whole counts before a prefix that also covers it.
    const entry =
      fixture.furniture.find((e) => e === t.text) ??
      fixture.furniture.find((e) => matches(e, t.text)) ??
      (fixture.captions ?? []).filter((c) => isCaptionLine(c, t.text)).map((c) => `${c.caption}…`)[0];
    if (entry) used.add(entry);
    const isRemoved = t.fate === 'removed' || t.fate === 'figure';
    if (isRemoved) score.removed++;
    if (entry) {
      score.furniture++;
      if (isRemoved) score.furnitureRemoved++;
      else score.keptFurniture.push(`${t.line}: ${t.text.slice(0, 70)}`);
    } else {
      score.text++;
      if (!isRemoved) score.textKept++;
      else score.lostText.push(`${t.line} (${t.rule}): ${t.text.slice(0, 70)}`);
    }
  }
  const unmatched = entries.filter((e) => !used.has(e) && !article.trace.some((t) => (t.fate === 'title' || t.fate === 'standfirst') && matches(e, t.text)));
  score.title = norm(frontmatter['title']) === norm(fixture.title);
  score.date = (frontmatter['published']?.date ?? null) === fixture.date;
  score.publisher = frontmatter['publisher']?.name === fixture.publisher && (fixture.via === undefined || frontmatter['publisher']?.via === fixture.via);
  if (!score.title) score.wrongMeta.push(`title ${JSON.stringify(frontmatter['title'])}`);
  if (!score.date) score.wrongMeta.push(`date ${frontmatter['published']?.date}`);
  if (!score.publisher) score.wrongMeta.push(`publisher ${frontmatter['publisher']?.name}${frontmatter['publisher']?.via ? ` via ${frontmatter['publisher'].via}` : ''}`);
  scores.push(score);
  return { score, article, frontmatter, unmatched };
}

const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)} %`);

/** Totals over a set of fixtures. */
function totals(list: Score[]) {
  const sum = (f: (s: Score) => number): number => list.reduce((n, s) => n + f(s), 0);
  return {
    textRecall: sum((s) => s.textKept) / Math.max(1, sum((s) => s.text)),
    furniturePrecision: sum((s) => s.furnitureRemoved) / Math.max(1, sum((s) => s.removed)),
    furnitureRecall: sum((s) => s.furnitureRemoved) / Math.max(1, sum((s) => s.furniture)),
    metadata: list.filter((s) => s.title && s.date && s.publisher).length / Math.max(1, list.length),
    title: list.filter((s) => s.title).length / Math.max(1, list.length),
    date: list.filter((s) => s.date).length / Math.max(1, list.length),
    publisher: list.filter((s) => s.publisher).length / Math.max(1, list.length),
    lines: sum((s) => s.text + s.furniture),
  };
}

afterAll(() => {
  const rows = scores.map(
    (s) =>
      `| ${s.fixture.set} | ${s.fixture.file} | ${pct(s.textKept, s.text)} | ${pct(s.furnitureRemoved, s.removed)} | ${pct(s.furnitureRemoved, s.furniture)} | ${s.title ? '✓' : '✗'} | ${s.date ? '✓' : '✗'} | ${s.publisher ? '✓' : '✗'} |`,
  );
  const line = (name: string, list: Score[]): string => {
    const t = totals(list);
    return `| ${name} (${list.length} fixtures, ${t.lines} lines) | text recall ${pct(t.textRecall, 1)} | furniture precision ${pct(t.furniturePrecision, 1)} | furniture recall ${pct(t.furnitureRecall, 1)} | title ${pct(t.title, 1)} | date ${pct(t.date, 1)} | publisher ${pct(t.publisher, 1)} | all three ${pct(t.metadata, 1)} |`;
  };
  console.log(
    [
      '| Set | Fixture | Text recall | Furniture precision | Furniture recall | Title | Date | Publisher |',
      '| --- | --- | ---: | ---: | ---: | :-: | :-: | :-: |',
      ...rows,
      '',
      ...[...new Set(corpus.map((c) => c.set))].map((set) => line(set, scores.filter((s) => s.fixture.set === set))),
      line('all', scores),
      '',
      ...scores.flatMap((s) => [...s.lostText.map((l) => `text lost in ${s.fixture.file} line ${l}`), ...s.keptFurniture.map((k) => `furniture kept in ${s.fixture.file} line ${k}`), ...s.wrongMeta.map((w) => `wrong in ${s.fixture.file}: ${w}`)]),
    ].join('\n'),
  );
});

describe('the ingest corpus', () => {
  it.each(corpus.map((c) => [c.file, c] as const))('keeps every line of article text in %s, and meets its expectations', (_file, fixture) => {
    const { score, article, unmatched } = measure(fixture);
    expect(unmatched, 'expectations that match no line of the fixture (fix the corpus)').toEqual([]);
    expect(score.lostText, 'article text removed').toEqual([]);
    for (const c of fixture.captions ?? []) {
      expect(article.figures.some((f) => f.caption.startsWith(c.caption) && f.credit === c.credit), `caption "${c.caption}" with credit "${c.credit}"`).toBe(true);
    }
    for (const items of fixture.lists ?? []) {
      expect(article.blocks.some((b) => b.kind === 'list' && JSON.stringify(b.items) === JSON.stringify(items)), `list ${items[0]}`).toBe(true);
    }
    for (const header of fixture.tables ?? []) {
      expect(article.blocks.some((b) => b.kind === 'table' && JSON.stringify(b.header) === JSON.stringify(header)), `table ${header.join(' | ')}`).toBe(true);
    }
    if (fixture.standfirst) expect(article.standfirst?.text).toBe(fixture.standfirst);
  });

  it('loses no visible text of a saved page before classifying it: every text node is in some block', () => {
    for (const fixture of corpus.filter((c) => c.file.endsWith('.html'))) {
      const path = `tests/fixtures/ingest/${fixture.file}`;
      const result = ingestSeed(basename(path), readFileSync(path));
      if (!result.ok) throw new Error(result.problem.message);
      const blocks = result.articles[0]!.trace.map((t) => norm(t.text)).join('\n');
      const { document } = parseHTML(readFileSync(path, 'utf8'));
      // What a reader never sees: scripts, styles, form controls, and what the page hides.
      // An SVG's <title> and <desc> name an icon for screen readers; they are never drawn.
      for (const el of document.querySelectorAll('script, style, noscript, template, textarea, select, head, [hidden], svg title, svg desc')) el.remove();
      for (const el of document.querySelectorAll('[style]')) if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '')) el.remove();
      const walker = document.createTreeWalker(document.body, 4);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = norm(node.textContent ?? '');
        if (text) expect(blocks, `${fixture.file}: "${text}"`).toContain(text);
      }
    }
  });

  it('meets the targets over the whole corpus: text recall 100 %, furniture precision and recall and metadata ≥ 95 %', () => {
    for (const fixture of corpus) if (!scores.some((s) => s.fixture === fixture)) measure(fixture);
    const t = totals(scores);
    expect(t.textRecall).toBe(1);
    expect(t.furniturePrecision).toBeGreaterThanOrEqual(0.95);
    expect(t.furnitureRecall).toBeGreaterThanOrEqual(0.95);
    expect(t.metadata).toBeGreaterThanOrEqual(0.95);
  });
});
