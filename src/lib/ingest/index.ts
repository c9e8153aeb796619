/**
 * Ingesting one seed: decode it, find its articles (raw text) or read it as a saved page (HTML),
 * remove furniture, build MDX drafts. Pure: the command-line shell in `scripts/ingest.ts` reads
 * and writes the files.
 */
import { buildArticle, type ParsedArticle, type Removal } from './article.ts';
import { decodeSeed, isDecodeProblem, type DecodeProblem } from './decode.ts';
import { buildDraft, sha256, type Draft } from './draft.ts';
import { readSavedPage } from './html.ts';
import type { PageMeta } from './page-meta.ts';
import { parseSeed } from './parse.ts';

/** What ingesting one seed produced: drafts and what was removed, or the problem that stopped it. */
export type SeedResult =
  | { ok: true; file: string; kind: 'text' | 'page'; drafts: Draft[]; articles: ParsedArticle[]; removals: Removal[]; notes: string[]; page?: PageMeta }
  | { ok: false; file: string; problem: DecodeProblem | { code: 'no-paragraphs'; message: string } };

/** How to ingest: the lines the editor keeps back (seed line numbers, page block numbers, or exact texts). */
export interface IngestOptions {
  keep?: readonly (number | string)[];
}

/** True for a seed saved from a browser as HTML, by its name. */
export function isSavedPage(file: string): boolean {
  return /\.html?$/i.test(file);
}

/** Ingests the bytes of one seed file. */
export function ingestSeed(file: string, bytes: Uint8Array, options: IngestOptions = {}): SeedResult {
  const decoded = decodeSeed(bytes);
  if (isDecodeProblem(decoded)) return { ok: false, file, problem: decoded };
  const keep = options.keep ?? [];
  let articles: ParsedArticle[];
  let page: PageMeta | undefined;
  const notes = [...decoded.notes];
  if (isSavedPage(file)) {
    const saved = readSavedPage(decoded.text);
    page = saved.meta;
    if (!saved.hasArticle) notes.push('Readability found no article on the page: every block was classified by its own features');
    // Without an <h1> (or a block equal to the metadata's title) the raw-text headline finder looks.
    const known = saved.headline >= 0 ? { headline: saved.headline, ...(saved.standfirst >= 0 ? { standfirst: saved.standfirst } : {}) } : {};
    articles = [buildArticle(saved.units, 1, { keep, ...known, ...(page.byline ? { authors: [page.byline.value] } : {}) })];
  } else {
    articles = parseSeed(decoded.text, { keep });
    const wrapped = articles[0]?.reflowed;
    if (wrapped) notes.push(`the text is hard-wrapped at about ${wrapped.width} characters a line: ${wrapped.joined} lines were joined to the line above into paragraphs (the report lists each paragraph at its first line)`);
  }
  const empty = articles.find((a) => !a.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'list'));
  if (empty) {
    return {
      ok: false,
      file,
      problem: {
        code: 'no-paragraphs',
        message: `article ${empty.part} of the file has no paragraphs after furniture was removed: check that it holds the article's text${page ? '' : ', one paragraph per line'}`,
      },
    };
  }
  const seedHash = sha256(bytes);
  const unmatched = keep.filter((k) => !articles.some((a) => a.keptBack.includes(k)));
  const drafts = articles.map((a) =>
    buildDraft(a, { file, sha256: seedHash, parts: articles.length, keep: [...a.keptBack, ...(a.part === 1 ? unmatched : [])], ...(page ? { page } : {}) }),
  );
  for (const k of unmatched) drafts[0]?.findings.push(`keep entry ${JSON.stringify(k)} matches no line of the seed: check the line number or text in the report`);
  const result: SeedResult = { ok: true, file, kind: page ? 'page' : 'text', drafts, articles, removals: articles.flatMap((a) => a.removals), notes };
  if (page) result.page = page;
  return result;
}
