/**
 * Turning a parsed article into an MDX draft: frontmatter with what the text itself says (title,
 * date, publisher, images) and what it could not say (flagged for the editor), and a body in which
 * every character of raw text is escaped.
 */
import { createHash } from 'node:crypto';
import { Scalar, stringify } from 'yaml';
import { findDates, latest } from './dates.ts';
import { escapeMdxText } from './escape.ts';
import type { Block, ParsedArticle } from './parse.ts';
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
          return block.items.map((item) => `- ${escapeMdxText(item)}`).join('\n');
        case 'table': {
          const row = (cells: string[]): string => `| ${cells.map(escapeMdxText).join(' | ')} |`;
          return [row(block.header), `| ${block.header.map(() => '---').join(' | ')} |`, ...block.rows.map(row)].join('\n');
        }
      }
    })
    .join('\n\n');
}

/** The whole raw text of an article, for finding dates and publishers in it. */
function allText(article: ParsedArticle): string {
  const parts = [article.title.text, article.standfirst?.text ?? ''];
  for (const b of article.blocks) {
    if (b.kind === 'list') parts.push(...b.items);
    else if (b.kind === 'table') parts.push(...b.header, ...b.rows.flat());
    else parts.push(b.text);
  }
  return parts.join('\n');
}

/** A date written in double quotes, so YAML never reads it as a timestamp. */
function quotedDate(iso: string): Scalar {
  const scalar = new Scalar(iso);
  scalar.type = 'QUOTE_DOUBLE';
  return scalar;
}

/** The published date: stated, or inferred from a caption, or from the text, or missing. */
function publishedDate(article: ParsedArticle): { value: Record<string, unknown>; finding: string } {
  if (article.statedDate) {
    return {
      value: { date: quotedDate(article.statedDate), precision: 'day', inferred: false, basis: `The text states "date ${article.statedDate}".` },
      finding: `date ${article.statedDate}, stated by the text`,
    };
  }
  const fromCaption = latest(article.figures.flatMap((f) => findDates(f.caption)));
  if (fromCaption) {
    return {
      value: { date: quotedDate(fromCaption.iso), precision: 'day', inferred: true, basis: `Latest date in a photo caption: "${fromCaption.text}".` },
      finding: `date ${fromCaption.iso}, inferred from a photo caption ("${fromCaption.text}"): check it`,
    };
  }
  const fromText = latest(findDates(allText(article)));
  if (fromText) {
    return {
      value: { date: quotedDate(fromText.iso), precision: 'day', inferred: true, basis: `Latest full date in the text: "${fromText.text}".` },
      finding: `date ${fromText.iso}, inferred from the latest date in the text ("${fromText.text}"): check it`,
    };
  }
  return {
    value: { date: null, precision: 'day', inferred: true, basis: 'The text states no full date.' },
    finding: 'no date found: set published.date before publishing',
  };
}

/** A publisher named by the reporter's own "told The National" lines. */
function publisher(article: ParsedArticle): { value: Record<string, unknown>; finding: string } {
  const counts = new Map<string, number>();
  for (const m of allText(article).matchAll(/\btold ((?:The )?[A-Z][\w-]*(?:[ -][A-Z][\w-]*)*)/g)) {
    const name = m[1] ?? '';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const [name, count] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (name && count) {
    return {
      value: { name, evidence: `The text says "told ${name}" (${count} time${count > 1 ? 's' : ''}).` },
      finding: `publisher ${name}, from "told ${name}" in the text: check it`,
    };
  }
  return {
    value: { name: 'unknown', evidence: 'The text names no publisher.' },
    finding: 'publisher unknown: the text names none',
  };
}

/** The text's own statement that a machine wrote it, if it makes one. */
function aiDisclosure(article: ParsedArticle): string | undefined {
  const text = allText(article);
  const m = text.match(/[^.\n]*\b(?:written|generated|produced)\s+(?:entirely\s+)?by\s+(?:AI|artificial intelligence)\b[^.\n]*\.?/i);
  return m?.[0].trim();
}

/** Builds the MDX draft of one parsed article. */
export function buildDraft(article: ParsedArticle, seed: { file: string; sha256: string; parts: number }): Draft {
  const findings: string[] = [];
  const date = publishedDate(article);
  const pub = publisher(article);
  findings.push(date.finding, pub.finding);
  if (article.title.source === 'first-sentence') findings.push('no title line: the title is the first sentence; write a real one');
  const ai = aiDisclosure(article);
  if (ai) findings.push(`the text says a machine wrote it ("${ai}"): rate it low`);

  const frontmatter: Record<string, unknown> = {
    title: article.title.text,
    titleSource: article.title.source,
    ...(article.standfirst ? { standfirst: article.standfirst.text } : {}),
    draft: true,
    published: date.value,
    publisher: pub.value,
    kind: ai ? 'ai-generated' : 'unknown',
    reliability: { level: ai ? 'low' : 'unrated', reasons: ai ? [`The text says: "${ai}"`] : [] },
    images: article.figures.map((f) => ({ caption: f.caption, credit: f.credit })),
    notes: [],
    corrections: [],
    ingest: { seed: seed.file, part: article.part, parts: seed.parts, seedSha256: seed.sha256, [HASH_KEY]: '' },
  };
  const slug = slugify(article.title.text, 60);
  const unhashed = `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n\n${renderBody(article.blocks)}\n`;
  const hash = sha256(unhashed);
  return { slug, seed: seed.file, part: article.part, source: withHash(unhashed, hash), findings };
}

/** SHA-256 of a string, hex. */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Writes the draft hash into its empty frontmatter slot. */
function withHash(source: string, hash: string): string {
  return source.replace(`${HASH_KEY}: ""`, `${HASH_KEY}: ${hash}`);
}

/**
 * True when a file on disk is exactly a draft as ingest wrote it: its recorded hash matches its
 * content. Any edit by an editor (frontmatter or body) makes this false.
 */
export function isUneditedDraft(source: string): boolean {
  const m = source.match(new RegExp(`${HASH_KEY}: ([0-9a-f]{64})`));
  if (!m?.[1]) return false;
  return sha256(source.replace(m[0], `${HASH_KEY}: ""`)) === m[1];
}
