/**
 * Content problems: what is wrong with a content file, said so that an editor can fix it without
 * reading code — the file and line, the field, the bad value, what is wrong and the fix. Every rule
 * of `checkContent` reports through this one shape, and the build and `npm run content:check`
 * print it with the one formatter below.
 */

/** One content problem. */
export interface Problem {
  /** The rule that found it, e.g. `citation-quote` (see `checkContent`). */
  rule: string;
  /** The file, relative to the project root: `content/explainers/who-is-kataib-hezbollah.mdx`. */
  file: string;
  /** The 1-based line in that file where the problem is, or 0 when the whole file is meant. */
  line: number;
  /** The field, as a dotted path (`keyFacts.0.cite.quote`) or an element (`<Cite> 3`). Optional. */
  field?: string;
  /** The bad value, quoted briefly. Optional. */
  value?: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** How to fix it, in one sentence. */
  fix: string;
}

/** Quotes a value briefly for a message: JSON, dates as `YYYY-MM-DD`, at most 80 characters. */
export function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Formats a problem on one line: `file:line: field \`f\`: got V: message. Fix: fix`. */
export function formatProblem(p: Problem): string {
  const where = p.line > 0 ? `${p.file}:${p.line}` : p.file;
  const field = p.field ? ` ${p.field.startsWith('<') ? p.field : `field \`${p.field}\``}` : '';
  const value = p.value !== undefined ? `: got ${p.value}` : '';
  return `${where}:${field}${value}: ${p.message} Fix: ${p.fix}`;
}

/** Formats many problems, one per line, with a count at the end. */
export function formatProblems(problems: readonly Problem[]): string {
  return `${problems.map((p) => `✗ ${formatProblem(p)}`).join('\n')}\n\n${problems.length} content problem(s).`;
}

/** Problems in a stable order: by file, then line, then rule. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}
