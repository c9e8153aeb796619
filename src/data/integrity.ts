/**
 * The figures on /about/integrity/, computed by the build from the same data the pages use: what
 * was checked, how much of it, and what the checks found.
 */
import { getCollection } from 'astro:content';
import { loadArticles } from '../build/content-index.ts';
import { loadGlossaryTerms } from '../build/glossary.ts';
import { collectCites } from '../lib/mdx-cites.ts';
import { parseMdx } from '../lib/mdx-parse.ts';
import { getActors } from './actors.ts';
import { getArticles } from './articles.ts';
import { getEvents, getPlaceMap } from './events.ts';
import { getExplainers } from './explainers.ts';
import { mentionsOf } from './mentions.ts';

/** The integrity figures. */
export interface Integrity {
  sources: number;
  lowReliability: number;
  paragraphs: number;
  citations: { total: number; inProse: number; inData: number; distinctParagraphs: number };
  disagreements: number;
  corrections: { count: number; marked: number };
  glossary: { actors: number; places: number; terms: number; ambiguous: number };
  links: number;
  events: number;
}

/** Computes the figures. */
export async function getIntegrity(): Promise<Integrity> {
  const [articles, explainers, actors, events, places, counts] = await Promise.all([getArticles(), getExplainers(), getActors(), getEvents(), getPlaceMap(), getCollection('counts')]);
  const { index } = loadArticles();
  const bodies = [...explainers.map((e) => e.body ?? ''), ...actors.map((a) => a.body ?? '')];
  const prose = bodies.flatMap((b) => collectCites(parseMdx(b)).cites);
  const data = [
    ...explainers.flatMap((e) => e.data.keyFacts.map((f) => f.cite)),
    ...actors.flatMap((a) => [...a.data.facts.map((f) => f.cite), ...a.data.relations.map((r) => r.cite)]),
    ...events.flatMap((e) => [...e.data.citations, ...e.data.casualties.map((c) => c.cite)]),
    ...counts.map((c) => c.data.cite),
  ];
  const terms = loadGlossaryTerms();
  const mentionLists = await Promise.all([...actors.map((a) => a.id), ...[...places.keys()].map((p) => `place:${p}`)].map((id) => mentionsOf(id)));
  return {
    sources: articles.length,
    lowReliability: articles.filter((a) => a.data.reliability.level === 'low').length,
    paragraphs: articles.reduce((n, a) => n + (index.get(a.id)?.length ?? 0), 0),
    citations: {
      total: prose.length + data.length,
      inProse: prose.length,
      inData: data.length,
      distinctParagraphs: new Set([...prose, ...data].map((c) => `${c.article}#${c.paragraph}`)).size,
    },
    disagreements: bodies.reduce((n, b) => n + (b.match(/<Disagree\b/g)?.length ?? 0), 0),
    corrections: {
      count: articles.reduce((n, a) => n + a.data.corrections.length, 0),
      marked: articles.reduce((n, a) => n + a.data.corrections.reduce((m, c) => m + c.quotes.length, 0), 0),
    },
    glossary: { actors: actors.length, places: places.size, terms: terms.length, ambiguous: terms.filter((t) => t.ambiguous).length },
    links: mentionLists.reduce((n, list) => n + list.length, 0),
    events: events.length,
  };
}
