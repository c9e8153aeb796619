/**
 * Incremental rebuilds: after a change, a rebuild that reuses the last build's pages and caches
 * (Astro's incremental build, the social-image and body caches in node_modules/.astro) gives the
 * same bytes as a clean build of the same content. A cache key that misses an input would leave a
 * page stale, and these tests would show it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, cleanScratch, scratchProject } from './scratch.ts';

afterAll(cleanScratch);

/** Every file under `dir` with the SHA-256 of its bytes. */
function hashes(dir: string, root = dir): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, hashes(path, root));
    else out[relative(root, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

/** Builds `root` again, keeping its caches, then clean in a fresh copy of the same content; returns the files that differ. */
function rebuildMatchesClean(root: string): { differ: string[]; restored: number; restoredPages: string[]; renderedPages: string[]; mdx: { compiled: number; cached: number }; articles: { rendered: number; stored: number } } {
  const again = buildProject(root);
  expect(again.status, again.output.slice(-1500)).toBe(0);
  const restored = (again.output.match(/\(restored\)/g) ?? []).length;
  // Astro lists each page it writes ("├─ /actors/iran/index.html (+12ms)"), and "(restored)" for one copied from the last build.
  const listed = [...again.output.matchAll(/[├└]─ (\/\S+)(.*)/g)];
  const restoredPages = listed.filter((l) => l[2]!.includes('(restored)')).map((l) => l[1]!);
  const renderedPages = listed.filter((l) => !l[2]!.includes('(restored)')).map((l) => l[1]!);
  // The MDX cache's count (src/integrations/mdx-cache.ts): modules compiled, and taken from the cache.
  const counts = /MDX compiles: (\d+) compiled, (\d+) from the cache/.exec(again.output);
  const mdx = { compiled: Number(counts?.[1] ?? NaN), cached: Number(counts?.[2] ?? NaN) };
  // The articles loader's count (src/build/articles-loader.ts): bodies rendered, and kept from the last build.
  const bodies = /(\d+) articles: (\d+) rendered, (\d+) from the cache/.exec(again.output);
  const articles = { rendered: Number(bodies?.[2] ?? NaN), stored: Number(bodies?.[3] ?? NaN) };
  const incremental = hashes(again.dist);
  rmSync(join(root, 'node_modules/.astro'), { recursive: true, force: true });
  const clean = buildProject(root);
  expect(clean.status, clean.output.slice(-1500)).toBe(0);
  const fresh = hashes(clean.dist);
  return { differ: Object.keys({ ...incremental, ...fresh }).filter((k) => incremental[k] !== fresh[k]), restored, restoredPages, renderedPages, mdx, articles };
}

/** Replaces text in a file of the copy, failing if the text is not there. */
function edit(root: string, file: string, from: string, to: string): void {
  const text = readFileSync(join(root, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(join(root, file), text.replace(from, to));
}

describe('incremental rebuilds', () => {
  it('after one new article, after an explainer is renamed and after an event is retitled, a rebuild reuses pages and equals a clean build', () => {
    const root = scratchProject('incremental-');
    const first = buildProject(root);
    expect(first.status, first.output.slice(-1500)).toBe(0);

    // One new article (a copy of a real one under a new name and title).
    const source = readFileSync(join(root, 'content/articles/us-tit-for-tat-strikes-send-warning.mdx'), 'utf8');
    writeFileSync(join(root, 'content/articles/a-seventh-article.mdx'), source.replace(/^title: .*$/m, 'title: A seventh article, for the incremental-build test'));
    const afterArticle = rebuildMatchesClean(root);
    expect(afterArticle.differ).toEqual([]);
    // The other articles' pages were not rendered again, only the new article's body was, and no MDX was compiled.
    expect(afterArticle.restored).toBeGreaterThan(0);
    expect(afterArticle.articles).toEqual({ rendered: 1, stored: 6 });
    expect(afterArticle.mdx).toMatchObject({ compiled: 0 });
    expect(afterArticle.mdx.cached).toBeGreaterThan(40);
    // The glossary: the page of an actor the new article names is rendered again, one it does not name is kept, and so are alias redirects.
    expect(afterArticle.renderedPages).toContain('/actors/kataib-hezbollah/index.html');
    expect(afterArticle.restoredPages).toContain('/actors/yasser-arafat/index.html');
    expect(afterArticle.restoredPages).toContain('/actors/kh/index.html');
    // Pages drawn from the glossary and the timeline: a year of the timeline and a place the article does not name are kept.
    expect(afterArticle.restoredPages).toContain('/timeline/2020/index.html');
    expect(afterArticle.restoredPages).toEqual(expect.arrayContaining(['/places/sidon/index.html', '/explainers/index.html', '/about/sources/ap-2023-11-21/index.html']));

    // An explainer's new title shows on every article it cites ("Explained in"): those pages must be rendered again.
    edit(root, 'content/explainers/who-is-kataib-hezbollah.mdx', 'title: Who is Kataib Hezbollah?', 'title: Who is Kataib Hezbollah, the group the US struck?');
    expect(rebuildMatchesClean(root).differ).toEqual([]);

    // An event's new title shows on the timeline's slices, its places' pages and its actors' pages: all rendered again.
    edit(root, 'content/events/al-sudani-visits-tehran-2023.yaml', 'title: Al-Sudani meets Khamenei in Tehran', 'title: Al-Sudani meets Khamenei on a visit to Tehran');
    const afterEvent = rebuildMatchesClean(root);
    expect(afterEvent.differ).toEqual([]);
    expect(afterEvent.renderedPages).toEqual(expect.arrayContaining(['/timeline/2023/index.html', '/places/tehran/index.html', '/actors/ali-khamenei/index.html']));
  });

  it("after a cited article's reliability changes, after a correction changes and after a glossary alias changes, the compiled MDX and the article bodies that show them are new", () => {
    const root = scratchProject('incremental-mdx-');
    const first = buildProject(root);
    expect(first.status, first.output.slice(-1500)).toBe(0);

    // The notes of every explainer and actor that cite this article show its reliability: those modules are compiled again.
    edit(root, 'content/articles/us-tit-for-tat-strikes-send-warning.mdx', '  level: high', '  level: medium');
    const reliability = rebuildMatchesClean(root);
    expect(reliability.differ).toEqual([]);
    expect(reliability.mdx.compiled).toBeGreaterThan(1);
    expect(reliability.mdx.cached).toBeGreaterThan(0);
    // An article's body does not show its own reliability (its page's header does): no body is rendered again.
    expect(reliability.articles.rendered).toBe(0);

    // A correction's words are marked in its article's body: that body alone is rendered again.
    edit(root, 'content/articles/ai-written-account-of-february-2024-strikes.mdx', '      - text: three explosive-laden drones', '      - text: explosive-laden drones');
    const correction = rebuildMatchesClean(root);
    expect(correction.differ).toEqual([]);
    expect(correction.articles).toEqual({ rendered: 1, stored: 5 });

    // "Pentagon" no longer links to the Department of Defense: every module's glossary links may change, so all are compiled.
    edit(root, 'content/actors/us-department-of-defense.mdx', '{ text: Pentagon, type: metonym }', '{ text: Pentagon, type: metonym, ambiguous: true }');
    const glossary = rebuildMatchesClean(root);
    expect(glossary.differ).toEqual([]);
    expect(glossary.mdx.cached).toBe(0);
    expect(glossary.articles).toEqual({ rendered: 6, stored: 0 });
  });
});
