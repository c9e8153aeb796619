/**
 * The content model's indexes, each built on first use from the model (src/lib/content/model.ts
 * holds them): every citation with its file and line, the glossary's terms and matcher, and the
 * mentions of every actor and place. Pure: they read only the model.
 */
import type { Citation } from '../../schemas/citation.ts';
import { buildMatcher, type GlossaryCollisionError, type GlossaryTerm, type Matcher } from '../glossary/matcher.ts';
import { findMentions } from '../mentions.ts';
import type { BodyParagraph } from './body.ts';
import { fieldAt, type CitationUse, type CitingBody, type CitingKind, type ContentModel, type MentionRecord, type YamlSource } from './model.ts';

/** The prefix that marks a place among the glossary's terms: `place:al-bukamal`. */
export const PLACE_TERM = 'place:';

/** Builds the matcher, collecting collisions instead of throwing. */
export function compileMatcher(terms: readonly GlossaryTerm[]): { matcher: Matcher; collisions: GlossaryCollisionError[] } {
  const collisions: GlossaryCollisionError[] = [];
  const matcher = buildMatcher([...terms], { onCollision: (e) => collisions.push(e) });
  return { matcher, collisions };
}

/** The glossary terms of every actor and place. */
export function glossaryTermsOf(model: ContentModel): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (const a of model.actors.values()) {
    terms.push({ actor: a.slug, file: a.file, text: a.data.name });
    for (const alias of a.data.aliases) terms.push({ actor: a.slug, file: a.file, text: alias.text, ...(alias.ambiguous ? { ambiguous: true } : {}) });
  }
  for (const p of model.places.values()) {
    const actor = `${PLACE_TERM}${p.slug}`;
    terms.push({ actor, file: p.file, text: p.data.name });
    for (const v of p.data.variants) terms.push({ actor, file: p.file, text: v.text, ...(v.ambiguous ? { ambiguous: true } : {}) });
  }
  return terms;
}

/** Every citation of the content, with its file, line, field and claim. */
export function collectCitations(model: ContentModel): CitationUse[] {
  const out: CitationUse[] = [];
  const data = (entry: YamlSource & { file: string; slug: string }, kind: CitingKind, path: PropertyKey[], ref: Citation, claim: string, role: NonNullable<CitationUse['role']>): void => {
    // The line is found only when something asks for it (a problem's message): finding it parses the
    // file's YAML again, and the bench measured that done for every citation at 1.5 s per 1,000 articles.
    out.push(Object.assign(fieldAt(model, entry, path), { ref, owner: { kind, slug: entry.slug }, in: 'data' as const, claim, role }));
  };
  const body = (entry: CitingBody & { file: string; slug: string }, kind: CitingKind): void => {
    entry.cites.forEach((c, i) => {
      out.push({ ref: c.ref, file: entry.file, line: entry.bodyLine + c.line - 1, field: `<Cite> ${i + 1}`, owner: { kind, slug: entry.slug }, in: 'body', claim: c.claim, ...(c.side !== undefined ? { side: c.side } : {}) });
    });
  };
  for (const a of model.articles.values()) {
    a.data.corrections.forEach((c, i) => c.evidence.forEach((e, k) => data(a, 'article', ['corrections', i, 'evidence', k], e, c.text, 'correction')));
  }
  for (const a of model.actors.values()) {
    a.data.relations.forEach((r, i) => {
      data(a, 'actor', ['relations', i, 'cite'], r.cite, `${a.data.name}: ${r.type} ${r.target}`, 'relation');
      r.also.forEach((c, k) => data(a, 'actor', ['relations', i, 'also', k], c, `${a.data.name}: ${r.type} ${r.target}`, 'relation'));
      if (r.toCite) data(a, 'actor', ['relations', i, 'toCite'], r.toCite, `${a.data.name}: ${r.type} ${r.target} until ${r.to ?? '?'}`, 'end');
    });
    if (a.data.end) data(a, 'actor', ['end', 'cite'], a.data.end.cite, `${a.data.name} ${a.data.end.kind} on ${a.data.end.date}`, 'end');
    a.data.facts.forEach((f, i) => {
      data(a, 'actor', ['facts', i, 'cite'], f.cite, f.text, 'actor-fact');
      f.also.forEach((c, k) => data(a, 'actor', ['facts', i, 'also', k], c, f.text, 'actor-fact'));
    });
    body(a, 'actor');
  }
  for (const e of model.explainers.values()) {
    if (typeof e.data.shortAnswer !== 'string') e.data.shortAnswer.forEach((s, i) => s.cites.forEach((c, k) => data(e, 'explainer', ['shortAnswer', i, 'cites', k], c, s.text, 'short-answer')));
    e.data.keyFacts.forEach((f, i) => f.cites.forEach((c, k) => data(e, 'explainer', ['keyFacts', i, 'cites', k], c, `${f.label}: ${f.value}`, 'key-fact')));
    body(e, 'explainer');
  }
  for (const e of model.events.values()) {
    e.data.citations.forEach((c, i) => data(e, 'event', ['citations', i], c, `${e.data.title}. ${e.data.summary}`, 'event'));
    e.data.casualties.forEach((c, i) => data(e, 'event', ['casualties', i, 'cite'], c.cite, `${c.who}, according to ${c.according}`, 'casualty'));
  }
  for (const c of model.counts) data(c, 'count', [c.index, 'cite'], c.data.cite, `${c.data.series}, according to ${c.data.according}`, 'count');
  return out;
}

/** Mentions of every actor and place in published articles and in explainers. */
export function mentionsOf(model: ContentModel): { mentions: Map<string, MentionRecord[]>; ambiguous: { file: string; line: number; text: string }[] } {
  const entries = new Map<string, { file: string; bodyLine: number; paragraphs: BodyParagraph[] }>();
  const docs = [
    ...[...model.articles.values()].filter((a) => !a.data.draft).map((a) => ({ id: `article:${a.slug}`, doc: { kind: 'article' as const, slug: a.slug }, entry: a })),
    ...[...model.explainers.values()].map((e) => ({ id: `explainer:${e.slug}`, doc: { kind: 'explainer' as const, slug: e.slug }, entry: e })),
  ];
  for (const d of docs) entries.set(d.id, d.entry);
  const ambiguous: { file: string; line: number; text: string }[] = [];
  const onAmbiguous = (id: string, n: number, text: string): void => {
    const e = entries.get(id);
    if (e) ambiguous.push({ file: e.file, line: e.bodyLine + (e.paragraphs[n - 1]?.line ?? 1) - 1, text });
  };
  const byId = new Map(docs.map((d) => [d.id, d.doc]));
  const found = findMentions(docs.map((d) => ({ id: d.id, paragraphs: d.entry.paragraphs.map((p) => p.text) })), model.matcher(), onAmbiguous);
  // Profiles are not "mentions" of the actors they name, but their ambiguous names are reported too.
  const profiles = [...model.actors.values()].map((a) => ({ id: `actor:${a.slug}`, paragraphs: a.paragraphs.map((p) => p.text) }));
  for (const a of model.actors.values()) entries.set(`actor:${a.slug}`, a);
  findMentions(profiles, model.matcher(), onAmbiguous);
  const mentions = new Map<string, MentionRecord[]>();
  for (const [actor, list] of found) mentions.set(actor, list.map((m) => ({ ...m, doc: byId.get(m.id)! })));
  return { mentions, ambiguous };
}
