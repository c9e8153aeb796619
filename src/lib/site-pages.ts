/**
 * The site's hub pages (home, indexes, about pages): their paths, titles and descriptions, in one
 * place. The pages use them for their heading and meta tags, and the social cards for their
 * images, so a title is written once.
 */
import { paths } from './paths.ts';

/** A hub page. */
export interface HubPage {
  /** Its path under the base. */
  path: string;
  /** Its title, without the site's name. */
  title: string;
  /** One sentence for search engines and link previews. */
  description: string;
}

/** The hub pages by key. */
export const HUBS = {
  home: { path: paths.home(), title: 'Tit for Tat', description: 'Who is Kataib Hezbollah, why the US has mostly struck Syria rather than Iraq, and what happened when: the US strikes on Iran-backed militias, 2019–2024, from the sources.' },
  explainers: { path: paths.explainers(), title: 'Explainers', description: "Readers' questions about the US strikes on Iran-backed militias, answered from the sources with every claim cited." },
  actors: { path: paths.actors(), title: 'Glossary of actors', description: 'The groups, states and people in the story of the US strikes on Iran-backed militias, with every alias and every fact cited.' },
  timeline: { path: paths.timeline(), title: 'Timeline', description: 'What happened when: the dated events the sources report, each with its sources, and the chain of attack and strike.' },
  articles: { path: paths.articles(), title: 'Source articles', description: 'The source articles behind every claim on Tit for Tat, newest first, with their reliability.' },
  places: { path: paths.places(), title: 'Places', description: 'The towns, bases and regions where the events in the sources happened, on a map.' },
  sources: { path: paths.sources(), title: 'About our sources', description: 'Every source behind Tit for Tat, how reliable it is and why, the outside records the editors rely on, and the corrections we show.' },
  integrity: { path: paths.integrity(), title: 'How this site checks itself', description: 'What the build of this site checked, and how much: sources, paragraphs, citations and quotes, aliases, links and corrections.' },
  search: { path: paths.search(), title: 'Search', description: 'Search the explainers, the glossary of actors and the source articles, by any name or spelling.' },
  updates: { path: paths.updates(), title: 'Corrections and updates', description: 'Every correction and every recorded change on Tit for Tat, newest first, with what changed and why; also as RSS and Atom feeds.' },
  data: { path: paths.data(), title: 'Open data', description: 'The events, actors, citations, outside records and counts behind Tit for Tat as CSV and JSON, each with its JSON Schema and every field explained.' },
} as const satisfies Record<string, HubPage>;
