/**
 * `npm run content:check`: checks every content file without building the site — schemas,
 * references between files, and every citation's quote against its paragraph. The build runs the
 * same checks (through the schemas and the citations plugin); this is the fast way for an author.
 * Exit code 1 when anything is wrong; every problem names the file.
 */
import { ActorSchema } from '../schemas/actor.ts';
import { ArticleSchema } from '../schemas/article.ts';
import { ExplainerSchema } from '../schemas/explainer.ts';
import { checkCitation, type CitationRef } from '../lib/citations.ts';
import { formatIssue } from '../lib/content-errors.ts';
import { collectCites } from '../lib/mdx-cites.ts';
import { parseMdx } from '../lib/mdx-parse.ts';
import { loadArticles, readContentDir, type ContentFile } from './content-index.ts';

const problems: string[] = [];
const { index, meta } = loadArticles();
const actors = readContentDir('content/actors');
const explainers = readContentDir('content/explainers');
const actorSlugs = new Set(actors.map((a) => a.slug));
const explainerSlugs = new Set(explainers.map((e) => e.slug));

/** Checks one citation and records a problem naming the file and where in it. */
function cite(file: ContentFile, where: string, ref: CitationRef): void {
  const articleMeta = meta.get(ref.article);
  if (articleMeta?.draft) problems.push(`${file.path}: ${where} cites "${ref.article}", which is a draft: publish it first (draft: false) or cite another article`);
  const problem = checkCitation(ref, index);
  if (problem) problems.push(`${file.path}: ${where} ${problem}`);
}

/** Validates frontmatter against a schema; returns the parsed data or undefined. */
function validate<T>(file: ContentFile, schema: { safeParse(d: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } }): T | undefined {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(formatIssue(file.path, issue, file.data));
  return undefined;
}

/** Checks the <Cite> elements of a body. */
function bodyCites(file: ContentFile): number {
  const { cites, problems: bad } = collectCites(parseMdx(file.body));
  for (const p of bad) problems.push(`${file.path}: ${p}`);
  cites.forEach((c, i) => cite(file, `<Cite> ${i + 1} (body line ${c.line})`, c));
  return new Set(cites.map((c) => `${c.article}#${c.paragraph}`)).size;
}

for (const file of readContentDir('content/articles')) validate(file, ArticleSchema);

for (const file of actors) {
  const actor = validate(file, ActorSchema);
  if (!actor) continue;
  actor.relations.forEach((r, i) => {
    if (!actorSlugs.has(r.target)) problems.push(`${file.path}: field \`relations.${i}.target\`: got "${r.target}": no actor has that slug; use a file name from content/actors/`);
    cite(file, `relations.${i}.cite`, r.cite);
  });
  actor.facts.forEach((f, i) => cite(file, `facts.${i}.cite`, f.cite));
  bodyCites(file);
}

for (const file of explainers) {
  const explainer = validate(file, ExplainerSchema);
  if (!explainer) continue;
  explainer.actors.forEach((a, i) => {
    if (!actorSlugs.has(a)) problems.push(`${file.path}: field \`actors.${i}\`: got "${a}": no actor has that slug; use a file name from content/actors/`);
  });
  explainer.related.forEach((r, i) => {
    if (!explainerSlugs.has(r)) problems.push(`${file.path}: field \`related.${i}\`: got "${r}": no explainer has that slug; use a file name from content/explainers/`);
  });
  explainer.keyFacts.forEach((f, i) => cite(file, `keyFacts.${i}.cite`, f.cite));
  const distinct = bodyCites(file);
  if (distinct < 3) problems.push(`${file.path}: cites ${distinct} distinct paragraph(s): an explainer must cite at least 3`);
}

if (problems.length > 0) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  console.error(`\n${problems.length} problem(s).`);
  process.exit(1);
}
console.log(`✓ content is valid: ${index.size} articles, ${actors.length} actors, ${explainers.length} explainers; every citation's quote is in its paragraph.`);
