/**
 * The ingest report: for each seed, what became of it, what the editor should check, and every line
 * that was removed with the rule that removed it. Deterministic, so it can be committed and diffed.
 */
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
    for (const note of result.notes) out.push(`- Decoding: ${note}.`);
    for (const draft of result.drafts) {
      const outcome = outcomes.find((o) => o.draft === draft);
      out.push(`- Article ${draft.part} of ${result.drafts.length} → \`${outcome?.path ?? draft.slug}\`: ${outcome ? ACTION_TEXT[outcome.action] : 'not written'}.`);
      for (const finding of draft.findings) out.push(`  - ${finding}`);
    }
    out.push('');
    if (result.removals.length === 0) {
      out.push('Nothing removed.', '');
      continue;
    }
    out.push('| Line | Rule | Removed text |', '| ---: | --- | --- |');
    for (const r of result.removals) out.push(`| ${r.line} | ${r.rule} | ${cell(r.text)} |`);
    out.push('');
  }
  out.push('## Rules', '');
  for (const [id, text] of Object.entries(RULES)) out.push(`- **${id}**: ${text}.`);
  out.push('');
  return out.join('\n');
}

/** Makes text safe inside a Markdown table cell of the report. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[<>`*_[\]]/g, (c) => `\\${c}`);
}
