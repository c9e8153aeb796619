import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingestSeed } from '../../src/lib/ingest/index.ts';
import { norm, page, readingText } from './dist.ts';

/** The article page of each seed article, found through the articles' `ingest` frontmatter. */
const pageOf = new Map<string, string>();
for (const name of readdirSync('content/articles').filter((n) => n.endsWith('.mdx'))) {
  const source = readFileSync(`content/articles/${name}`, 'utf8');
  const seed = source.match(/^ {2}seed: (.*)$/m)?.[1];
  const part = source.match(/^ {2}part: (\d+)$/m)?.[1];
  pageOf.set(`${seed}#${part}`, `articles/${name.replace(/\.mdx$/, '')}/index.html`);
}

const seeds = readdirSync('seeds').filter((n) => n.endsWith('.txt')).sort();

/** The seed's lines with every reported removal cut out, each with the article it belongs to. */
function keptLines(name: string) {
  const result = ingestSeed(name, readFileSync(`seeds/${name}`));
  if (!result.ok) throw new Error(result.problem.message);
  const lines = readFileSync(`seeds/${name}`, 'utf8').split('\n');
  for (const r of result.removals) lines[r.line - 1] = (lines[r.line - 1] ?? '').replace(r.text, ' ');
  const starts = result.articles.map((a) => Math.min(a.title.line || Infinity, ...a.removals.map((r) => r.line), ...a.blocks.map((b) => b.line)));
  return { result, lines: lines.map((text, i) => ({ n: i + 1, text, part: starts.filter((s) => s <= i + 1).length || 1 })) };
}

/** Splits a line of raw text into the pieces a reader should find: sentences, list items, table cells. */
function pieces(line: string): string[] {
  return line
    .split('|')
    .flatMap((cell) => cell.replace(/^\s*[-*•]\s*/, '').split(/(?<=[.!?][”"’)]?)\s+(?=[A-Z“"‘(])/))
    .map(norm)
    .filter((p) => p.length > 0 && !/^[-|:\s]+$/.test(p));
}

describe('article pages', () => {
  it.each(seeds)('show every sentence of seed %s, minus the reported furniture', (name) => {
    const { lines } = keptLines(name);
    for (const { n, text, part } of lines) {
      const file = pageOf.get(`${name}#${part}`);
      expect(file, `${name} part ${part}`).toBeDefined();
      const shown = readingText(page(file!).querySelector('article')!);
      for (const piece of pieces(text)) expect(shown, `${name} line ${n}: "${piece}"`).toContain(piece);
    }
  });

  it.each(seeds)('show none of the furniture removed from seed %s, and each repeated line once', (name) => {
    const { result } = keptLines(name);
    for (const article of result.articles) {
      const file = pageOf.get(`${name}#${article.part}`)!;
      const whole = norm(page(file).querySelector('body')!.textContent);
      const body = readingText(page(file).querySelector('article')!);
      for (const r of article.removals) {
        if (r.rule === 'duplicate-line') expect(body.split(norm(r.text)).length - 1, `${name} line ${r.line}`).toBeLessThanOrEqual(1);
        else if (r.rule === 'photo-caption') {
          const figure = article.figures.find((f) => f.line === r.line)!;
          expect(body, `caption of ${name} line ${r.line}`).toContain(norm(figure.caption));
          expect(body, `credit of ${name} line ${r.line}`).toContain(norm(figure.credit));
        } else {
          // Whole words only: "TT" must not be shown, but "ATTACKS" may.
          const word = new RegExp(`(^|[^\\p{L}\\p{N}])${norm(r.text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u');
          expect(whole, `${name} line ${r.line} (${r.rule})`).not.toMatch(word);
        }
      }
    }
  });

  it('give every paragraph a stable id and a ¶ link to itself (the remark plugins ran)', () => {
    for (const file of pageOf.values()) {
      const root = page(file);
      const paragraphs = root.querySelectorAll('.prose p[id], .prose li[id], .prose table[id]');
      expect(paragraphs.length, file).toBeGreaterThan(4);
      paragraphs.forEach((p, i) => {
        expect(p.id).toBe(`p${i + 1}`);
        if (p.tagName !== 'TABLE') expect(p.querySelector(`a.pilcrow[href="#p${i + 1}"]`), `${file} #p${i + 1}`).not.toBeNull();
      });
    }
  });

  it('render GFM tables and lists and keep the sources’ straight quotes (GFM on, SmartyPants off)', () => {
    const ai = page('articles/ai-written-account-of-february-2024-strikes/index.html');
    expect(ai.querySelectorAll('.prose table tr')).toHaveLength(4);
    expect(ai.querySelectorAll('.prose ul li').length).toBeGreaterThanOrEqual(11);
    const national = readingText(page('articles/us-tit-for-tat-strikes-send-warning/index.html').querySelector('article')!);
    expect(national).toContain('"Everyone knows the rules: do not kill anyone and there is no problem.');
  });

  it('show title, date, publisher and a reliability badge with its reasons', () => {
    for (const file of pageOf.values()) {
      const root = page(file);
      expect(root.querySelector('h1')?.textContent.trim(), file).toBeTruthy();
      expect(root.querySelector('dl.meta time, dl.meta dd'), file).not.toBeNull();
      expect(root.querySelector('.badge')?.textContent, file).toMatch(/^(High|Medium|Low) reliability$/);
      expect(root.querySelectorAll('.reasons li').length, file).toBeGreaterThan(0);
    }
  });

  it('mark every corrected passage of the AI-written article, link each mark to its correction and each correction back to its marks', () => {
    const root = page('articles/ai-written-account-of-february-2024-strikes/index.html');
    const source = readFileSync('content/articles/ai-written-account-of-february-2024-strikes.mdx', 'utf8');
    const corrections = (parseYaml(source.split('\n---')[0]!.replace(/^---\n/, '')) as { corrections: unknown[] }).corrections;
    const items = root.querySelectorAll('.corrections li.correction');
    expect(items).toHaveLength(corrections.length);
    const marks = root.querySelectorAll('.prose mark.correction-mark');
    expect(marks.length).toBeGreaterThanOrEqual(corrections.length);
    for (const name of ['Jonathan Farmer', 'Michael Baze', 'Elijah Gamble', 'Benjamin Hartfield']) {
      const mark = marks.find((m) => m.textContent.includes(name));
      expect(mark?.classList.contains('wrong'), name).toBe(true);
      // The wrong words stay out of the search index (SEARCH_EXCLUDE; tests/e2e/search.test.ts reads the index).
    }
    for (const ref of root.querySelectorAll('.correction-ref')) {
      expect(root.querySelector(ref.getAttribute('href')!), ref.getAttribute('href')).not.toBeNull();
    }
    // Each correction links back to every mark it puts in the text, and every mark has a way back.
    const backs = root.querySelectorAll('.corrections .backlinks a').map((a) => a.getAttribute('href'));
    expect(backs.sort()).toEqual(marks.map((m) => `#${m.id}`).sort());
    expect(root.querySelector('.prose .correction-correct')?.textContent).toContain('Tower 22');
    expect(readingText(items.find((i) => i.textContent.includes('Jonathan Farmer'))!)).toContain('Sgt. William Jerome Rivers, 46');
  });

  it('show the editor’s notes on conflicts, linked to the paragraphs', () => {
    const root = page('articles/us-strikes-iran-backed-militia-facilities-in-eastern-syria/index.html');
    const notes = root.querySelector('.notes')!;
    expect(readingText(notes)).toMatch(/at least one fighter.*at least 17/);
    for (const a of notes.querySelectorAll('a')) expect(root.querySelector(a.getAttribute('href')!)).not.toBeNull();
  });
});
