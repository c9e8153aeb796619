/**
 * `npm run content:check`: checks every content file without building the site, with the same
 * rules and messages as the build (`checkContent` in src/lib/content/check.ts). Prints one line per
 * problem and exits 1, or prints what it checked. `--glossary` also lists where ambiguous aliases
 * were met (they are never linked).
 */
import { getModel } from '../src/build/content.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { glossaryReport } from '../src/lib/content/report.ts';
import { formatProblems } from '../src/lib/content/problems.ts';

const started = performance.now();
const model = getModel();
const problems = checkContent(model);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const report = glossaryReport(model);
console.log(`✓ content is valid: ${model.articles.size} articles, ${model.actors.size} actors, ${model.explainers.size} explainers, ${model.events.size} events, ${model.places.size} places, ${model.sources.size} outside sources, ${model.counts.length} counts; ${model.citations().length} citations checked (${Math.round(performance.now() - started)} ms).`);
console.log(report.summary);
if (process.argv.includes('--glossary')) for (const line of report.details) console.log(`  ${line}`);
