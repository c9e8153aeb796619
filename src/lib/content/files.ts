/**
 * Reading the text of a content file, without I/O: frontmatter and body of an MDX file, the data of
 * a YAML file, and the line of any field (for problems). YAML is read as YAML 1.1, so an unquoted
 * date is a timestamp here, and the date schema can refuse it with the reason.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A content file as read from disk: its path relative to the project root and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

/** An MDX file split into its frontmatter text and its body, with the line the body starts on. */
export interface SplitFile {
  frontmatter: string;
  body: string;
  /** 1-based line of the file where the body starts. */
  bodyLine: number;
}

/** Splits an MDX file at its `---` fences. A file without them is all body. */
export function splitFrontmatter(source: string): SplitFile {
  const text = source.replace(/^\uFEFF/, '');
  const m = text.match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  if (!m) return { frontmatter: '', body: text, bodyLine: 1 };
  return { frontmatter: m[1] ?? '', body: text.slice(m[0].length), bodyLine: m[0].split('\n').length - (m[0].endsWith('\n') ? 0 : 1) };
}

/** The result of reading YAML: the data, or the parser's first error with its line. */
export type YamlResult = { ok: true; data: unknown } | { ok: false; message: string; line: number };

/** Parses YAML 1.1 text. `lineOffset` is added to error lines (1 for frontmatter after its fence). */
export function readYaml(text: string, lineOffset = 0): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.1', lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = lineCounter.linePos(error.pos[0]).line + lineOffset;
    return { ok: false, message: error.message.split('\n')[0] ?? 'unreadable YAML', line };
  }
  return { ok: true, data: doc.toJS() ?? {} };
}

/**
 * The line of a field in YAML text: the deepest node along `path` that exists (so a missing field
 * points at its parent), plus `lineOffset`. Parsed again on demand: problems are rare, and keeping
 * every file's syntax tree would cost memory on a large site.
 */
export function yamlLine(text: string, path: readonly PropertyKey[], lineOffset = 0): number {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { version: '1.1', lineCounter });
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0] ?? 0;
  for (const key of path) {
    if (!isMap(node) && !isSeq(node)) break;
    const next = node.get(typeof key === 'symbol' ? String(key) : key, true) as Node | undefined;
    if (!next?.range) break;
    node = next;
    offset = next.range[0];
  }
  return lineCounter.linePos(offset).line + lineOffset;
}
