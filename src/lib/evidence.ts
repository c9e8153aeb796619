/**
 * Evidence grades: how well the sources support an event or a key fact, computed from its
 * citations and never typed by an editor. The scale follows Airwars' idea of a fixed, defined
 * grade per incident, with this site's own five grades:
 *
 * - confirmed: the responsible party says so itself, in a record it published or in words a
 *   source quotes from it (a citation whose `by` names the party);
 * - corroborated: two or more independent publishers report it (an agency report carried by
 *   another outlet is the agency's report, counted once);
 * - single source: fewer than two independent publishers, and no word from the party;
 * - contested: the sources disagree (casualty figures that differ between accounts, or a
 *   correction that marks the cited words as wrong or unconfirmed);
 * - AI-only: every citation is a text a machine wrote.
 *
 * `gradeEvidence` is the one rule, a pure function of prepared facts about each citation
 * (`CiteEvidence`); `citeEvidence` prepares those facts from the content model.
 */
import type { Citation } from '../schemas/citation.ts';
import { PLACE_TERM, type ContentModel } from './content/model.ts';
import { correctionsTouching, worstStatus, type CorrectionStatus } from './corrections.ts';
import { casualtyDisputes, MEASURE_WORD, type CasualtyAccount } from './casualties.ts';
import { countText } from './events.ts';
import { articleDate, outsideLabel, sourceName } from './sources.ts';
import type { Matcher } from './glossary/matcher.ts';

/** The grades, strongest evidence first. */
export const GRADES = ['confirmed', 'corroborated', 'single-source', 'contested', 'ai-only'] as const;

/** An evidence grade. */
export type Grade = (typeof GRADES)[number];

/** Each grade's name and definition, written once: the cards, the filters and the about page show these. */
export const GRADE_INFO: Record<Grade, { label: string; many: string; definition: string }> = {
  confirmed: {
    label: 'Confirmed',
    many: 'Confirmed',
    definition: 'The party responsible says so itself: in a record it published, or in its own words as a source quotes them.',
  },
  corroborated: {
    label: 'Corroborated',
    many: 'Corroborated',
    definition: 'Two or more independent publishers report it. A news agency’s report carried by another outlet counts once.',
  },
  'single-source': {
    label: 'Single source',
    many: 'Single source',
    definition: 'Fewer than two independent publishers report it, and the party responsible has not said so.',
  },
  contested: {
    label: 'Contested',
    many: 'Contested',
    definition: 'The sources disagree: their casualty figures differ, or a correction marks the cited words as wrong or unconfirmed.',
  },
  'ai-only': {
    label: 'AI-only',
    many: 'AI-only',
    definition: 'Every source is a text a machine wrote. Nothing else supports it, so it is unverified.',
  },
};

/** What the grade needs to know about one citation. */
export interface CiteEvidence {
  /** How readers see the source: "Reuters, 26 February 2021, ¶13". */
  label: string;
  /**
   * Whose report it is, for independence: for an article, the agency it carries (`publisher.via`)
   * or else its publisher; for an outside record, its publisher. Undefined when unknown.
   */
  publisher?: string | undefined;
  /** True for a text a machine wrote (an `ai-generated` article). */
  aiGenerated: boolean;
  /** Who speaks, when it is a party's own word: the outside record's publisher or the citation's `by`. Optional. */
  speaker?: string | undefined;
  /** The actors the speaker is, with every body it is part of (actor slugs). Empty when it names none. */
  speakerActors: readonly string[];
  /** The most serious correction that marks the cited words, if any. */
  marked?: CorrectionStatus | undefined;
}

/** What a grade is computed from. */
export interface EvidenceInput {
  /** The citations, at least one: an event's citations and its casualty citations, or a key fact's. */
  cites: readonly CiteEvidence[];
  /**
   * The parties responsible (actor slugs): for an event, the actors who acted in it (attacker,
   * claimant, responder, official) where no one merely attributes the role; for a key fact, the
   * actors its explainer is about.
   */
  parties: readonly string[];
  /** Casualty accounts, one per source row (events only). Default none. */
  casualties?: readonly CasualtyAccount[];
}

/** A grade with the reason that decided it, in a sentence for readers. */
export interface GradeResult {
  grade: Grade;
  reason: string;
}

/** The identity of a publisher, so "AP" and "ap " are one. */
const identity = (publisher: string): string => publisher.trim().toLowerCase().replace(/^the\s+/, '');

/** "A, B and C". */
function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The grade of some evidence: AI-only when every citation is machine-written; else contested when
 * the sources disagree; else confirmed when a party speaks; else corroborated by two independent
 * publishers; else single source. Machine-written texts never corroborate, never confirm, and a
 * source whose publisher is unknown cannot be shown to be independent, so it does not count
 * towards two.
 *
 * @throws when there is no citation: every event and key fact has one (the schemas require it).
 */
export function gradeEvidence(input: EvidenceInput): GradeResult {
  const { cites, parties, casualties = [] } = input;
  if (cites.length === 0) throw new Error('gradeEvidence: no citation to grade. Every event and key fact cites at least one source (see src/schemas/).');

  if (cites.every((c) => c.aiGenerated)) {
    const labels = [...new Set(cites.map((c) => c.label))];
    return { grade: 'ai-only', reason: `Its only ${labels.length === 1 ? 'source is' : 'sources are'} machine-written: ${listText(labels)}.` };
  }

  const marked = cites.filter((c) => c.marked === 'wrong' || c.marked === 'unconfirmed');
  const disputes = casualtyDisputes(casualties);
  if (marked.length > 0 || disputes.length > 0) {
    const parts = [
      ...disputes.map((d) => `the accounts differ on the number ${MEASURE_WORD[d.measure]}, from ${countText(d.low)} to ${countText(d.high)}`),
      ...marked.map((c) => `a correction marks the cited words of ${c.label} as ${c.marked}`),
    ];
    const sentence = parts.join('; ');
    return { grade: 'contested', reason: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` };
  }

  const partySet = new Set(parties);
  const own = cites.find((c) => !c.aiGenerated && c.speakerActors.some((a) => partySet.has(a)));
  if (own) {
    const reason = own.speaker && own.speaker !== own.publisher ? `A party to it says so: ${own.speaker}, quoted in ${own.label}.` : `A party to it says so in its own record: ${own.label}.`;
    return { grade: 'confirmed', reason };
  }

  const publishers = new Map<string, string>();
  for (const c of cites) if (!c.aiGenerated && c.publisher && !publishers.has(identity(c.publisher))) publishers.set(identity(c.publisher), c.publisher.trim());
  if (publishers.size >= 2) return { grade: 'corroborated', reason: `${publishers.size} independent publishers report it: ${listText([...publishers.values()])}.` };

  const [only] = [...publishers.values()];
  const unknown = cites.some((c) => !c.aiGenerated && !c.publisher);
  const reason = only ? `One publisher only: ${only}${unknown ? ' (and a source whose publisher is unknown, which cannot count as a second)' : ''}.` : 'Its publisher is unknown, so nothing shows a second, independent report.';
  return { grade: 'single-source', reason };
}

/** Words that tie a name to someone else rather than make it the speaker ("close to Iran", "a spokesman for…"). */
const LINKING_WORDS = /\b(?:of|for|to|from|with|without|near|in|on|at|by|about|against|close|linked|backed|allied|aligned|who|which|that|whose)\b/i;

/**
 * The actor a speaker is, when the speaker's words name it as themselves: the name or alias
 * starts them ("US Central Command", "the Pentagon", "US officials", "Pentagon spokesman John
 * Kirby"), or ends them after titles only ("Saltmarsh Port Authority", "Prime Minister Jane
 * Roe"). A name after a linking word ("an official close to Iran", "a spokesman for the port")
 * names none: a speaker is never taken for an actor they are only tied to, even where that
 * misses a spokesman, because a grade must not claim more than the words show.
 */
export function speakerActor(matcher: Matcher, speaker: string): string | undefined {
  const text = speaker.trimEnd();
  const lead = /^\s*(?:the\s+)?/i.exec(text)?.[0].length ?? 0;
  // Places are glossary terms too (`place:<slug>`); a speaker is never a place.
  const found = matcher.find(text).filter((m) => !m.actor.startsWith(PLACE_TERM));
  const first = found[0];
  if (first && first.start === lead) return first.actor;
  const last = found.at(-1);
  if (last && last.end === text.length && !LINKING_WORDS.test(text.slice(0, last.start))) return last.actor;
  return undefined;
}

/** An actor with every body it is part of, following `part-of` relations (a cycle is followed once). */
export function withBodies(model: Pick<ContentModel, 'actors'>, actor: string): string[] {
  const out: string[] = [];
  const queue = [actor];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    if (out.includes(next)) continue;
    out.push(next);
    for (const r of model.actors.get(next as never)?.data.relations ?? []) if (r.type === 'part-of') queue.push(r.target);
  }
  return out;
}

/** The actors a speaker is (with the bodies it belongs to), or none. */
function speakerActors(model: ContentModel, speaker: string | undefined): string[] {
  const actor = speaker ? speakerActor(model.matcher(), speaker) : undefined;
  return actor ? withBodies(model, actor) : [];
}

/**
 * What the grade needs to know about a citation, from the content model: its label, whose report
 * it is, whether a machine wrote it, who speaks and which actors that is, and the correction that
 * marks its words.
 *
 * @throws when the citation names an article or outside record the model lacks (the content check reports it first).
 */
export function citeEvidence(model: ContentModel, ref: Citation): CiteEvidence {
  if ('source' in ref) {
    const source = model.sources.get(ref.source);
    if (!source) throw new Error(`No outside source "${ref.source}": run the content check (npm run content:check).`);
    const { publisher } = source.data;
    return { label: outsideLabel(source.data), publisher, aiGenerated: false, speaker: publisher, speakerActors: speakerActors(model, publisher) };
  }
  const article = model.articles.get(ref.article);
  if (!article) throw new Error(`No article "${ref.article}": run the content check (npm run content:check).`);
  const { name, via } = article.data.publisher;
  return {
    label: `${sourceName(article.data)}, ${articleDate(article.data)}, ¶${ref.paragraph}`,
    publisher: via ?? (name === 'unknown' ? undefined : name),
    aiGenerated: article.data.kind === 'ai-generated',
    speaker: ref.by,
    speakerActors: speakerActors(model, ref.by),
    marked: worstStatus(correctionsTouching(article.data.corrections, ref.quote).map((m) => m.status)),
  };
}

/** The roles whose actor is responsible for what happened (not a target, a victim or a mediator). */
export const ACTING_ROLES: ReadonlySet<string> = new Set(['attacker', 'claimant', 'responder', 'official']);

/** The parties responsible for an event: actors in an acting role that no one merely attributes to them. */
export function eventParties(actors: readonly { actor: string; role: string; attributedBy?: string | undefined }[]): string[] {
  return [...new Set(actors.filter((a) => ACTING_ROLES.has(a.role) && !a.attributedBy).map((a) => a.actor))];
}

/** Actors that can be a responsible party: all but the quoted voices (analysts and commentators the sources quote). */
export function responsible(model: Pick<ContentModel, 'actors'>, actors: readonly string[]): string[] {
  return actors.filter((a) => model.actors.get(a as never)?.data.kind !== 'quoted-voice');
}
