/**
 * The editorial rules of `checkContent`: a citation supports what its quote says, no more.
 *
 * - Attribution: `by="X"` on a citation, `attributedBy` on an event's role and `according` on a
 *   casualty figure or a count are accepted only where the cited paragraph names X (under any of
 *   its glossary names, or in so many words), or the citation is an outside record X published.
 * - Corrected words: a quote that a correction marks as wrong or unconfirmed may only support a
 *   sentence that reports it as its source's claim ("the AI-written account says …"), never a fact,
 *   and never credited to anyone else ("according to the Pentagon, …").
 *
 * Both are about meaning, so both are heuristics; each message says what was checked and how to
 * fix it, and the rules are tested on sentences unlike the site's own.
 */
import type { Citation } from '../../schemas/citation.ts';
import { correctionsTouching } from '../corrections.ts';
import type { Matcher } from '../glossary/matcher.ts';
import { fieldAt, type CitationUse, type ContentModel } from './model.ts';
import { quoteValue, type Problem } from './problems.ts';

/** Words that say nothing about who someone is. */
const STOP = new Set(['a', 'an', 'the', 'some', 'and', 'of', 'one', 'with', 'other', 'its', 'their', 'his', 'her', 'several', 'two', 'three', 'in', 'at', 'for', 'from', 'to', 'on', 'by']);

/** Lower-case words of a text, without possessives and stop words. */
function contentWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w));
}

/** The actors (and places) a text names, by any of their non-ambiguous names. */
function namedIn(text: string, matcher: Matcher): Set<string> {
  return new Set(matcher.find(text).map((m) => m.actor));
}

/** Most of `wanted` is in `have`: all of it for one or two words, two thirds otherwise. */
function mostOf(wanted: readonly string[], have: ReadonlySet<string>): boolean {
  if (wanted.length === 0) return true;
  const hits = wanted.filter((w) => have.has(w)).length;
  return wanted.length <= 2 ? hits === wanted.length : hits / wanted.length >= 2 / 3;
}

/**
 * True when `text` names `who`. A remark in parentheses ("(source not named)") is not part of the
 * name. If `who` names a person the glossary knows, `text` must name that person. If it names only
 * other entries with words of its own ("a US official", "Iraqi and Western officials"), `text` must
 * name one of those entries and most of the other words — "a US official" is not any paragraph that
 * mentions the United States. Otherwise most of `who`'s words must appear in `text`.
 */
export function names(text: string, who: string, matcher: Matcher, isPerson: (actor: string) => boolean = () => false): boolean {
  const name = who.replace(/\([^)]*\)/g, ' ');
  const matches = matcher.find(name).filter((m) => !m.ambiguous);
  const actors = new Set(matches.map((m) => m.actor));
  const have = new Set(contentWords(text));
  if (actors.size === 0) return mostOf(contentWords(name), have);
  const inText = namedIn(text, matcher);
  const people = [...actors].filter(isPerson);
  if (people.length > 0) return people.some((a) => inText.has(a));
  // Failing the names, the words themselves will do ("Iran-backed" in `who`, "Iranian-backed" in the text).
  if (![...actors].some((a) => inText.has(a))) return mostOf(contentWords(name), have);
  // The people the words left once the entries' names are taken out stand for ("official" in "a US
  // official"): the text must name them too. Other words ("government") only describe the entry.
  let rest = name;
  for (const m of [...matches].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, m.start)} ${rest.slice(m.end)}`;
  return mostOf(contentWords(rest).filter((w) => PERSON_ROLES.test(w)), have);
}

/** Words for people who speak for an entry: a citation crediting "a US official" needs an official in the text. */
const PERSON_ROLES = /^(?:officials?|spokes(?:man|woman|person|people)|sources?|commanders?|analysts?|experts?|observers?|diplomats?|lawmakers?|mps?|ministers?|advis[eo]rs?|researchers?|leaders?|members?|fighters?|residents?|witnesses?)$/;

/** Words that name a kind of text, for a source that speaks in its own voice: "AP", "the AI-written account". */
const KIND_WORDS: Record<string, string> = {
  'news-report': 'report news article story',
  analysis: 'analysis article',
  opinion: 'opinion column article',
  'ai-generated': 'ai written generated account text article',
  unknown: 'article text',
};

/**
 * True when `who` is the cited article itself — its publisher, the agency it carries, or its kind
 * ("Reuters", "AP", "an analysis that does not name its source", "the AI-written account"): a
 * report's figure is its own, and no paragraph of a report names its own publisher.
 */
function isOwnVoice(who: string, article: { data: { publisher: { name: string; via?: string | undefined }; kind: string } }): boolean {
  const identity = new Set(contentWords(`${article.data.publisher.name === 'unknown' ? '' : article.data.publisher.name} ${article.data.publisher.via ?? ''} ${KIND_WORDS[article.data.kind] ?? ''}`));
  const words = contentWords(who.replace(/\([^)]*\)/g, ' '));
  return words.length > 0 && words.some((w) => identity.has(w)) && !/\b(?:said|says|told|according)\b/i.test(who);
}

/** The text a citation can attribute to someone: the paragraph, or the outside record's publisher and fact. */
function citedText(ref: Citation, model: ContentModel): string | undefined {
  if ('source' in ref) {
    const s = model.sources.get(ref.source);
    return s ? `${s.data.publisher}. ${s.data.facts.find((f) => f.key === ref.fact)?.text ?? ''}` : undefined;
  }
  return model.articles.get(ref.article)?.paragraphs[ref.paragraph - 1]?.text;
}

/** Where a citation points, for a message: "¶4 of x" or "the outside record y". */
function where(ref: Citation): string {
  return 'source' in ref ? `the outside record ${ref.source}` : `¶${ref.paragraph} of ${ref.article}`;
}

/** Attribution problems: `by`, `attributedBy` and `according` must be named where they are cited. */
export function attributionProblems(model: ContentModel): Problem[] {
  const matcher = model.matcher();
  const problems: Problem[] = [];
  const isPerson = (actor: string): boolean => model.actors.get(actor as never)?.data.kind === 'person' || model.actors.get(actor as never)?.data.kind === 'quoted-voice';
  const check = (at: { file: string; readonly line: number; field: string }, who: string, refs: readonly Citation[], what: string, ownVoice = false): void => {
    const texts = refs.map((r) => citedText(r, model)).filter((t): t is string => t !== undefined);
    if (texts.length === 0 || texts.some((t) => names(t, who, matcher, isPerson))) return;
    // A figure "according to" the report itself (its publisher, its agency, its kind) is the report's own.
    if (ownVoice && refs.some((r) => 'article' in r && model.articles.get(r.article) && isOwnVoice(who, model.articles.get(r.article)!))) return;
    problems.push({
      rule: 'attribution',
      file: at.file,
      line: at.line,
      field: at.field,
      value: JSON.stringify(who),
      message: `${what} credits ${who}, but ${refs.map(where).join(' and ')} does not name them.`,
      fix: 'cite the paragraph where they say it, or their own outside record; or drop the attribution if the source says it in its own voice',
    });
  };
  for (const use of model.citations()) {
    if ('article' in use.ref && use.ref.by) check(use, use.ref.by, [use.ref], 'The citation');
  }
  for (const e of model.events.values()) {
    e.data.actors.forEach((a, i) => {
      if (a.attributedBy) check(fieldAt(model, e, ['actors', i, 'attributedBy']), a.attributedBy, e.data.citations, `The role of ${a.actor}`);
    });
    e.data.casualties.forEach((c, i) => check(fieldAt(model, e, ['casualties', i, 'according']), c.according, [c.cite], 'The casualty figure', true));
  }
  for (const c of model.counts) check(fieldAt(model, c, [c.index, 'according']), c.data.according, [c.data.cite], 'The count', true);
  return problems;
}

/** Verbs and phrases that report what a source says, rather than state it as fact. */
const REPORTING = /\b(?:says?|said|claims?|claimed|reports?|reported|writes?|wrote|lists?|listed|states?|stated|dates?|dated|gives?|gave|describes?|described|places?|placed|puts?|calls?|called|names?|named|counts?|counted|adds?|added|tells?|told|alleges?|alleged|according to)\b/i;

/**
 * True when a sentence reports a claim as its source's, not as fact: it has a reporting verb, and
 * credits no glossary entry with it (the wrong passage is the source's claim, nobody else's).
 */
export function reportsAsClaim(sentence: string, matcher: Matcher): boolean {
  if (!REPORTING.test(sentence)) return false;
  // "according to X" and "X says": X must not be an actor the glossary knows.
  for (const m of sentence.matchAll(/according to ([^,.;:]+)/gi)) if (namedIn(m[1] ?? '', matcher).size > 0) return false;
  const subject = /^(.{0,80}?)\b(?:says?|said|claims?|claimed|reports?|reported|states?|stated|counts?|counted|tells?|told)\b/i.exec(sentence)?.[1] ?? '';
  return namedIn(subject, matcher).size === 0;
}

/** The data roles whose text may report a source's claim (a casualty figure "according to" the source). */
const REPORTING_ROLES = new Set<CitationUse['role']>(['casualty', 'count', 'key-fact']);

/** Problems with citations of words a correction marks as wrong or unconfirmed. */
export function correctedCitationProblems(model: ContentModel): Problem[] {
  const matcher = model.matcher();
  const problems: Problem[] = [];
  for (const use of model.citations()) {
    const ref = use.ref;
    if (!('article' in ref) || use.role === 'correction') continue;
    const article = model.articles.get(ref.article);
    if (!article) continue;
    const touching = correctionsTouching(article.data.corrections, ref.quote).filter((c) => c.status !== 'clarified');
    if (touching.length === 0) continue;
    const at = { file: use.file, line: use.line, field: use.field, value: quoteValue(ref.quote) };
    const list = touching.map((c) => `correction ${c.n} (${c.status})`).join(', ');
    if (ref.by) {
      problems.push({ rule: 'corrected-quote', ...at, message: `the quote is marked by ${list} of ${ref.article}, yet the citation credits ${ref.by} with it.`, fix: `drop by="${ref.by}": the words are ${ref.article}'s claim; cite ${ref.by}'s own record (content/sources/) for what they said` });
      continue;
    }
    const isData = use.in === 'data';
    const allowed = isData ? REPORTING_ROLES.has(use.role) && (use.role !== 'key-fact' ? !namesOther(use.claim, matcher) : reportsAsClaim(use.claim, matcher)) : reportsAsClaim(use.side ? `${use.side}: ${use.claim}` : use.claim, matcher);
    if (!allowed) {
      problems.push({
        rule: 'corrected-quote',
        ...at,
        message: `the quote is marked by ${list} of ${ref.article}, so it can only support a sentence that reports it as that source's claim; ${isData ? `this ${use.role ?? 'entry'} states it` : 'this sentence states it'} as fact${use.claim ? `: "${use.claim.slice(0, 120)}"` : ''}.`,
        fix: `say whose claim it is ("${ref.article} says …"), or cite the record that shows what is right (its correction lists the evidence)`,
      });
    }
  }
  return problems;
}

/** True when a data statement ("US soldiers, according to the US Department of Defense") credits a glossary entry. */
function namesOther(claim: string, matcher: Matcher): boolean {
  const according = /according to (.+)$/i.exec(claim)?.[1] ?? '';
  return namedIn(according, matcher).size > 0;
}
