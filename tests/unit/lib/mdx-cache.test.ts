import { describe, expect, it } from 'vitest';
import { cachedRenderer, codeDigest, decodeEntry, encodeEntry, FORMAT, modelInputs, moduleKey, type CompiledMdx, type EntryStore } from '../../../src/lib/mdx-cache.ts';
import type { ContentModel } from '../../../src/lib/content/model.ts';
import { replace, site } from './content/fixture.ts';

const ARTICLE = { dir: 'content/articles', slug: 'harbour-report' };
const EXPLAINER = { dir: 'content/explainers', slug: 'why-did-the-ferries-stop' };
const ACTOR = { dir: 'content/actors', slug: 'northern-ferry-line' };
const PLAIN = 'The Northern Ferry Line halted all crossings.\n';
const CITING = 'It halted. <Cite a="harbour-report" p="1" q="halted all crossings on Tuesday" />\n';

/** A second, uncited article, as an editor adds one. */
const addArticle = (files: Map<string, string>): void => {
  const text = files.get('content/articles/harbour-report.mdx') as string;
  files.set('content/articles/second-report.mdx', text.replace('Ferry line halts crossings after storm', 'A second report'));
};
const correctHarbour = (files: Map<string, string>): void =>
  replace(files, 'content/articles/harbour-report.mdx', '\ningest:', '\ncorrections:\n  - status: "unconfirmed"\n    text: "No other source gives the time the repairs take."\n    quotes:\n      - "repairs would take a week"\ningest:');

describe('modelInputs: what the remark plugins read of the model for one file', () => {
  const base = site();
  const key = (model: ContentModel, entry: { dir: string; slug: string }, body: string, path = '/'): string => modelInputs(model, path, entry, body);

  it('does not change for an article, an explainer or an actor when an uncited article is added', () => {
    const added = site(addArticle);
    expect(added.articles.size).toBe(base.articles.size + 1);
    expect(key(added, ARTICLE, PLAIN)).toBe(key(base, ARTICLE, PLAIN));
    expect(key(added, EXPLAINER, CITING)).toBe(key(base, EXPLAINER, CITING));
    expect(key(added, ACTOR, CITING)).toBe(key(base, ACTOR, CITING));
  });

  it('changes for every file when the glossary changes (a new alias is linked)', () => {
    const renamed = site((f) => replace(f, 'content/actors/northern-ferry-line.mdx', 'text: "NFL"', 'text: "the Ferry Line"'));
    expect(key(renamed, ARTICLE, PLAIN)).not.toBe(key(base, ARTICLE, PLAIN));
    expect(key(renamed, { dir: 'content/articles', slug: 'draft-note' }, PLAIN)).not.toBe(key(base, { dir: 'content/articles', slug: 'draft-note' }, PLAIN));
    expect(key(renamed, EXPLAINER, CITING)).not.toBe(key(base, EXPLAINER, CITING));
  });

  it("changes for an article when its own corrections change (the marks), not for another article's", () => {
    const corrected = site(correctHarbour);
    expect(corrected.articles.get('harbour-report' as never)?.data.corrections).toHaveLength(1);
    expect(key(corrected, ARTICLE, PLAIN)).not.toBe(key(base, ARTICLE, PLAIN));
    expect(key(corrected, { dir: 'content/articles', slug: 'draft-note' }, PLAIN)).toBe(key(base, { dir: 'content/articles', slug: 'draft-note' }, PLAIN));
  });

  it('changes for an explainer when what a citation of it shows changes: a correction touching the quote, the reliability', () => {
    expect(key(site(correctHarbour), EXPLAINER, CITING)).not.toBe(key(base, EXPLAINER, CITING));
    const low = site((f) => replace(f, 'content/articles/harbour-report.mdx', 'level: "high"', 'level: "low"'));
    expect(key(low, EXPLAINER, CITING)).not.toBe(key(base, EXPLAINER, CITING));
    expect(key(low, ACTOR, CITING)).not.toBe(key(base, ACTOR, CITING));
    // An article that cites nothing does not show another article's reliability.
    expect(key(low, { dir: 'content/articles', slug: 'draft-note' }, PLAIN)).toBe(key(base, { dir: 'content/articles', slug: 'draft-note' }, PLAIN));
  });

  it('changes for an outside record cited by a side of a disagreement', () => {
    const edited = site((f) => replace(f, 'content/sources/harbour-bulletin.yaml', 'Two piers are closed until further notice.', 'Two piers are closed until June.'));
    expect(key(edited, EXPLAINER, CITING)).not.toBe(key(base, EXPLAINER, CITING));
  });

  it('keys a body that may cite, in a file whose citations the model does not list, on every article and record', () => {
    const added = site(addArticle);
    expect(key(added, ARTICLE, CITING)).not.toBe(key(base, ARTICLE, CITING));
    expect(key(base, ARTICLE, CITING)).not.toBe(key(base, ARTICLE, PLAIN));
    expect(key(added, { dir: 'src/pages', slug: 'about' }, '<Disagree question="?" />')).not.toBe(key(base, { dir: 'src/pages', slug: 'about' }, '<Disagree question="?" />'));
  });

  it("reads the citations' views for the base path asked (their links); the base itself is in the code digest", () => {
    expect(key(base, EXPLAINER, CITING, '/explainers/')).not.toBe(key(base, EXPLAINER, CITING));
    expect(key(base, EXPLAINER, CITING, '/explainers/')).toBe(key(base, EXPLAINER, CITING, '/explainers/'));
  });

  it('throws for a citation of an article that does not exist (the caller compiles without the cache)', () => {
    const gone = site((f) => f.delete('content/articles/harbour-report.mdx'));
    expect(() => key(gone, EXPLAINER, CITING)).toThrow(/No article "harbour-report"/);
  });
});

describe('codeDigest and moduleKey', () => {
  const files = [
    { path: 'src/a.ts', bytes: 'one' },
    { path: 'src/b.ts', bytes: new TextEncoder().encode('two') },
  ];
  it('is the same for the same files in any order, and changes with any byte, path or option', () => {
    const d = codeDigest(files, { base: '/' });
    expect(codeDigest([...files].reverse(), { base: '/' })).toBe(d);
    expect(codeDigest([files[0]!, { path: 'src/b.ts', bytes: 'twO' }], { base: '/' })).not.toBe(d);
    expect(codeDigest([files[0]!, { path: 'src/c.ts', bytes: 'two' }], { base: '/' })).not.toBe(d);
    expect(codeDigest(files, { base: '/x/' })).not.toBe(d);
    expect(codeDigest(files.slice(1), { base: '/' })).not.toBe(d);
  });
  it('does not mistake where one part ends for another', () => {
    expect(codeDigest([{ path: 'ab', bytes: 'c' }], 0)).not.toBe(codeDigest([{ path: 'a', bytes: 'bc' }], 0));
    const k = { code: 'c', model: 'm', path: '/p.mdx', content: 'body', frontmatter: { title: 'T' } };
    expect(moduleKey({ ...k, path: '/p.md', content: 'xbody' })).not.toBe(moduleKey(k));
  });
  it('changes with the file, its frontmatter, the code and the model inputs', () => {
    const k = { code: 'c', model: 'm', path: '/p.mdx', content: 'body', frontmatter: { title: 'T' } };
    const all = [k, { ...k, code: 'c2' }, { ...k, model: 'm2' }, { ...k, path: '/q.mdx' }, { ...k, content: 'body2' }, { ...k, frontmatter: { title: 'U' } }].map(moduleKey);
    expect(new Set(all).size).toBe(all.length);
    expect(moduleKey({ ...k })).toBe(moduleKey(k));
  });
});

describe('cache entries', () => {
  const compiled: CompiledMdx = { code: 'export default 1;', map: null, astroMetadata: { hydratedComponents: [], propagation: 'none', containsHead: false } };
  it('read back as written', () => {
    expect(decodeEntry(encodeEntry(compiled))).toEqual(compiled);
    expect(decodeEntry(encodeEntry({ code: 'x', astroMetadata: {} }))).toEqual({ code: 'x', map: null, astroMetadata: {} });
  });
  it('are refused when cut short, of another format or of the wrong shape', () => {
    const text = encodeEntry(compiled);
    expect(decodeEntry(text.slice(0, -3))).toBeUndefined();
    expect(decodeEntry(text.replace(`"format":${FORMAT}`, `"format":${FORMAT + 1}`))).toBeUndefined();
    expect(decodeEntry(JSON.stringify({ format: FORMAT, code: 1, map: null, astroMetadata: {} }))).toBeUndefined();
    expect(decodeEntry(JSON.stringify({ format: FORMAT, code: 'x', map: null, astroMetadata: [] }))).toBeUndefined();
    expect(decodeEntry('null')).toBeUndefined();
  });
});

describe('cachedRenderer', () => {
  const memory = (): EntryStore & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return { data, read: (k) => data.get(k), write: (k, t) => void data.set(k, t) };
  };
  const counting = (fail = false) => {
    const calls: string[] = [];
    return {
      calls,
      async process(content: string, filePath: string): Promise<CompiledMdx> {
        calls.push(filePath);
        if (fail) throw new Error('MDX syntax error');
        return { code: `/* ${content} */`, map: null, astroMetadata: { propagation: 'none' } };
      },
    };
  };

  it('compiles a file once and gives the same module from the store after', async () => {
    const store = memory();
    const inner = counting();
    const r = cachedRenderer(inner, (content, path) => `${path}:${content}`, store);
    const first = await r.process('a', '/a.mdx', {});
    const second = await r.process('a', '/a.mdx', {});
    expect(second).toEqual(first);
    expect(inner.calls).toEqual(['/a.mdx']);
    expect(r.stats).toMatchObject({ hits: 1, compiled: 1 });
    // A later build (a new renderer over the same store) compiles nothing that did not change.
    const next = counting();
    const again = cachedRenderer(next, (content, path) => `${path}:${content}`, store);
    expect(await again.process('a', '/a.mdx', {})).toEqual(first);
    await again.process('b', '/a.mdx', {});
    expect(next.calls).toEqual(['/a.mdx']);
    expect([...again.stats.keys]).toEqual(['/a.mdx:a', '/a.mdx:b']);
  });

  it('compiles without the cache a file with no key, or whose key cannot be made', async () => {
    const store = memory();
    const inner = counting();
    const r = cachedRenderer(inner, (content) => {
      if (content === 'boom') throw new Error('no such article');
      return content === 'skip' ? undefined : content;
    }, store);
    await r.process('skip', '/a.mdx', {});
    await r.process('skip', '/a.mdx', {});
    await r.process('boom', '/b.mdx', {});
    await r.process('boom', '/b.mdx', {});
    expect(inner.calls).toHaveLength(4);
    expect(store.data.size).toBe(0);
  });

  it('stores no failed compile, and compiles again over an entry it cannot read', async () => {
    const store = memory();
    const r = cachedRenderer(counting(true), (c) => c, store);
    await expect(r.process('a', '/a.mdx', {})).rejects.toThrow('MDX syntax error');
    expect(store.data.size).toBe(0);
    store.data.set('b', '{"format":');
    const inner = counting();
    const fixed = cachedRenderer(inner, (c) => c, store);
    await fixed.process('b', '/b.mdx', {});
    expect(inner.calls).toEqual(['/b.mdx']);
    expect(decodeEntry(store.data.get('b') as string)).toBeDefined();
  });
});
