/**
 * The benchmark's scratch project: a copy of the site's code (`src public astro.config.mjs
 * package.json tsconfig.json`) in a temporary folder, the generated `content/`, an empty `seeds/`,
 * and a `node_modules/` folder with one symlink per package of the real one. Linking packages, not
 * the folder, keeps the scratch build's caches (`node_modules/.astro`, `.vite`) private, as in
 * tests/build/content-errors.test.ts.
 *
 * The BARE, SATTERI and TIMED pipelines replace or wrap some of the project's own modules in their
 * scratch copy (see makeBare, makeSatteri, makeTimed); the real tree is never touched.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

/** What the scratch project copies from the real one. */
export const PROJECT_ENTRIES = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'] as const;

/** Caches in the real node_modules that a scratch build must not share. */
const PRIVATE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache']);

/** The name of a pipeline the benchmark builds. */
export type Pipeline = 'full' | 'bare' | 'satteri' | 'timed' | 'partial';

/** The config each pipeline builds with: the real one, except for SATTERI (see makeSatteri). */
export const CONFIGS: Record<Pipeline, string> = {
  full: 'astro.config.mjs',
  bare: 'astro.config.mjs',
  timed: 'astro.config.mjs',
  partial: 'astro.config.mjs',
  satteri: 'astro.config.satteri.mjs',
};

/**
 * A copy of the project's code (PROJECT_ENTRIES) taken once, so every build of a run measures the
 * same code even if the tree changes meanwhile; with a digest of what was copied (bench/ left
 * out) and the integrations astro.config.mjs lists.
 */
export function snapshotProject(source: string): { dir: string; digest: string; integrations: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tft-bench-snapshot-'));
  for (const entry of PROJECT_ENTRIES) cpSync(join(source, entry), join(dir, entry), { recursive: true });
  const hash = createHash('sha256');
  const walk = (rel: string): void => {
    const path = join(dir, rel);
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) if (join(rel, name) !== join('src', 'bench')) walk(join(rel, name));
    } else hash.update(`${rel}\0`).update(readFileSync(path)).update('\0');
  };
  for (const entry of PROJECT_ENTRIES) walk(entry);
  const config = readFileSync(join(dir, 'astro.config.mjs'), 'utf8');
  const list = /integrations:\s*\[([\s\S]*?)\],?\n/.exec(config)?.[1] ?? '';
  const integrations = list
    .split('\n')
    .map((l) => l.replace(/\/\/.*$/, '').trim())
    .filter(Boolean)
    .join(' ')
    .replace(/,\s*$/, '');
  return { dir, digest: hash.digest('hex'), integrations };
}

/** Creates a scratch project from the code at `source` and the packages of `modules`; returns its folder. */
export function createScratch(source: string, prefix = 'tft-bench-', modules = source): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of PROJECT_ENTRIES) cpSync(join(source, entry), join(root, entry), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync(join(modules, 'node_modules'))) {
    if (PRIVATE_CACHES.has(entry)) continue;
    symlinkSync(resolve(modules, 'node_modules', entry), join(root, 'node_modules', entry));
  }
  mkdirSync(join(root, 'seeds'), { recursive: true });
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

const STUB = '// BENCHMARK STUB written by bench/scratch.ts into a scratch copy; never in the real tree.';

/**
 * BARE: the real astro.config.mjs, unchanged (same Astro, @astrojs/mdx, unified processor,
 * sitemap, CSP, build settings; same pages and data modules), with the project's own build code
 * replaced in this scratch copy:
 *
 * - `src/remark/index.ts`: `pipeline()` returns remark-gfm and, because MDX cannot render `<Cite>`,
 *   `<Disagree>` and `<Side>` without our citations plugin, an inline plugin that deletes those
 *   elements (with their children); `gfm: false`, `smartypants: false`. The floor, not equivalent
 *   output: no anchors, no glossary links, no notes, no marks.
 * - `src/build/pipeline-context.ts`: an empty context; it reads no content.
 * - every `src/integrations/*.ts` (Pagefind, social images, headers…): an integration that does
 *   nothing. BARE's Pagefind index is built afterwards, timed apart (bench/pagefind-index.ts).
 *
 * Stubbing modules rather than writing a second config keeps BARE in step with every change to
 * astro.config.mjs.
 */
export function makeBare(root: string): string[] {
  writeFileSync(
    join(root, 'src/remark/index.ts'),
    `${STUB}
import remarkGfm from 'remark-gfm';

const DROPPED = new Set(['Cite', 'Disagree', 'Side']);

/** Deletes <Cite>, <Disagree> and <Side> (with their children): the floor, not equivalent output. */
function remarkDropCitations() {
  const walk = (node: any): void => {
    if (!Array.isArray(node.children)) return;
    node.children = node.children.filter((c: any) => !((c.type === 'mdxJsxFlowElement' || c.type === 'mdxJsxTextElement') && DROPPED.has(c.name)));
    for (const child of node.children) walk(child);
  };
  return walk;
}

export function pipeline(_context?: unknown) {
  return { remarkPlugins: [remarkGfm, remarkDropCitations], rehypePlugins: [], gfm: false, smartypants: false };
}
`,
  );
  writeFileSync(
    join(root, 'src/build/pipeline-context.ts'),
    `${STUB}
export function loadPipelineContext(base: string, site?: string) {
  return { base, ...(site ? { site } : {}), index: new Map(), articles: new Map(), matcher: { find: () => [], actors: new Set() } };
}
`,
  );
  return ['src/remark/index.ts', 'src/build/pipeline-context.ts', ...stubIntegrations(root)];
}

/** Replaces `src/integrations/<name>.ts` (every one when `names` is not given) with an integration that does nothing. */
export function stubIntegrations(root: string, names?: readonly string[]): string[] {
  const stubbed: string[] = [];
  for (const file of readdirSync(join(root, 'src/integrations')).filter((n) => n.endsWith('.ts'))) {
    const name = file.replace(/\.ts$/, '');
    if (names && !names.includes(name)) continue;
    writeFileSync(join(root, 'src/integrations', file), `${STUB}\nexport default function stub(..._args: unknown[]) {\n  return { name: 'bench-stub:${name}', hooks: {} };\n}\n`);
    stubbed.push(`src/integrations/${file}`);
  }
  for (const name of names ?? []) if (!stubbed.includes(`src/integrations/${name}.ts`)) throw new Error(`bench: no integration src/integrations/${name}.ts to leave out`);
  return stubbed;
}

/**
 * SATTERI: BARE, built with Astro 7's default Markdown processor: astro.config.satteri.mjs imports
 * the real config (cheap once BARE's stubs are in) and drops `markdown.processor`. Sätteri runs no
 * remark plugins, so the content must have its `<Cite>`, `<Disagree>` and `<Side>` stripped
 * from the source (stripMdxElements).
 */
export function makeSatteri(root: string): string[] {
  const stubbed = makeBare(root);
  writeFileSync(
    join(root, CONFIGS.satteri),
    `${STUB}
// SATTERI: the real config without markdown.processor, so Astro's default (Sätteri) renders Markdown and MDX.
import config from './astro.config.mjs';

const { processor: _unified, ...markdown } = config.markdown ?? {};
export default { ...config, markdown };
`,
  );
  return stubbed;
}

/** Shared by every timing wrapper: one registry per process, printed once when the process exits. */
const REGISTRY = `const registry: Map<string, { ms: number; calls: number }> = ((globalThis as any).__tftBenchTimings ??= (() => {
  const m = new Map<string, { ms: number; calls: number }>();
  process.on('exit', () => console.log('[bench:timing] ' + JSON.stringify(Object.fromEntries(m))));
  return m;
})());
const record = (name: string, ms: number): void => {
  const t = registry.get(name) ?? { ms: 0, calls: 0 };
  t.ms += ms;
  t.calls += 1;
  registry.set(name, t);
};`;

/** The functions TIMED wraps: module → exported functions (async ones time their await, waiting included). */
const TIMED_FUNCTIONS: Record<string, { sync: string[]; async?: string[] }> = {
  'src/build/pipeline-context.ts': { sync: ['loadPipelineContext'] },
  'src/build/content-index.ts': { sync: ['loadArticles', 'readContentDir', 'readYamlDir'] },
  'src/build/glossary.ts': { sync: ['getMatcher', 'loadGlossaryTerms'] },
  'src/build/check-events.ts': { sync: ['checkEventsContent'] },
  'src/lib/mdx-parse.ts': { sync: ['parseMdx'] },
  'src/lib/paragraphs.ts': { sync: ['collectParagraphs'] },
  'src/lib/map.ts': { sync: ['regionMap'] },
  'src/lib/mentions.ts': { sync: ['findMentions'] },
  'src/data/events.ts': { sync: [], async: ['explainersDiscussing'] },
  'src/data/explainers.ts': { sync: ['citedArticles', 'citedParagraphsOf'] },
};

/** Moves `rel` to `<name>.orig.ts` and writes a module in its place that re-exports it. */
function wrapModule(root: string, rel: string, body: (orig: string, source: string) => string): void {
  const path = join(root, rel);
  const origPath = path.replace(/\.ts$/, '.orig.ts');
  const source = readFileSync(path, 'utf8');
  renameSync(path, origPath);
  writeFileSync(path, `${STUB}
${REGISTRY}
${body(`./${basename(origPath)}`, source)}`);
}

/**
 * TIMED: FULL with timers, in a scratch copy: each function of TIMED_FUNCTIONS, each remark plugin
 * of `pipeline()` and each hook of every integration in src/integrations/ is wrapped; the build
 * prints one `[bench:timing] {json}` line (name → total ms and calls) when it exits. The real
 * config is used unchanged. Returns the names wrapped.
 */
export function makeTimed(root: string): string[] {
  const wrapped: string[] = [];
  const exported = (source: string, name: string): boolean => new RegExp(`export (async )?function ${name}\\b`).test(source);
  for (const [rel, fns] of Object.entries(TIMED_FUNCTIONS)) {
    if (!existsSync(join(root, rel))) continue;
    wrapModule(root, rel, (orig, source) => {
      const lines = [`export * from '${orig}';`, `import * as orig from '${orig}';`];
      for (const name of fns.sync.filter((n) => exported(source, n))) {
        wrapped.push(name);
        lines.push(`export function ${name}(...args: any[]): any {
  const t = performance.now();
  try {
    return (orig as any).${name}(...args);
  } finally {
    record('${name}', performance.now() - t);
  }
}`);
      }
      for (const name of (fns.async ?? []).filter((n) => exported(source, n))) {
        wrapped.push(name);
        lines.push(`export async function ${name}(...args: any[]): Promise<any> {
  const t = performance.now();
  try {
    return await (orig as any).${name}(...args);
  } finally {
    record('${name} (async, waiting included)', performance.now() - t);
  }
}`);
      }
      return `${lines.join('\n')}\n`;
    });
  }
  wrapModule(root, 'src/remark/index.ts', (orig) => {
    wrapped.push('remark plugins');
    return `export * from '${orig}';
import * as orig from '${orig}';

function timed(entry: any): any {
  const [plugin, settings] = Array.isArray(entry) ? entry : [entry, undefined];
  const name = 'remark: ' + (plugin.name || 'anonymous');
  function attacher(this: any, ...args: any[]): any {
    const transformer = plugin.apply(this, args);
    if (typeof transformer !== 'function') return transformer;
    return function (this: any, ...targs: any[]): any {
      const t = performance.now();
      try {
        return transformer.apply(this, targs);
      } finally {
        record(name, performance.now() - t);
      }
    };
  }
  return settings === undefined ? attacher : [attacher, settings];
}

export function pipeline(...args: any[]): any {
  const options = (orig as any).pipeline(...args);
  return { ...options, remarkPlugins: options.remarkPlugins.map(timed) };
}
`;
  });
  for (const name of readdirSync(join(root, 'src/integrations')).filter((n) => n.endsWith('.ts') && !n.endsWith('.orig.ts'))) {
    wrapped.push(`integration ${name}`);
    wrapModule(root, `src/integrations/${name}`, (orig) => `import create from '${orig}';

export default function timedIntegration(...args: any[]): any {
  const integration = (create as any)(...args);
  for (const [hook, fn] of Object.entries(integration.hooks ?? {})) {
    integration.hooks[hook] = async (...hookArgs: any[]) => {
      const t = performance.now();
      try {
        return await (fn as any)(...hookArgs);
      } finally {
        record(integration.name + ' ' + hook, performance.now() - t);
      }
    };
  }
  return integration;
}
`);
  }
  return wrapped;
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
