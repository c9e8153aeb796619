/**
 * `npm run ingest`: turns raw `seeds/*.txt` and saved pages `seeds/*.html` into
 * `content/articles/<slug>.mdx` drafts.
 *
 * A thin shell around `src/lib/ingest`: it reads the seeds, asks the library for drafts, and writes
 * them — never over an article an editor has changed (unless `--force` names it). It prints a
 * report and writes it to `content/articles/ingest-report.md`. Exit code 1 when any seed failed;
 * the other seeds are still ingested.
 *
 *   npm run ingest                     ingest every seed
 *   npm run ingest -- --force <slug>   regenerate one article (slug, or seed file name)
 *   npm run ingest -- --dry-run        report what would change, write nothing
 *   npm run ingest -- --keep <seed>:<line>   keep a removed line (or `<seed>:<exact text>`)
 *   npm run ingest -- --seeds DIR --out DIR
 *
 * Lines to keep can also be listed under `ingest.keep` in an article's frontmatter; both lists
 * apply whenever the draft is written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { isUneditedDraft } from '../src/lib/ingest/draft.ts';
import { ingestSeed, isSavedPage, type SeedResult } from '../src/lib/ingest/index.ts';
import { renderReport, type DraftOutcome } from '../src/lib/ingest/report.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'content/articles' },
    force: { type: 'string', multiple: true, default: [] },
    keep: { type: 'string', multiple: true, default: [] },
    'dry-run': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  },
});
const seedsDir = values.seeds;
const outDir = values.out;
const forced = new Set(values.force);
const dryRun = values['dry-run'];

/** An article already on disk: where it is, and the lines its frontmatter keeps back. */
interface Existing {
  path: string;
  keep: (number | string)[];
}

/** Existing articles by `seed#part`, read from their frontmatter. */
function existingArticles(): Map<string, Existing> {
  const found = new Map<string, Existing>();
  if (!existsSync(outDir)) return found;
  for (const name of readdirSync(outDir).filter((n) => n.endsWith('.mdx')).sort()) {
    const path = join(outDir, name);
    const fm = readFileSync(path, 'utf8').match(/^---\n([\s\S]*?)\n---/);
    try {
      const data = fm?.[1] ? (parseYaml(fm[1]) as { ingest?: { seed?: string; part?: number; keep?: unknown } }) : undefined;
      if (!data?.ingest?.seed) continue;
      const keep = Array.isArray(data.ingest.keep) ? data.ingest.keep.filter((k): k is number | string => typeof k === 'number' || typeof k === 'string') : [];
      found.set(`${data.ingest.seed}#${data.ingest.part ?? 1}`, { path, keep });
    } catch (error) {
      console.warn(`! ${path}: its frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]}); ingest will not touch it`);
    }
  }
  return found;
}

/** The `--keep` flags by seed file: `004_x.txt:45` keeps line 45, `004_x.txt:Some text` that line. */
function keepFlags(): Map<string, (number | string)[]> {
  const bySeed = new Map<string, (number | string)[]>();
  for (const flag of values.keep) {
    const at = flag.indexOf(':');
    if (at <= 0 || at === flag.length - 1) {
      console.error(`✗ --keep ${JSON.stringify(flag)}: write it as <seed file>:<line number> or <seed file>:<exact text>, e.g. --keep 005_page.txt:12`);
      process.exit(1);
    }
    const seed = flag.slice(0, at);
    const what = flag.slice(at + 1);
    bySeed.set(seed, [...(bySeed.get(seed) ?? []), /^\d+$/.test(what) ? Number(what) : what]);
  }
  return bySeed;
}

if (!existsSync(seedsDir)) {
  console.error(`✗ no seeds folder at ${seedsDir}: create it and put the raw .txt articles or saved .html pages in it`);
  process.exit(1);
}
const seedFiles = readdirSync(seedsDir).filter((n) => n.endsWith('.txt') || isSavedPage(n)).sort();
const existing = existingArticles();
const flags = keepFlags();
for (const seed of flags.keys()) {
  if (!seedFiles.includes(seed)) console.warn(`! --keep names ${seed}, which is not a seed in ${seedsDir}/`);
}
const taken = new Set(existsSync(outDir) ? readdirSync(outDir) : []);
const results: SeedResult[] = [];
const outcomes: DraftOutcome[] = [];

for (const file of seedFiles) {
  const fromFiles = [...existing.entries()].filter(([key]) => key.startsWith(`${file}#`)).flatMap(([, e]) => e.keep);
  const keep = [...new Set([...fromFiles, ...(flags.get(file) ?? [])])];
  const result = ingestSeed(file, readFileSync(join(seedsDir, file)), { keep });
  results.push(result);
  if (!result.ok) continue;
  for (const draft of result.drafts) {
    const current = existing.get(`${draft.seed}#${draft.part}`)?.path;
    const isForced = forced.has(draft.seed) || forced.has(draft.slug) || (current !== undefined && forced.has(basename(current, '.mdx')));
    let path = current;
    if (!path) {
      let name = `${draft.slug}.mdx`;
      for (let k = 2; taken.has(name); k++) name = `${draft.slug}-${k}.mdx`;
      taken.add(name);
      path = join(outDir, name);
    }
    const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    let action: DraftOutcome['action'];
    if (before === undefined) action = 'created';
    else if (before === draft.source) action = 'unchanged';
    else if (!isUneditedDraft(before) && !isForced) action = 'kept';
    else action = isForced && !isUneditedDraft(before) ? 'forced' : 'updated';
    if (action === 'kept' && keep.length > 0) {
      draft.findings.push(`lines to keep (${keep.map((k) => JSON.stringify(k)).join(', ')}) apply only when the draft is written again: this article was edited, so use \`--force\` to regenerate it`);
    }
    if (!dryRun && (action === 'created' || action === 'updated' || action === 'forced')) {
      mkdirSync(outDir, { recursive: true });
      writeFileSync(path, draft.source);
    }
    outcomes.push({ draft, path: relative(process.cwd(), path), action });
  }
}

const report = renderReport(results, outcomes, { seedsDir });
if (!dryRun) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'ingest-report.md'), report);
}
if (!values.quiet) console.log(report);
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  console.error(`✗ ${failed.length} of ${results.length} seed file(s) failed: see above. The others were ingested.`);
  process.exit(1);
}
