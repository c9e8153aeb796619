import { compile, run } from '@mdx-js/mdx';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isUneditedDraft } from '../../../../src/lib/ingest/draft.ts';
import { ArticleSchema } from '../../../../src/schemas/article.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';
import { runtime, textOf } from './mdx-tree.ts';
import { buildModel } from '../../../../src/lib/content/model.ts';
import { pipeline } from '../../../../src/remark/index.ts';
import { bodyOf, renderBodyHtml } from './render-body.ts';

const empty = buildModel([]);
const { remarkPlugins } = pipeline({ base: '/', root: process.cwd(), model: () => empty });

const seeds = readdirSync('seeds').filter((n) => n.endsWith('.txt')).sort();
const ingest = (name: string, dir = 'seeds') => {
  const r = ingestSeed(name, readFileSync(`${dir}/${name}`));
  if (!r.ok) throw new Error(r.problem.message);
  return r;
};


describe('drafts', () => {
  it('are deterministic: the same seed gives byte-identical drafts', () => {
    for (const name of seeds) expect(ingest(name).drafts.map((d) => d.source)).toEqual(ingest(name).drafts.map((d) => d.source));
  });

  it('turns seed 002 into two articles with their own titles', () => {
    const titles = ingest('002_96b435869d1e179b.txt').drafts.map((d) => d.source.match(/^title: (.*)$/m)?.[1]);
    expect(titles).toEqual(['How the US Strikes a Delicate Balance in Responding to Attacks on Its Forces by Iran-Backed Militias', 'Has Iran Abandoned Hezbollah in its Fight against Israel in Lebanon?']);
  });

  it('writes the table and the lists of seed 003 as GFM', () => {
    const source = ingest('003_ea102c1d131cd322.txt').drafts[0]!.source;
    expect(source).toContain('| Location | Details |\n| --- | --- |\n| Deir Ezzor, Syria |');
    expect(source).toContain('- Staff Sgt. Jonathan Farmer, 37 of Boynton Beach, Florida\n- Staff Sgt. Michael Baze');
    expect(source).toContain('- Iran – Tehran condemned');
  });

  it('records the draft hash, and any edit makes the file an edited article', () => {
    const source = ingest('001_903a0d96565c5a53.txt').drafts[0]!.source;
    expect(isUneditedDraft(source)).toBe(true);
    expect(isUneditedDraft(source.replace('Washington', 'Washingtan'))).toBe(false);
    expect(isUneditedDraft(source.replace('draft: true', 'draft: false'))).toBe(false);
  });

  it('flags what the editor must check: inferred dates, publishers, missing titles, AI authorship', () => {
    expect(ingest('001_903a0d96565c5a53.txt').drafts[0]!.findings).toEqual([
      'date 2019-12-30, inferred from a photo caption ("December 30, 2019"): check it',
      'publisher The National, from "told The National" in the text: check it',
    ]);
    expect(ingest('003_ea102c1d131cd322.txt').drafts[0]!.findings.join('\n')).toMatch(/no title line[\s\S]*written entirely by AI/);
    expect(ingest('004_02a3661ecebd874c.txt').drafts[0]!.findings[0]).toBe('no date found: set published.date before publishing');
  });
});

/** Compiles a draft's body with the real MDX compiler and our remark plugins, runs it, and returns its text and exports (the file is .mdx). */
async function render(source: string): Promise<{ text: string; exports: string[] }> {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const code = String(await compile(body, { outputFormat: 'function-body', remarkPlugins: remarkPlugins as never }));
  const mod = await run(code, { ...runtime, baseUrl: import.meta.url });
  return { text: textOf((mod.default as (p: unknown) => unknown)({})).replace(/\s*¶/g, ''), exports: Object.keys(mod).filter((k) => k !== 'default') };
}

/** Elements raw text must never become in a page: anything that runs, loads or hides content. */
const LIVE = 'script, style, img, iframe, object, embed, svg, template, noscript, form, input, link, meta, base';

/** Renders a draft's body as the site does (the Markdown renderer of the articles loader): its text, and the live elements or handlers in its HTML. */
async function renderSite(source: string): Promise<{ text: string; live: string[] }> {
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const html = bodyOf(await renderBodyHtml(body, { root: process.cwd(), model: empty, path: `${process.cwd()}/content/articles/hostile.mdx` }));
  const live = [...html.querySelectorAll(LIVE)].map((e) => e.tagName);
  for (const e of html.querySelectorAll('*')) for (const a of e.getAttributeNames()) if (/^on/i.test(a) || /^\s*javascript:/i.test(e.getAttribute(a) ?? '')) live.push(`${e.tagName} ${a}`);
  return { text: (html.textContent ?? '').replace(/\s*¶/g, ''), live };
}

describe('hostile input', () => {
  it("renders raw text as the same literal text through the site's Markdown renderer and the real MDX compiler, and nothing in it runs", async () => {
    const result = ingest('hostile.txt', 'tests/fixtures');
    const draft = result.drafts[0]!;
    const { text, exports } = await render(draft.source);
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
    expect(exports).toEqual([]);
    const site = await renderSite(draft.source);
    expect(site.live).toEqual([]);
    const article = result.articles[0]!;
    // Every kept line renders literally, in both; every other line is the title or is in the report.
    for (const t of article.trace) {
      if (t.fate === 'kept' || t.fate === 'check') {
        expect(text, `line ${t.line}`).toContain(t.text);
        expect(site.text.replace(/\s+/g, ' '), `line ${t.line}, site`).toContain(t.text.replace(/\s+/g, ' '));
      }
      else if (t.fate === 'title') expect((parseYaml(draft.source.match(/^---\n([\s\S]*?)\n---/)![1]!) as { title: string }).title).toBe(t.text);
      else expect(result.removals.some((r) => r.line === t.line), `line ${t.line} is in the report`).toBe(true);
    }
    const raw = readFileSync('tests/fixtures/hostile.txt', 'utf8').split('\n');
    raw.forEach((line, i) => {
      if (line.trim()) expect(article.trace.some((t) => t.line === i + 1), `line ${i + 1} is accounted for`).toBe(true);
    });
  });

  it('renders a hostile saved page as literal text: no script, handler, template or JSON-LD payload runs or leaks', async () => {
    const result = ingest('hostile.html', 'tests/fixtures/ingest/html');
    const draft = result.drafts[0]!;
    const { text, exports } = await render(draft.source);
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
    expect(exports).toEqual([]);
    const site = await renderSite(draft.source);
    expect(site.live).toEqual([]);
    expect(site.text).not.toMatch(/Template content|Noscript content|svg text|__pwned=true<\/script>|datePublished/);
    for (const para of [
      'This paragraph of article text carries an expression {globalThis.__pwned = true} and a tag <script>alert(1)</script> written as text',
      'import fs from "node:fs" is written at the start of this paragraph',
      'export const pwned = (globalThis.__pwned = true); this line starts like a module statement',
      '# Not a heading, * not a list, 1. not a list, > not a quote, | not | a table |, `code` and ```fences``` and ~~strike~~ stay text here.',
      'Entities stay literal: &amp; &#123; &lt;script&gt; and a backslash \\ and \\{ escaped brace',
      'Arabic text كتائب حزب الله {x} and an emoji 🚀',
    ]) {
      expect(text).toContain(para);
      expect(site.text).toContain(para);
    }
    expect(text).not.toMatch(/Template content|Noscript content|svg text|__pwned=true<\/script>/);
    const fm = parseYaml(draft.source.match(/^---\n([\s\S]*?)\n---/)![1]!) as { title: string; ingest: { byline: string; sources: Record<string, string> } };
    expect(fm.title).toBe('Hostile page: {globalThis.__pwned = true} <img src=x onerror=alert(1)>');
    // The JSON-LD block is cut short by the "</script>" in its author's name, as a browser cuts it,
    // so it is not read at all; the title comes from og:title, and the rest of that block is no text.
    expect(fm.ingest.sources['title']).toBe('<meta property="og:title">');
    expect(text).not.toContain('datePublished');
  });
});

describe('the frontmatter ingest writes', () => {
  it('passes the article schema for every seed and every corpus page, so a draft never breaks the build', () => {
    const dirs = ['seeds', 'tests/fixtures/ingest/text', 'tests/fixtures/ingest/html'];
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => /\.(?:txt|html)$/.test(n))) {
        for (const draft of ingest(name, dir).drafts) {
          const result = ArticleSchema.safeParse(parseYaml(draft.source.match(/^---\n([\s\S]*?)\n---/)![1]!));
          expect(result.error?.issues ?? [], `${dir}/${name}`).toEqual([]);
        }
      }
    }
  });
});

describe('curated articles', () => {
  it('keep the body ingest produces from their seed, word for word', () => {
    const drafts = new Map<string, string>(seeds.flatMap((name) => ingest(name).drafts.map((d) => [`${d.seed}#${d.part}`, d.source] as const)));
    const files = readdirSync('content/articles').filter((n) => n.endsWith('.mdx'));
    expect(files.length).toBe(6);
    for (const name of files) {
      const source = readFileSync(`content/articles/${name}`, 'utf8');
      const seed = source.match(/^ {2}seed: (.*)$/m)?.[1];
      const part = source.match(/^ {2}part: (\d+)$/m)?.[1];
      const draft = drafts.get(`${seed}#${part}`);
      expect(draft, name).toBeDefined();
      const bodyOf = (s: string) => s.replace(/^---\n[\s\S]*?\n---\n/, '');
      expect(bodyOf(source), name).toBe(bodyOf(draft!));
    }
  });
});
