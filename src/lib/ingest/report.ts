/**
 * The ingest report: for each seed, what became of it, what the editor should check, every line
 * that was removed with the rule that removed it and the classifier's scores, and every line kept
 * but marked "check". Deterministic, so it can be committed and diffed.
 */
import type { Scores } from './article.ts';
import type { Draft } from './draft.ts';
import type { SeedResult } from './index.ts';
import { RULES } from './rules.ts';

/** What happened to one draft on disk. */
export interface DraftOutcome {
  draft: Draft;
  /** Where the article lives, relative to the project. */
  path: string;
  /** created: new file; updated: an unedited draft was regenerated; unchanged; kept: an editor changed it, so it was left alone; forced: regenerated over an editor's changes by --force. */
  action: 'created' | 'updated' | 'unchanged' | 'kept' | 'forced';
}

const ACTION_TEXT: Record<DraftOutcome['action'], string> = {
  created: 'created',
  updated: 'updated (it was an unedited draft)',
  unchanged: 'unchanged',
  kept: 'kept as is: an editor changed it (use `--force <slug>` to regenerate)',
  forced: 'regenerated over an editor’s changes (--force)',
};

/** The scores as one cell: text, furniture, neighbours, class. */
export function formatScores(s: Scores | undefined): string {
  return s ? `text ${s.text.toFixed(2)} · furniture ${s.furniture.toFixed(2)} · neighbours ${s.neighbours.toFixed(2)} · ${s.cls}` : '—';
}

/** Renders the whole report as Markdown. */
export function renderReport(results: SeedResult[], outcomes: DraftOutcome[], options: { seedsDir: string }): string {
  const out: string[] = ['# Ingest report', ''];
  const failed = results.filter((r) => !r.ok).length;
  out.push(
    `${results.length} seed file(s) in \`${options.seedsDir}/\`: ${results.length - failed} ingested, ${failed} failed; ${outcomes.length} article(s).`,
    '',
  );
  for (const result of results) {
    out.push(`## ${result.file}`, '');
    if (!result.ok) {
      out.push(`✗ **Failed** (${result.problem.code}): ${result.problem.message}.`, '');
      continue;
    }
    const unit = result.kind === 'page' ? 'Block' : 'Line';
    for (const note of result.notes) out.push(`- Decoding: ${note}.`);
    for (const draft of result.drafts) {
      const outcome = outcomes.find((o) => o.draft === draft);
      out.push(`- Article ${draft.part} of ${result.drafts.length} → \`${outcome?.path ?? draft.slug}\`: ${outcome ? ACTION_TEXT[outcome.action] : 'not written'}.`);
      for (const finding of draft.findings) out.push(`  - ${finding}`);
    }
    out.push('');
    const checks = result.articles.flatMap((a) => a.checks);
    if (checks.length > 0) {
      out.push(`Kept, but check (the classifier is unsure these are article text; remove them in the draft if they are not):`, '');
      out.push(`| ${unit} | Why | Scores | Text |`, '| ---: | --- | --- | --- |');
      for (const c of checks) out.push(`| ${c.line} | ${cell(c.why)} | ${formatScores(c.scores)} | ${cell(c.text)} |`);
      out.push('');
    }
    if (result.removals.length === 0) {
      out.push('Nothing removed.', '');
      continue;
    }
    out.push(`| ${unit} | Rule | Scores | Removed text |`, '| ---: | --- | --- | --- |');
    for (const r of result.removals) out.push(`| ${r.line} | ${r.rule} | ${formatScores(r.scores)} | ${cell(r.text)} |`);
    out.push('');
  }
  out.push('## Rules', '');
  for (const [id, text] of Object.entries(RULES)) out.push(`- **${id}**: ${text}.`);
  out.push(
    '',
    'Scores: *text* is how much a line reads like article text (length, share of function words, a closing full stop), *furniture* how much like page furniture (interface words, links, separators, repetition), *neighbours* the furniture score of the lines around it; the class is the line’s own (good, near-good, short, bad, low-text, ui-prose) and, after an arrow, what its neighbours made of it.',
    '',
    'To keep a removed line, add its line number (or block number, for a saved page) or its exact text to `ingest.keep` in the article’s frontmatter — ingest applies it the next time it writes the draft, and adding to the list does not count as editing the draft — or run `npm run ingest -- --keep <seed file>:<line>`.',
    '',
  );
  return out.join('\n');
}

/** Makes text safe inside a Markdown table cell of the report. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>`*_[\]]/g, (c) => `\\${c}`);
}
