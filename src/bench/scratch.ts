/**
 * The benchmark's scratch project: a copy of the site's code (`src public astro.config.mjs
 * package.json tsconfig.json`) in a temporary folder, the generated `content/`, an empty `seeds/`,
 * and a `node_modules/` folder with one symlink per package of the real one. Linking packages, not
 * the folder, keeps the scratch build's caches (`node_modules/.astro`, `.vite`) private, as in
 * tests/build/content-errors.test.ts.
 *
 * It also writes the benchmark's other Astro configs next to the real one (see the text of each).
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** What the scratch project copies from the real one. */
export const PROJECT_ENTRIES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

/** Caches in the real node_modules that a scratch build must not share. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache']);

/** The config files the benchmark writes into the scratch project. */
export const CONFIGS = {
  full: 'astro.config.mjs',
  bare: 'astro.config.bare.mjs',
  satteri: 'astro.config.satteri.mjs',
  timed: 'astro.config.timed.mjs',
} as const;

/** The name of a pipeline the benchmark builds. */
export type Pipeline = keyof typeof CONFIGS;

/** Creates a scratch project from the project at `source`; returns its folder. */
export function createScratch(source: string, prefix = 'tft-bench-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT_ENTRIES) cpSync(join(source, entry), join(root, entry), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(source, 'node_modules'))) {
    if (PRIVATE_CACHES.has(entry)) continue;
    symlinkSync(resolve(source, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  mkdirSync(join(root, 'seeds'), { recursive: true });
  writeFileSync(join(root, CONFIGS.bare), bareConfig());
  writeFileSync(join(root, CONFIGS.satteri), satteriConfig());
  writeFileSync(join(root, CONFIGS.timed), timedConfig());
  return root;
}

/** Clears the scratch build's caches, so every build starts cold (as `npm run build` does). */
export function clearCaches(root: string): void {
  for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro']) rmSync(join(root, cache), { recursive: true, force: true });
}

/** Removes a scratch folder, if it is one of ours. */
export function removeScratch(root: string): void {
  if (root.startsWith(tmpdir()) && existsSync(root)) rmSync(root, { recursive: true, force: true });
}

/** The site settings every benchmark config shares with astro.config.mjs. */
const SHARED = `const { site, base } = siteConfig(process.env);
const shared = {
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  vite: { build: { assetsInlineLimit: 0 } },
};`;

/**
 * BARE: the same Astro, @astrojs/mdx and unified processor (remark-gfm listed, gfm and
 * SmartyPants off), the same pages and data modules, but none of our remark plugins and no Pagefind
 * integration. MDX needs something to render `<Cite>`, `<Disagree>` and `<Side>`, which only our
 * citations plugin provides, so an inline plugin deletes those elements: BARE is the floor, not
 * equivalent output (no notes, no disagreement blocks, no anchors, no glossary links, no marks).
 */
export function bareConfig(): string {
  return `// @ts-check
// Written by src/bench/scratch.ts. BARE benchmark pipeline: see bareConfig() there.
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { siteConfig } from './src/site-config.ts';

${SHARED}

const DROPPED = new Set(['Cite', 'Disagree', 'Side']);

/** Deletes <Cite>, <Disagree> and <Side> (with their children): the floor, not equivalent output. */
function remarkDropCitations() {
  /** @param {any} node */
  const walk = (node) => {
    if (!Array.isArray(node.children)) return;
    node.children = node.children.filter(
      (/** @type {any} */ c) => !((c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && DROPPED.has(c.name)),
    );
    for (const child of node.children) walk(child);
  };
  return walk;
}

export default defineConfig({
  ...shared,
  integrations: [mdx()],
  markdown: { processor: unified({ remarkPlugins: [remarkGfm, remarkDropCitations], rehypePlugins: [], gfm: false, smartypants: false }) },
});
`;
}

/**
 * SATTERI: Astro 7's default Markdown processor (no markdown.processor), which runs no remark
 * plugins. Built on a copy of the content with the MDX elements stripped (see stripMdxElements).
 */
export function satteriConfig(): string {
  return `// @ts-check
// Written by src/bench/scratch.ts. SATTERI benchmark pipeline: Astro's default processor.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { siteConfig } from './src/site-config.ts';

${SHARED}

export default defineConfig({ ...shared, integrations: [mdx()] });
`;
}

/**
 * TIMED: astro.config.mjs with every remark plugin wrapped in a timer, and the pipeline context
 * load timed; prints one "[bench:plugin-timing] {json}" line when the build process exits.
 */
export function timedConfig(): string {
  return `// @ts-check
// Written by src/bench/scratch.ts. FULL pipeline with per-plugin timers.
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import { loadPipelineContext } from './src/build/pipeline-context.ts';
import { pipeline } from './src/remark/index.ts';
import { siteConfig } from './src/site-config.ts';

${SHARED}

/** @type {Map<string, { ms: number, calls: number }>} */
const totals = new Map();
/** @param {string} name @param {number} ms */
const add = (name, ms) => {
  const t = totals.get(name) ?? { ms: 0, calls: 0 };
  t.ms += ms;
  t.calls += 1;
  totals.set(name, t);
};
const started = performance.now();
const context = loadPipelineContext(base);
add('loadPipelineContext (config load)', performance.now() - started);
const options = pipeline(context);

/** @param {any} entry */
function timed(entry) {
  const [plugin, settings] = Array.isArray(entry) ? entry : [entry, undefined];
  const name = plugin.name || 'anonymous';
  /** @this {any} @param {any[]} args */
  function attacher(...args) {
    const t = performance.now();
    const transformer = plugin.apply(this, args);
    add(name + ' (attach)', performance.now() - t);
    if (typeof transformer !== 'function') return transformer;
    /** @this {any} @param {any[]} targs */
    return function (...targs) {
      const s = performance.now();
      try {
        return transformer.apply(this, targs);
      } finally {
        add(name, performance.now() - s);
      }
    };
  }
  Object.defineProperty(attacher, 'name', { value: name });
  return settings === undefined ? attacher : [attacher, settings];
}

process.on('exit', () => {
  console.log('[bench:plugin-timing] ' + JSON.stringify(Object.fromEntries(totals)));
});

export default defineConfig({
  ...shared,
  integrations: [mdx(), pagefind()],
  markdown: { processor: unified({ ...options, remarkPlugins: options.remarkPlugins.map(timed) }) },
});
`;
}

/**
 * Deletes `<Cite … />` elements and `<Disagree>`/`<Side>` blocks from an MDX body, for the
 * SATTERI run (its processor runs no remark plugins, so nothing else could remove them).
 */
export function stripMdxElements(source: string): string {
  return source
    .replace(/<Disagree\b[\s\S]*?<\/Disagree>\n?/g, '')
    .replace(/\s?<Cite\b[^>]*\/>/g, '');
}
