import { compile, run } from '@mdx-js/mdx';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isUneditedDraft } from '../../../../src/lib/ingest/draft.ts';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';
import { buildModel } from '../../../../src/lib/content/model.ts';
import { pipeline } from '../../../../src/remark/index.ts';

const empty = buildModel([]);
const { remarkPlugins } = pipeline({ base: '/', root: process.cwd(), model: () => empty });

const seeds = readdirSync('seeds').filter((n) => n.endsWith('.txt')).sort();
const ingest = (name: string, dir = 'seeds') => {
  const r = ingestSeed(name, readFileSync(`${dir}/${name}`));
  if (!r.ok) throw new Error(r.problem.message);
  return r;
};

/** A tiny JSX runtime that builds a plain tree, so compiled MDX can be run and read as text. */
type El = { type: unknown; props: { children?: unknown } };
const runtime = {
  Fragment: Symbol('Fragment'),
  jsx: (type: unknown, props: El['props']): El => ({ type, props }),
  jsxs: (type: unknown, props: El['props']): El => ({ type, props }),
};
function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const el = node as El;
  if (typeof el.type === 'function') return textOf((el.type as (p: unknown) => unknown)(el.props));
  return textOf(el.props.children);
}

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

describe('hostile input', () => {
  it('renders as the same literal text through the real MDX compiler, and nothing in it runs', async () => {
    const draft = ingest('hostile.txt', 'tests/fixtures').drafts[0]!;
    const body = draft.source.replace(/^---\n[\s\S]*?\n---\n/, '');
    const code = String(await compile(body, { outputFormat: 'function-body', remarkPlugins: remarkPlugins as never }));
    const mod = await run(code, { ...runtime, baseUrl: import.meta.url });
    const rendered = textOf((mod.default as (p: unknown) => unknown)({})).replace(/\s*¶/g, '');
    expect((globalThis as { __pwned?: boolean }).__pwned).toBeUndefined();
    const raw = readFileSync('tests/fixtures/hostile.txt', 'utf8');
    // Every line of the raw text (but the title, which goes to the frontmatter) is in the output, literally.
    for (const line of raw.split('\n').slice(1).map((l) => l.trim()).filter(Boolean)) {
      if (line === '---') continue;
      expect(rendered).toContain(line);
    }
    expect(Object.keys(mod).filter((k) => k !== 'default')).toEqual([]);
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
