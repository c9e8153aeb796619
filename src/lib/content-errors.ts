/**
 * Content error messages that an editor can act on: the file, the field, the bad value and the fix.
 */

/** A schema issue, as zod reports it (only the parts we use). */
export interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

/** Reads the value at a path in an object, for quoting the bad value. */
function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Quotes a value briefly. */
export function quoteValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** Formats one schema issue as "file: field `a.b`: got X: message". */
export function formatIssue(file: string, issue: SchemaIssue, data: unknown): string {
  const field = issue.path.map(String).join('.') || '(frontmatter)';
  return `${file}: field \`${field}\`: got ${quoteValue(valueAt(data, issue.path))}: ${issue.message}`;
}
