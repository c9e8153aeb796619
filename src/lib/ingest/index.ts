/**
 * Ingesting one raw seed: decode, split into articles, remove furniture, build MDX drafts. Pure:
 * the command-line shell in `src/ingest/` reads and writes the files.
 */
import { decodeSeed, isDecodeProblem, type DecodeProblem } from './decode.ts';
import { buildDraft, sha256, type Draft } from './draft.ts';
import { parseSeed, type ParsedArticle, type Removal } from './parse.ts';

/** What ingesting one seed produced: drafts and what was removed, or the problem that stopped it. */
export type SeedResult =
  | { ok: true; file: string; drafts: Draft[]; articles: ParsedArticle[]; removals: Removal[]; notes: string[] }
  | { ok: false; file: string; problem: DecodeProblem | { code: 'no-paragraphs'; message: string } };

/** Ingests the bytes of one seed file. */
export function ingestSeed(file: string, bytes: Uint8Array): SeedResult {
  const decoded = decodeSeed(bytes);
  if (isDecodeProblem(decoded)) return { ok: false, file, problem: decoded };
  const articles = parseSeed(decoded.text);
  const empty = articles.find((a) => !a.blocks.some((b) => b.kind === 'paragraph' || b.kind === 'list'));
  if (empty) {
    return {
      ok: false,
      file,
      problem: {
        code: 'no-paragraphs',
        message: `article ${empty.part} of the file has no paragraphs after furniture was removed: check that it holds the article's text, one paragraph per line`,
      },
    };
  }
  const seedHash = sha256(bytes);
  const drafts = articles.map((a) => buildDraft(a, { file, sha256: seedHash, parts: articles.length }));
  return { ok: true, file, drafts, articles, removals: articles.flatMap((a) => a.removals), notes: decoded.notes };
}
