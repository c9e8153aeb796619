/**
 * The figures on /about/integrity/, computed from the content model the build checked: what was
 * checked, how much of it, and what the checks found.
 */
import { citeKey } from '../lib/content/check.ts';
import { getArticles } from './articles.ts';
import { model } from './model.ts';

/** The integrity figures. */
export interface Integrity {
  sources: number;
  outsideSources: number;
  lowReliability: number;
  paragraphs: number;
  citations: { total: number; inProse: number; inData: number; distinct: number; outside: number };
  disagreements: number;
  corrections: { count: number; marked: number };
  glossary: { actors: number; places: number; terms: number; ambiguous: number };
  links: number;
  events: number;
}

/** Computes the figures. */
export function getIntegrity(): Integrity {
  const m = model();
  const articles = getArticles();
  const citations = m.citations();
  const terms = m.glossaryTerms();
  const bodies = [...m.explainers.values(), ...m.actors.values()];
  return {
    sources: articles.length,
    outsideSources: m.sources.size,
    lowReliability: articles.filter((a) => a.data.reliability.level === 'low').length,
    paragraphs: articles.reduce((n, a) => n + a.paragraphs.length, 0),
    citations: {
      total: citations.length,
      inProse: citations.filter((c) => c.in === 'body').length,
      inData: citations.filter((c) => c.in === 'data').length,
      distinct: new Set(citations.map((c) => citeKey(c.ref))).size,
      outside: citations.filter((c) => 'source' in c.ref).length,
    },
    disagreements: bodies.reduce((n, b) => n + b.disagreements.length, 0),
    corrections: {
      count: articles.reduce((n, a) => n + a.data.corrections.length, 0),
      marked: articles.reduce((n, a) => n + a.data.corrections.reduce((k, c) => k + c.quotes.length, 0), 0),
    },
    glossary: { actors: m.actors.size, places: m.places.size, terms: terms.length, ambiguous: terms.filter((t) => t.ambiguous).length },
    links: [...m.mentions().values()].reduce((n, list) => n + list.length, 0),
    events: m.events.size,
  };
}
