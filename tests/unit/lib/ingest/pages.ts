/**
 * Small invented pages and readers of what ingest made of them, shared by the tests of the rules
 * each held-out round led to (page-kinds*.test.ts): three article paragraphs, and each line's or
 * block's fate and rule, and the frontmatter written.
 */
import { parse as parseYaml } from 'yaml';
import { ingestSeed } from '../../../../src/lib/ingest/index.ts';
import { parseSeed } from '../../../../src/lib/ingest/parse.ts';

export const P = 'The council said on Tuesday that the bridge would reopen in the spring, after a year of repairs that cost far more than planned.';
export const Q = 'Residents who had campaigned for the repairs said they were relieved, although some still worry about the cost of the work to the town.';
export const R = 'The contractor said the last of the steelwork would be painted in March, weather permitting, and the footpath would open first.';

type Trace = { text: string; fate: string; rule?: string | undefined }[];
const byText = (trace: Trace): Record<string, string> => Object.fromEntries(trace.map((t) => [t.text, t.rule ? `${t.fate} ${t.rule}` : t.fate]));

/** The fate and rule of each line of a raw text, by its text. */
export function fates(lines: string[]): Record<string, string> {
  return byText(parseSeed(lines.join('\n'))[0]!.trace);
}

/** The fate and rule of each block of a saved page, by its text. */
export function pageFates(html: string): Record<string, string> {
  const r = ingestSeed('page.html', new TextEncoder().encode(html));
  if (!r.ok) throw new Error(r.problem.message);
  return byText(r.articles[0]!.trace);
}

/** The frontmatter ingest writes for a raw text. */
export function frontmatter(lines: string[]): Record<string, any> {
  const r = ingestSeed('page.txt', new TextEncoder().encode(lines.join('\n')));
  if (!r.ok) throw new Error(r.problem.message);
  return parseYaml(r.drafts[0]!.source.match(/^---\n([\s\S]*?)\n---/)![1]!) as Record<string, any>;
}

/** The frontmatter ingest writes for a saved page. */
export function pageFrontmatter(html: string): Record<string, any> {
  const r = ingestSeed('page.html', new TextEncoder().encode(html));
  if (!r.ok) throw new Error(r.problem.message);
  return parseYaml(r.drafts[0]!.source.match(/^---\n([\s\S]*?)\n---/)![1]!) as Record<string, any>;
}
