/**
 * Build-time reading of content files (I/O lives here, not in src/lib): the paragraph index of
 * every article, the facts about each article a citation note shows, and the actors' glossary
 * terms. Read once per build by astro.config.mjs, and by the content checker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ParagraphIndex } from '../lib/citations.ts';
import { parseMdx, splitFrontmatter } from '../lib/mdx-parse.ts';
import { collectParagraphs } from '../lib/paragraphs.ts';

/** What a citation note shows about its article. */
export interface ArticleMeta {
  slug: string;
  title: string;
  publisher: string;
  /** The date as readers see it ("26 December 2023", "Mid-November 2023"). */
  dateLabel: string;
  reliability: 'high' | 'medium' | 'low' | 'unrated';
  draft: boolean;
  /** Exact quotes the article's corrections mark, with the correction number. */
  correctionQuotes: { quote: string; n: number; status: string }[];
}

/** One content file: its slug, path, frontmatter and body. */
export interface ContentFile {
  slug: string;
  path: string;
  data: Record<string, unknown>;
  body: string;
}

/** Reads every `.mdx` file in a folder, sorted by name. Bad YAML names the file. */
export function readContentDir(dir: string): ContentFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(dir, name);
    const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
    let data: Record<string, unknown>;
    try {
      // YAML 1.1, as Astro reads frontmatter, so an unquoted date is a timestamp here too.
      data = (parseYaml(frontmatter, { version: '1.1' }) ?? {}) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${path}: the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}. Fix the YAML between the --- lines.`);
    }
    return { slug: name.replace(/\.mdx$/, ''), path, data, body };
  });
}

/** Formats a frontmatter date for a note. */
function dateLabel(published: Record<string, unknown> | undefined): string {
  if (!published) return 'date unknown';
  if (typeof published['label'] === 'string') return published['label'];
  const d = published['date'];
  const iso = d instanceof Date ? d.toISOString().slice(0, 10) : typeof d === 'string' ? d : '';
  if (!iso) return 'date unknown';
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [y, m, day] = iso.split('-');
  const month = m ? months[Number(m) - 1] : undefined;
  return day && month ? `${Number(day)} ${month} ${y}` : month ? `${month} ${y}` : (y ?? iso);
}

const articleCache = new Map<string, { index: ParagraphIndex; meta: Map<string, ArticleMeta> }>();

/**
 * The articles' paragraph index and metadata, read once per folder per process: the config, the
 * event check, the chart and the integrity page all ask for it (the benchmark found four parses).
 */
export function loadArticles(dir = 'content/articles'): { index: ParagraphIndex; meta: Map<string, ArticleMeta> } {
  let cached = articleCache.get(dir);
  if (!cached) {
    cached = readArticles(dir);
    articleCache.set(dir, cached);
  }
  return cached;
}

/** Reads and parses every article. */
function readArticles(dir: string): { index: ParagraphIndex; meta: Map<string, ArticleMeta> } {
  const index = new Map<string, string[]>();
  const meta = new Map<string, ArticleMeta>();
  for (const file of readContentDir(dir)) {
    index.set(file.slug, collectParagraphs(parseMdx(file.body)).map((p) => p.text));
    const d = file.data;
    const publisher = (d['publisher'] as { name?: string } | undefined)?.name ?? 'unknown';
    const corrections = (d['corrections'] as { quotes?: string[]; status?: string }[] | undefined) ?? [];
    meta.set(file.slug, {
      slug: file.slug,
      title: String(d['title'] ?? file.slug),
      publisher: publisher === 'unknown' ? 'Unknown publisher' : publisher,
      dateLabel: dateLabel(d['published'] as Record<string, unknown> | undefined),
      reliability: ((d['reliability'] as { level?: ArticleMeta['reliability'] } | undefined)?.level ?? 'unrated'),
      draft: d['draft'] !== false,
      correctionQuotes: corrections.flatMap((c, i) => (c.quotes ?? []).map((quote) => ({ quote, n: i + 1, status: c.status ?? 'wrong' }))),
    });
  }
  return { index, meta };
}

/** One YAML data file: its slug (file name without `.yaml`), its path and its parsed data. */
export interface DataFile {
  slug: string;
  path: string;
  data: unknown;
  /** Set when the file is not valid YAML; `data` is then undefined. */
  error?: string;
}

/**
 * Reads every `.yaml` file in a folder, sorted by name, as YAML 1.1 (the way Astro reads data
 * files). A file that is not valid YAML comes back with `error` set, for the caller to report.
 */
export function readYamlDir(dir: string): DataFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  return names.map((name) => {
    const path = join(dir, name);
    const slug = name.replace(/\.yaml$/, '');
    try {
      return { slug, path, data: parseYaml(readFileSync(path, 'utf8'), { version: '1.1' }) ?? {} };
    } catch (error) {
      return { slug, path, data: undefined, error: (error as Error).message.split('\n')[0] ?? 'unreadable' };
    }
  });
}
