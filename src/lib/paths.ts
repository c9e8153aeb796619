/**
 * Every path, anchor, key and shared label the site writes, in one place. Pages never spell a URL
 * template or an anchor format themselves: they call these, so a change of scheme is one edit, and
 * a link and its target can never disagree.
 *
 * Paths are relative to the site's base (`articles/x/`); `href(base, path)` or `linksFor(base)`
 * turns them into links under any base path, with the trailing slash `trailingSlash: 'always'`
 * needs.
 */
import type { ActorSlug, ArticleSlug, EventSlug, ExplainerSlug, PlaceSlug, SourceSlug } from '../schemas/slugs.ts';

/**
 * Joins the base path and a site path, keeping a trailing slash on pages and none on files.
 *
 * @param base The configured base, e.g. `/` or `/tit-for-tat/`.
 * @param path A site path such as `articles/x/`, `/articles/x/#p3` or `favicon.svg`.
 */
export function href(base: string, path: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const [pathPart = '', hash] = path.split('#', 2) as [string, string | undefined];
  let p = pathPart.replace(/^\/+/, '');
  const isFile = /\.[a-z0-9]+$/i.test(p);
  if (p && !isFile && !p.endsWith('/')) p += '/';
  return `${cleanBase}${p}${hash !== undefined ? `#${hash}` : ''}`;
}

/** The path part of page n of a paginated list: nothing for the first page, `n/` after it. */
const pageSuffix = (n: number): string => (n <= 1 ? '' : `${n}/`);

/** Anchor ids inside a page. */
export const anchors = {
  /** A numbered paragraph of an article or explainer: `p7`. */
  paragraph: (n: number): string => `p${n}`,
  /** The n-th correction (1-based) in an article's corrections box. */
  correction: (n: number): string => `correction-${n}`,
  /** The n-th mark of a correction in the text (1-based both). */
  correctionMark: (n: number, k: number): string => `mark-${n}-${k}`,
  /** A numbered note at the end of a page. */
  note: (n: number): string => `note-${n}`,
  /** The k-th marker of note n in the text. */
  noteRef: (n: number, k: number): string => `ref-${n}-${k}`,
  /** An event on a timeline page. */
  event: (slug: EventSlug): string => slug,
  /** A year's section on the timeline. */
  year: (year: string): string => `year-${year}`,
  /** The rule for casualty figures, on the sources page. */
  casualtyRule: (): string => 'how-we-count-casualties',
  /** A fact of an outside source, on the record's page. */
  sourceFact: (source: SourceSlug, fact: string): string => `${source}--${fact}`,
  /** A cited sentence of an explainer: `c-` and a short hash of the sentence (src/lib/claims.ts). */
  claim: (hash: string): string => `c-${hash}`,
  /** A sentence of an explainer's short answer: `a-` and the same hash. */
  answerClaim: (hash: string): string => `a-${hash}`,
  /** A change in a page's history: `change-` and a short hash of it (src/lib/history.ts). */
  change: (key: string): string => `change-${key}`,
  /** The "Cite this page" block. */
  citePage: (): string => 'cite-this-page',
  /** A data set's entry on the data dictionary page. */
  dataSet: (name: string): string => `data-${name}`,
} as const;

/** Site paths, relative to the base. */
export const paths = {
  home: (): string => '',
  articles: (): string => 'articles/',
  /** Page n (from 1) of the articles index. */
  articlesPage: (n: number): string => (n <= 1 ? 'articles/' : `articles/${n}/`),
  article: (slug: ArticleSlug): string => `articles/${slug}/`,
  paragraph: (slug: ArticleSlug, n: number): string => `articles/${slug}/#${anchors.paragraph(n)}`,
  correction: (slug: ArticleSlug, n: number): string => `articles/${slug}/#${anchors.correction(n)}`,
  actors: (): string => 'actors/',
  actor: (slug: ActorSlug): string => `actors/${slug}/`,
  /** Page n (from 1) of every mention of an actor. */
  actorMentions: (slug: ActorSlug, n = 1): string => `actors/${slug}/mentions/${n <= 1 ? '' : `${n}/`}`,
  explainers: (): string => 'explainers/',
  /** Page n (from 1) of the explainers index. */
  explainersPage: (n: number): string => (n <= 1 ? 'explainers/' : `explainers/${n}/`),
  explainer: (slug: ExplainerSlug): string => `explainers/${slug}/`,
  places: (): string => 'places/',
  place: (slug: PlaceSlug): string => `places/${slug}/`,
  /** Page n (from 1) of every mention of a place. */
  placeMentions: (slug: PlaceSlug, n = 1): string => `places/${slug}/mentions/${n <= 1 ? '' : `${n}/`}`,
  timeline: (): string => 'timeline/',
  /** Page n (from 1) of a year's events on the timeline. */
  timelineYear: (year: string, n = 1): string => `timeline/${year}/${pageSuffix(n)}`,
  /** An event on the page of the timeline that holds it: its year's (page n, when the year has several). */
  timelineEvent: (slug: EventSlug, year: string, n = 1): string => `timeline/${year}/${pageSuffix(n)}#${anchors.event(slug)}`,
  /** Page n (from 1) of the events of one kind. */
  timelineKind: (kind: string, n = 1): string => `timeline/kind/${kind}/${pageSuffix(n)}`,
  /** Page n (from 1) of the events an actor takes part in. */
  timelineActor: (slug: ActorSlug, n = 1): string => `timeline/actor/${slug}/${pageSuffix(n)}`,
  /** Page n (from 1) of the events at a place. */
  timelinePlace: (slug: PlaceSlug, n = 1): string => `timeline/place/${slug}/${pageSuffix(n)}`,
  /** Page n (from 1) of the events with one evidence grade. */
  timelineGrade: (grade: string, n = 1): string => `timeline/grade/${grade}/${pageSuffix(n)}`,
  /** Where every event lives (slug → path), for links to the timeline's old single page (`timeline/#slug`). */
  timelineIndex: (): string => 'timeline/events.json',
  /** The file of a region map's country outlines (src/data/map.ts). */
  mapOutlines: (name: string): string => `maps/${name}.svg`,
  sources: (): string => 'about/sources/',
  /** The rule the site follows for casualty figures (the most conservative, the dispute noted). */
  casualtyRule: (): string => `about/sources/#${anchors.casualtyRule()}`,
  /** Page n (from 1) of the list of outside records; page 1 is the sources page itself. */
  sourcesPage: (n: number): string => `about/sources/${pageSuffix(n)}`,
  /** An outside record's own page, or one of its facts there. */
  outsideSource: (slug: SourceSlug, fact?: string): string => `about/sources/${slug}/${fact ? `#${anchors.sourceFact(slug, fact)}` : ''}`,
  integrity: (): string => 'about/integrity/',
  search: (): string => 'search/',
  rss: (): string => 'rss.xml',
  /** The data dictionary: every data file and what each field means. */
  data: (): string => 'data/',
  /** A data file: `data/events.csv`, `data/events.json`. */
  dataFile: (name: string, format: 'csv' | 'json'): string => `data/${name}.${format}`,
  /** A data file's JSON Schema: `data/events.schema.json`. */
  dataSchema: (name: string): string => `data/${name}.schema.json`,
  /** Every correction and recorded change on the site, newest first. */
  updates: (): string => 'updates/',
  /** Page n of the list of changes (page 1 is /updates/). */
  updatesPage: (n: number): string => (n <= 1 ? 'updates/' : `updates/${n}/`),
  /** The same as an RSS 2.0 feed. */
  updatesRss: (): string => 'updates/rss.xml',
  /** The same as an Atom 1.0 feed. */
  updatesAtom: (): string => 'updates/atom.xml',
} as const;

/** Every path function bound to a base: `linksFor(base).article(slug)` is a ready link. */
export function linksFor(base: string): { [K in keyof typeof paths]: (...args: Parameters<(typeof paths)[K]>) => string } {
  return Object.fromEntries(Object.entries(paths).map(([k, fn]) => [k, (...args: unknown[]) => href(base, (fn as (...a: unknown[]) => string)(...args))])) as never;
}

/** Keys that identify a cited paragraph across the model: `article-slug#p7`. One format, everywhere. */
export const keys = {
  paragraph: (article: ArticleSlug | string, n: number): string => `${article}#${anchors.paragraph(n)}`,
  sourceFact: (source: SourceSlug | string, fact: string): string => `${source}!${fact}`,
} as const;

/** Labels shared by several pages. */
export const labels = {
  /** What readers see when a source names no publisher. */
  unknownPublisher: 'Publisher unknown',
  /** What readers see when a source states no date. */
  unknownDate: 'date unknown',
  /** The site's name. */
  site: 'Tit for Tat',
} as const;
