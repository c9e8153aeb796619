/**
 * Turning a parsed article into an MDX draft: frontmatter with what the text itself says (title,
 * date, publisher, images) and what it could not say (flagged for the editor), and a body in which
 * every character of raw text is escaped.
 */
import { createHash } from 'node:crypto';
import { Scalar, stringify } from 'yaml';
import type { ParsedArticle } from './article.ts';
import { escapeMdxText } from './escape.ts';
import { allText, bylineOf, publishedOf, publisherOf, titleOf } from './frontmatter.ts';
import type { PageMeta } from './page-meta.ts';
import type { Block } from './structure.ts';
import { slugify } from '../slug.ts';

/** A draft ready to be written to `content/articles/<slug>.mdx`. */
export interface Draft {
  /** The file name without `.mdx`. */
  slug: string;
  /** The seed file and the article's position in it. */
  seed: string;
  part: number;
  /** The whole MDX file. */
  source: string;
  /** Facts the editor should check, for the report. */
  findings: string[];
}

/** The frontmatter key that records the hash of the draft as generated. */
export const HASH_KEY = 'draftSha256';

/** Renders the body blocks as MDX. */
export function renderBody(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'heading':
          return `## ${escapeMdxText(block.text)}`;
        case 'paragraph':
          return escapeMdxText(block.text);
        case 'quote':
          return `> ${escapeMdxText(block.text)}`;
        case 'list':
          return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${escapeMdxText(item)}`).join('\n');
        case 'table': {
          // Every row gets as many cells as the widest, so GFM reads it as one table.
          const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
          const row = (cells: string[]): string => `| ${Array.from({ length: width }, (_x, i) => escapeMdxText(cells[i] ?? '')).join(' | ')} |`;
          return [row(block.header), `| ${Array.from({ length: width }, () => '---').join(' | ')} |`, ...block.rows.map(row)].join('\n');
        }
      }
    })
    .join('\n\n');
}

/** A date written in double quotes, so YAML never reads it as a timestamp. */
function quotedDate(iso: string): Scalar {
  const scalar = new Scalar(iso);
  scalar.type = 'QUOTE_DOUBLE';
  return scalar;
}

/** The text's own statement that a machine wrote it, if it makes one. */
function aiDisclosure(article: ParsedArticle): string | undefined {
  const text = allText(article);
  const m = text.match(/[^.\n]*\b(?:written|generated|produced)\s+(?:entirely\s+)?by\s+(?:AI|artificial intelligence)\b[^.\n]*\.?/i);
  return m?.[0].trim();
}

/** The seed an article came from, and what the editor asked to keep. */
export interface SeedInfo {
  file: string;
  sha256: string;
  parts: number;
  /** The keep entries to record in `ingest.keep`. Default none. */
  keep?: readonly (number | string)[];
  /** A saved page's own metadata. */
  page?: PageMeta;
}

/** Builds the MDX draft of one parsed article. */
export function buildDraft(article: ParsedArticle, seed: SeedInfo): Draft {
  const title = titleOf(article, seed.page);
  const date = publishedOf(article, seed.page);
  const pub = publisherOf(article, seed.page);
  const byline = bylineOf(article, seed.page);
  const findings = [title.finding, date.finding, pub.finding, byline?.finding ?? ''].filter(Boolean);
  const ai = aiDisclosure(article);
  if (ai) findings.push(`the text says a machine wrote it ("${ai}"): rate it low`);
  if (article.checks.length > 0) {
    findings.push(`${article.checks.length} line(s) kept but marked "check": the classifier is unsure they are article text (see below)`);
  }

  const sources = Object.fromEntries(
    Object.entries({ title: title.from, byline: byline?.from, date: date.from, publisher: pub.from }).filter(([, v]) => v !== undefined),
  );
  const frontmatter: Record<string, unknown> = {
    title: title.value.text,
    titleSource: title.value.source,
    ...(article.standfirst ? { standfirst: article.standfirst.text } : {}),
    draft: true,
    published: {
      date: date.value.iso === null ? null : quotedDate(date.value.iso),
      precision: 'day',
      inferred: date.value.inferred,
      basis: date.value.basis,
    },
    publisher: pub.value,
    kind: ai ? 'ai-generated' : 'unknown',
    reliability: { level: ai ? 'low' : 'unrated', reasons: ai ? [`The text says: "${ai}"`] : [] },
    images: article.figures.map((f) => ({ caption: f.caption, credit: f.credit })),
    notes: [],
    corrections: [],
    ingest: {
      seed: seed.file,
      part: article.part,
      parts: seed.parts,
      seedSha256: seed.sha256,
      keep: [...(seed.keep ?? [])],
      ...(byline ? { byline: byline.value } : {}),
      sources,
      [HASH_KEY]: '',
    },
  };
  const slug = slugify(title.value.text, 60);
  const unhashed = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${renderBody(article.blocks)}\n`;
  const hash = sha256(hashable(unhashed));
  return { slug, seed: seed.file, part: article.part, source: unhashed.replace(`${HASH_KEY}: ""`, `${HASH_KEY}: ${hash}`), findings };
}

/** SHA-256 of a string, hex. */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The text a draft's hash is taken over: the hash slot emptied, and `ingest.keep` written as empty,
 * so that an editor who only adds lines to keep has not edited the draft.
 */
function hashable(source: string): string {
  return source.replace(new RegExp(`${HASH_KEY}: (?:[0-9a-f]{64}|"")`), `${HASH_KEY}: ""`).replace(/^ {2}keep:[^\n]*(?:\n {2,}- [^\n]*)*/m, '  keep: []');
}

/**
 * True when a file on disk is exactly a draft as ingest wrote it: its recorded hash matches its
 * content. Any edit by an editor (frontmatter or body) makes this false, except to `ingest.keep`.
 */
export function isUneditedDraft(source: string): boolean {
  const m = source.match(new RegExp(`${HASH_KEY}: ([0-9a-f]{64})`));
  if (!m?.[1]) return false;
  return sha256(hashable(source)) === m[1];
}
