/**
 * The editorial lint of `checkContent`: the site's own voice, read the way a wire-agency editor
 * reads it.
 *
 * - `uncited-sentence`: every sentence of an explainer's or a glossary entry's prose, and of a
 *   short answer, is followed by a citation of its own (sentence level, not paragraph level). A
 *   sentence that states no fact (a transition) is listed in content/editorial-allowlist.yaml with
 *   the reason.
 * - `house-word`: the site's own voice uses no word of the house list (src/lib/content/house-style.ts);
 *   quotes of the sources are exempt.
 * - `figure-wording`: a figure keeps the source's words: "more than 40" is `said: more than`, never
 *   shown as "at least 40".
 * - `claim-date`: a year a claim gives is in what it cites, or dates the report it attributes
 *   ("AP reported in November 2023 that …"), never an event whose paragraph says "this month"
 *   (src/lib/content/claim-dates.ts).
 */
import type { Citation } from '../../schemas/citation.ts';
import type { Figure } from '../../schemas/figure.ts';
import { answerSentences } from '../answers.ts';
import { unsupportedDates } from './claim-dates.ts';
import { houseWordsIn } from './house-style.ts';
import { fieldAt, type ContentModel, type FieldAt, type YamlSource } from './model.ts';
import type { Problem } from './problems.ts';

/** A sentence the lint lets stand uncited, and why. */
export interface AllowedSentence {
  file: string;
  /** The sentence, or its start. */
  text: string;
  reason: string;
}

/** The uncited sentences of the content, less the allowed ones. */
function uncitedProblems(model: ContentModel, allowed: readonly AllowedSentence[]): Problem[] {
  const problems: Problem[] = [];
  const isAllowed = (file: string, text: string): boolean => allowed.some((a) => a.file === file && text.startsWith(a.text.trim()));
  for (const entry of [...model.explainers.values(), ...model.actors.values()]) {
    for (const s of entry.uncited) {
      if (isAllowed(entry.file, s.text)) continue;
      problems.push({ rule: 'uncited-sentence', file: entry.file, line: entry.bodyLine + s.line - 1, field: 'sentence', value: JSON.stringify(s.text.length > 90 ? `${s.text.slice(0, 89)}…` : s.text), message: 'this sentence has no citation of its own.', fix: 'end it with the <Cite> that supports it; if it states no fact (a transition), list it in content/editorial-allowlist.yaml with the reason' });
    }
  }
  for (const e of model.explainers.values()) {
    if (typeof e.data.shortAnswer === 'string') {
      problems.push({ rule: 'uncited-sentence', file: e.file, line: model.lineOf(e, ['shortAnswer']), field: 'shortAnswer', message: 'the short answer has no citations.', fix: 'write it as a list of sentences, each with `text` and the `cites` that support it' });
    }
  }
  return problems;
}

/** Every text written in the site's own voice, with where it is (the line of a YAML field is found only for a problem). */
function ownTexts(model: ContentModel): (FieldAt & { text: string })[] {
  const out: (FieldAt & { text: string })[] = [];
  const field = (entry: YamlSource & { file: string }, path: readonly PropertyKey[], text: string): void => void out.push(Object.assign(fieldAt(model, entry, path), { text }));
  const prose = (entry: { file: string; bodyLine: number }, line: number, name: string, text: string): void => void out.push({ file: entry.file, line: entry.bodyLine + line - 1, field: name, text });
  for (const e of model.explainers.values()) {
    field(e, ['title'], e.data.title);
    answerSentences(e.data.shortAnswer).forEach((s, i) => field(e, ['shortAnswer', i], s.text));
    e.data.keyFacts.forEach((f, i) => field(e, ['keyFacts', i], `${f.label}: ${f.value}`));
    e.disagreements.forEach((d) => prose(e, d.line, '<Disagree>', [d.question, ...d.sides.map((s) => s.claim)].join(' ')));
    e.paragraphs.forEach((p) => prose(e, p.line, 'prose', p.text));
  }
  for (const a of model.actors.values()) {
    field(a, ['description'], a.data.description);
    a.data.facts.forEach((f, i) => field(a, ['facts', i, 'text'], f.text));
    a.paragraphs.forEach((p) => prose(a, p.line, 'prose', p.text));
  }
  for (const e of model.events.values()) {
    field(e, ['title'], e.data.title);
    field(e, ['summary'], e.data.summary);
  }
  for (const p of model.places.values()) field(p, ['description'], p.data.description);
  for (const s of model.sources.values()) s.data.facts.forEach((f, i) => field(s, ['facts', i, 'text'], f.text));
  for (const a of model.articles.values()) a.data.corrections.forEach((c, i) => field(a, ['corrections', i, 'text'], c.text));
  return out;
}

/** House words in the site's own voice. */
function houseWordProblems(model: ContentModel): Problem[] {
  return ownTexts(model).flatMap((t) =>
    houseWordsIn(t.text).map((w) => ({
      rule: 'house-word',
      file: t.file,
      line: t.line,
      field: t.field,
      value: JSON.stringify(w.word),
      message: `the site's own voice uses "${w.word}", a word of the house list.`,
      fix: `${w.instead} (quote the source in quotation marks if it is the source's word)`,
    })),
  );
}

/** The words a quote bounds a number with, if it does: "more than", "at least"… */
function boundIn(quote: string, n: number): string | undefined {
  const m = new RegExp(`\\b(at least|more than|over|about|around|nearly|almost|up to|some)\\s+${n}\\b`, 'i').exec(quote);
  const word = m?.[1]?.toLowerCase();
  return word === 'over' ? 'more than' : word === 'around' || word === 'some' ? 'about' : word === 'almost' ? 'nearly' : word;
}

/** Figures whose bound differs from the words of the quote that gives them. */
function figureProblems(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  const check = (at: FieldAt, figure: Figure, cite: Citation): void => {
    if (!('article' in cite) || figure.max !== undefined) return;
    const said = boundIn(cite.quote, figure.min);
    const given = figure.said ?? 'at least';
    if (said && said !== given) {
      problems.push({ rule: 'figure-wording', file: at.file, line: at.line, field: at.field, value: JSON.stringify(`${given} ${figure.min}`), message: `the source says "${said} ${figure.min}", so the figure must say so too.`, fix: `write said: ${said}` });
    }
  };
  for (const e of model.events.values()) {
    e.data.casualties.forEach((c, i) => {
      if (c.killed) check(fieldAt(model, e, ['casualties', i, 'killed']), c.killed, c.cite);
      if (c.injured) check(fieldAt(model, e, ['casualties', i, 'injured']), c.injured, c.cite);
    });
  }
  for (const c of model.counts) check(fieldAt(model, c, [c.index, 'count']), c.data.count, c.data.cite);
  return problems;
}

/** Claims that give a date none of their citations gives, other than the date of the report they attribute. */
export function claimDateProblems(model: ContentModel): Problem[] {
  // The citations of one claim (a sentence with several <Cite>s, a fact with `also`) are read together.
  const claims = new Map<string, { at: FieldAt; claim: string; texts: string[]; published: string[] }>();
  for (const use of model.citations()) {
    if (use.role === 'relation' || use.role === 'end') continue; // their claim is the site's own "X: leads Y" label
    const key = `${use.file}\0${use.claim}`;
    const c = claims.get(key) ?? { at: use, claim: use.claim, texts: [], published: [] };
    if ('article' in use.ref) {
      const article = model.articles.get(use.ref.article);
      const text = article?.paragraphs[use.ref.paragraph - 1]?.text;
      if (text !== undefined) c.texts.push(text);
      if (article?.data.published.date) c.published.push(article.data.published.date);
    } else {
      const source = model.sources.get(use.ref.source)?.data;
      const fact = source?.facts.find((f) => f.key === (use.ref as { fact: string }).fact);
      // A record's date is the day it was issued: it dates the statement (as-of), not the event.
      if (source) {
        c.texts.push(fact?.text ?? '');
        c.published.push(source.date);
      }
    }
    claims.set(key, c);
  }
  const problems: Problem[] = [];
  for (const c of claims.values()) {
    for (const d of unsupportedDates(c.claim, c)) {
      problems.push({
        rule: 'claim-date',
        file: c.at.file,
        line: c.at.line,
        field: c.at.field,
        value: JSON.stringify(d.phrase),
        message: `the claim gives ${d.phrase}, which none of its cited paragraphs or records gives; dated by an article's publication, it says more than the source.`,
        fix: `cite a paragraph or outside record that gives the date, date the report instead (e.g. "AP reported in November 2023 that …", the month and year of the cited article), or leave the date out`,
      });
    }
  }
  return problems;
}

/** Every lint problem. */
export function lintProblems(model: ContentModel, allowed: readonly AllowedSentence[]): Problem[] {
  return [...uncitedProblems(model, allowed), ...houseWordProblems(model), ...figureProblems(model), ...claimDateProblems(model)];
}
