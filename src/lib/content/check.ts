/**
 * `checkContent(model)`: every content rule, written once. The build runs it before any page
 * renders (src/integrations/content.ts) and `npm run content:check` runs it without building; both
 * print the same problems. Each rule has a name (`Problem.rule`), so tests can pin it.
 *
 * Rules: the schemas and file names (found while loading), malformed `<Cite>`/`<Disagree>`
 * elements, references between entries, every citation against its paragraph or outside source,
 * citations of drafts, quote lengths in data, aliases two entries claim, correction quotes that
 * are not in their article, explainers citing fewer than three paragraphs, events answering
 * later events, and former slugs that another entry uses or claims.
 */
import type { Citation } from '../../schemas/citation.ts';
import { checkCitation, type ParagraphIndex } from '../citations.ts';
import { keys } from '../paths.ts';
import type { ActorSlug, PlaceSlug } from '../../schemas/slugs.ts';
import { attributionProblems, correctedCitationProblems } from './editorial.ts';
import { lintProblems } from './lint.ts';
import { CONTENT_DIRS, fieldAt, PLACE_TERM, type CitationUse, type ContentModel } from './model.ts';
import { quoteValue, sortProblems, type Problem } from './problems.ts';

/** The length of a quote in data (facts, events, counts), in words: long enough to find, short enough to be a quote. */
export const DATA_QUOTE_WORDS = { min: 3, max: 25 } as const;

/** An explainer must cite at least this many different paragraphs. */
export const MIN_EXPLAINER_PARAGRAPHS = 3;

/** The number of words in a text. */
const wordCount = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * True when `date` (of the answering event) is earlier than `answered` (the event it answered).
 * Dates are compared on the part both have, so a partial date is never "earlier" than a fuller
 * date inside it: "2020" may answer "2020-01", "2023-12-25" may answer "2023-12".
 */
export function isEarlier(date: string, answered: string): boolean {
  const n = Math.min(date.length, answered.length);
  return date.slice(0, n) < answered.slice(0, n);
}

/** The articles' paragraph texts, for the citation checker. */
export function paragraphIndex(model: ContentModel): ParagraphIndex {
  return new Map([...model.articles].map(([slug, a]) => [slug, a.paragraphs.map((p) => p.text)]));
}

/** Checks every rule; returns the problems sorted by file and line (empty when all is well). */
export function checkContent(model: ContentModel): Problem[] {
  const problems: Problem[] = [...model.loadProblems];
  const index = paragraphIndex(model);
  const exists = (dir: string, slug: string, known: ReadonlyMap<string, unknown>): boolean => known.has(slug) || model.invalid.has(`${dir}/${slug}`);

  /** A reference to an entry that does not exist. */
  const dangling = (file: string, line: number, field: string, slug: string, folder: string): Problem => ({
    rule: 'reference',
    file,
    line,
    field,
    value: JSON.stringify(slug),
    message: `no file ${folder}/${slug}.* exists.`,
    fix: `use a file name from ${folder}/ without its extension, or add that entry`,
  });

  // Article bodies are rendered as Markdown: MDX-only syntax in them would show differently.
  for (const a of model.articles.values()) {
    for (const p of a.mdxOnly) problems.push({ rule: 'markup', file: a.file, line: a.bodyLine + p.line - 1, field: p.field, message: p.message, fix: p.fix });
  }
  // Bodies: malformed <Cite>, <Disagree> and <Side> elements; hand-written actor links.
  for (const entry of [...model.actors.values(), ...model.explainers.values()]) {
    for (const p of entry.bodyProblems) problems.push({ rule: 'markup', file: entry.file, line: entry.bodyLine + p.line - 1, field: p.field, message: p.message, fix: p.fix });
    for (const link of entry.actorLinks) {
      if (link.slug !== 'none' && !exists('content/actors', link.slug, model.actors)) {
        problems.push({ rule: 'reference', file: entry.file, line: entry.bodyLine + link.line - 1, field: `[${link.text}](actor:${link.slug})`, value: JSON.stringify(link.slug), message: 'no actor has that slug.', fix: 'use a file name from content/actors/ without .mdx (e.g. actor:kataib-hezbollah), or actor:none to keep the text unlinked' });
      }
    }
  }

  // References between entries.
  for (const e of model.explainers.values()) {
    e.data.actors.forEach((a, i) => exists('content/actors', a, model.actors) || problems.push(dangling(e.file, model.lineOf(e, ['actors', i]), `actors.${i}`, a, 'content/actors')));
    e.data.related.forEach((r, i) => {
      if (r === e.slug) problems.push({ rule: 'reference', file: e.file, line: model.lineOf(e, ['related', i]), field: `related.${i}`, value: JSON.stringify(r), message: 'an explainer cannot be related to itself.', fix: 'remove it from `related`' });
      else if (!exists('content/explainers', r, model.explainers)) problems.push(dangling(e.file, model.lineOf(e, ['related', i]), `related.${i}`, r, 'content/explainers'));
    });
  }
  for (const a of model.actors.values()) {
    a.data.relations.forEach((r, i) => {
      if (r.target === a.slug) problems.push({ rule: 'reference', file: a.file, line: model.lineOf(a, ['relations', i, 'target']), field: `relations.${i}.target`, value: JSON.stringify(r.target), message: 'an actor cannot be related to itself.', fix: 'name another actor' });
      else if (!exists('content/actors', r.target, model.actors)) problems.push(dangling(a.file, model.lineOf(a, ['relations', i, 'target']), `relations.${i}.target`, r.target, 'content/actors'));
    });
  }
  for (const e of model.events.values()) {
    e.data.places.forEach((p, i) => exists('content/places', p, model.places) || problems.push(dangling(e.file, model.lineOf(e, ['places', i]), `places.${i}`, p, 'content/places')));
    e.data.actors.forEach((a, i) => exists('content/actors', a.actor, model.actors) || problems.push(dangling(e.file, model.lineOf(e, ['actors', i, 'actor']), `actors.${i}.actor`, a.actor, 'content/actors')));
    e.data.inResponseTo.forEach((r, i) => {
      const at = fieldAt(model, e, ['inResponseTo', i]);
      const answered = model.events.get(r);
      if (r === e.slug) problems.push({ rule: 'reference', file: e.file, line: at.line, field: at.field, value: JSON.stringify(r), message: 'an event cannot answer itself.', fix: 'name the earlier event it answered' });
      else if (!exists('content/events', r, model.events)) problems.push(dangling(e.file, at.line, at.field, r, 'content/events'));
      else if (answered && isEarlier(e.data.date, answered.data.date)) {
        problems.push({ rule: 'event-order', file: e.file, line: at.line, field: at.field, value: JSON.stringify(r), message: `that event is dated ${answered.data.date}, after this one (${e.data.date}).`, fix: 'an event can only answer an earlier one: check both dates, or the direction of `inResponseTo`' });
      }
    });
  }

  // Citations, wherever they are.
  for (const use of model.citations()) problems.push(...checkUse(use, model, index));

  // The editorial rules: attribution, corrected words, the lint.
  problems.push(...attributionProblems(model), ...correctedCitationProblems(model), ...lintProblems(model, model.allowlist));

  // Aliases two entries claim.
  for (const collision of model.collisions()) {
    const [first, second] = collision.terms;
    problems.push({
      rule: 'glossary-collision',
      ...termLocation(model, second.actor, second.text, second.file),
      value: JSON.stringify(second.text),
      message: `${JSON.stringify(second.text)} (${second.file}) and ${JSON.stringify(first.text)} (${first.file}) are the same name to the glossary, so a mention of it cannot be linked to one entry.`,
      fix: 'remove it from one of the two files, or mark it `ambiguous: true` in both',
    });
  }

  // Corrections must quote their article's words exactly, or they would silently mark nothing.
  for (const a of model.articles.values()) {
    a.data.corrections.forEach((c, i) => {
      c.quotes.forEach((quote, k) => {
        if (!a.paragraphs.some((p) => p.text.includes(quote.text))) {
          problems.push({ rule: 'correction-quote', file: a.file, line: model.lineOf(a, ['corrections', i, 'quotes', k]), field: `corrections.${i}.quotes.${k}`, value: JSON.stringify(quote.text), message: `correction ${i + 1} quotes words that are not in the article, so they would mark nothing.`, fix: 'copy the words exactly from the article body (same spelling, spaces and quote marks), or remove them' });
        }
      });
    });
  }

  // An explainer answers from several paragraphs, not one.
  for (const e of model.explainers.values()) {
    const cited = new Set([...e.cites.map((c) => c.ref), ...e.data.keyFacts.flatMap((f) => f.cites)].map(citeKey));
    if (cited.size < MIN_EXPLAINER_PARAGRAPHS) {
      problems.push({ rule: 'explainer-paragraphs', file: e.file, line: e.bodyLine, message: `the explainer cites ${cited.size} distinct paragraph(s) or facts.`, fix: `cite at least ${MIN_EXPLAINER_PARAGRAPHS}: an answer rests on more than one passage` });
    }
  }

  problems.push(...formerSlugProblems(model));

  return sortProblems(problems);
}

/** An entry that can be renamed: its slug, file, YAML (for lines) and former slugs. */
type Renamable = { slug: string; file: string; yaml: string; yamlOffset: number; data: { formerSlugs: readonly string[] } };

/**
 * Former slugs (`formerSlugs`): an old address keeps working only if it leads to one entry. Within
 * each collection (they share one URL space), a former slug must not be an entry's own slug, a live
 * entry's slug (whose page the redirect would replace), or another entry's former slug.
 */
export function formerSlugProblems(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  const collections: [dir: string, entries: ReadonlyMap<string, Renamable>, ext: string][] = [
    [CONTENT_DIRS.articles, model.articles, '.mdx'],
    [CONTENT_DIRS.explainers, model.explainers, '.mdx'],
    [CONTENT_DIRS.actors, model.actors, '.mdx'],
    [CONTENT_DIRS.events, model.events, '.yaml'],
    [CONTENT_DIRS.places, model.places, '.yaml'],
  ];
  for (const [dir, entries, ext] of collections) {
    const claimed = new Map<string, string>();
    for (const entry of entries.values()) {
      entry.data.formerSlugs.forEach((former, i) => {
        const at = { rule: 'former-slug', file: entry.file, line: model.lineOf(entry, ['formerSlugs', i]), field: `formerSlugs.${i}`, value: JSON.stringify(former) };
        const live = entries.get(former)?.file ?? (model.invalid.has(`${dir}/${former}`) ? `${dir}/${former}${ext}` : undefined);
        if (former === entry.slug) {
          problems.push({ ...at, message: 'that is the entry’s own slug, not a former one.', fix: 'remove it from `formerSlugs`' });
        } else if (live) {
          problems.push({ ...at, message: `${live} has that slug, so its old address is a live page and cannot also redirect here.`, fix: 'remove it from `formerSlugs`, or rename that entry first' });
        } else if (claimed.has(former)) {
          problems.push({ ...at, message: `${claimed.get(former)} lists it as a former slug too, so the old address cannot lead to both.`, fix: 'keep it only in the entry that had that slug' });
        } else {
          claimed.set(former, entry.file);
        }
      });
    }
  }
  return problems;
}

/** Where a glossary term is written: its file, line and field (`aliases.2.text`, `variants.0.text`, `name`). */
function termLocation(model: ContentModel, term: string, text: string, file: string): { file: string; line: number; field: string } {
  const place = term.startsWith(PLACE_TERM) ? model.places.get(term.slice(PLACE_TERM.length) as PlaceSlug) : undefined;
  const actor = place ? undefined : model.actors.get(term as ActorSlug);
  const entry = place ?? actor;
  if (!entry) return { file, line: 0, field: 'name' };
  const list = place ? place.data.variants : (actor?.data.aliases ?? []);
  const key = place ? 'variants' : 'aliases';
  const i = list.findIndex((v) => v.text === text);
  return i < 0 ? { file, line: model.lineOf(entry, ['name']), field: 'name' } : { file, line: model.lineOf(entry, [key, i, 'text']), field: `${key}.${i}.text` };
}

/** The key of what a citation cites: `article#p7` or `source!fact`. */
export function citeKey(ref: Citation): string {
  return 'source' in ref ? keys.sourceFact(ref.source, ref.fact) : keys.paragraph(ref.article, ref.paragraph);
}

/** The problems with one citation. */
function checkUse(use: CitationUse, model: ContentModel, index: ParagraphIndex): Problem[] {
  const ref = use.ref;
  // Where the citation is, read only for a problem: its line costs a parse of the file's YAML.
  const where = (): { file: string; line: number; field: string } => ({ file: use.file, line: use.line, field: use.field });
  if ('source' in ref) {
    const source = model.sources.get(ref.source);
    if (!source) {
      if (model.invalid.has(`content/sources/${ref.source}`)) return [];
      return [{ rule: 'citation-source', ...where(), value: JSON.stringify(ref.source), message: 'cites an outside source that does not exist.', fix: `use a file name from content/sources/ without .yaml${model.sources.size > 0 ? ` (${[...model.sources.keys()].sort().join(', ')})` : ''}, or add the source` }];
    }
    if (!source.data.facts.some((f) => f.key === ref.fact)) {
      return [{ rule: 'citation-source', ...where(), value: JSON.stringify(ref.fact), message: `${source.file} has no fact with that key.`, fix: `use one of: ${source.data.facts.map((f) => f.key).join(', ')}` }];
    }
    return [];
  }
  if (model.invalid.has(`content/articles/${ref.article}`)) return [];
  const out: Problem[] = [];
  const article = model.articles.get(ref.article);
  if (article?.data.draft) out.push({ rule: 'citation-draft', ...where(), value: JSON.stringify(ref.article), message: 'cites a draft, which readers cannot open.', fix: 'publish the article (draft: false) or cite another one' });
  const problem = checkCitation(ref, index);
  if (problem) out.push({ rule: 'citation-quote', ...where(), value: quoteValue(ref.quote), ...problem });
  if (use.in === 'data') {
    const words = wordCount(ref.quote);
    if (words < DATA_QUOTE_WORDS.min || words > DATA_QUOTE_WORDS.max) {
      out.push({ rule: 'quote-length', ...where(), value: quoteValue(ref.quote), message: `the quote has ${words} word(s).`, fix: `quote ${DATA_QUOTE_WORDS.min} to ${DATA_QUOTE_WORDS.max} words, word for word from the paragraph` });
    }
  }
  return out;
}
