/**
 * How readers see a source, one rule for every page: the name of an article's source (with the
 * agency whose report it carries), its date, and the label of an outside record.
 */
import type { Article } from '../schemas/article.ts';
import type { Source } from '../schemas/source.ts';
import { formatPartialDate } from './dates.ts';
import { keys, labels } from './paths.ts';

/** The source of an article as readers see it: "AP, via Asharq Al-Awsat", "Reuters", "Publisher unknown". */
export function sourceName(article: Pick<Article, 'publisher' | 'kind'>): string {
  const { name, via } = article.publisher;
  if (name === 'unknown') return article.kind === 'ai-generated' ? 'AI-written text, publisher unknown' : labels.unknownPublisher;
  return via ? `${via}, via ${name}` : name;
}

/** An article's date as readers see it: its label ("February 2024 or later"), the date, or "date unknown". */
export function articleDate(article: Pick<Article, 'published'>): string {
  const { label, date } = article.published;
  return label ?? (date ? formatPartialDate(date) : labels.unknownDate);
}

/** Readers' words for the kinds of outside source. */
export const SOURCE_KIND_LABEL: Record<Source['kind'], string> = {
  'official-statement': 'statement',
  briefing: 'briefing',
  'casualty-release': 'casualty release',
  'news-report': 'report',
  record: 'record',
};

/** The date an outside source covers: "2 February 2024", or "6–7 July 2020". */
export function outsideDate(source: Pick<Source, 'date' | 'dateTo'>): string {
  if (!source.dateTo) return formatPartialDate(source.date);
  const [from, to] = [formatPartialDate(source.date), formatPartialDate(source.dateTo)];
  const [fd, ...fRest] = from.split(' ');
  const [td, ...tRest] = to.split(' ');
  return fRest.join(' ') === tRest.join(' ') ? `${fd}–${td} ${tRest.join(' ')}` : `${from} – ${to}`;
}

/** The label of an outside source: "US Central Command statement, 2 February 2024" (with "as reported by VOA"); a record by its title. */
export function outsideLabel(source: Pick<Source, 'publisher' | 'kind' | 'date' | 'dateTo' | 'via' | 'title'>): string {
  // A record is named by what it records ("Public record: Inauguration of the US president").
  const what = source.kind === 'record' ? `${source.publisher}: ${source.title}` : `${source.publisher} ${SOURCE_KIND_LABEL[source.kind]}`;
  return `${what}, ${outsideDate(source)}${source.via ? `, as reported by ${source.via}` : ''}`;
}

/** Readers' names for the kinds of article. */
export const ARTICLE_KIND_LABEL: Record<Article['kind'], string> = {
  'news-report': 'News report',
  analysis: 'Analysis',
  opinion: 'Opinion',
  'ai-generated': 'AI-generated',
  unknown: 'Unknown kind',
};

/** The one-sentence description of an article for meta tags and cards: its standfirst, or what it is. */
export function articleDescription(article: Pick<Article, 'standfirst' | 'kind' | 'publisher'>): string {
  return article.standfirst ?? `${ARTICLE_KIND_LABEL[article.kind]} from ${sourceName(article)}, a source for Tit for Tat.`;
}

/** How many citations an outside record's facts have, from the count of each `source!fact`'s uses: one sum for its page, the sources list and the open data. */
export function timesCited(source: { slug: string; data: Pick<Source, 'facts'> }, uses: ReadonlyMap<string, number>): number {
  return source.data.facts.reduce((n, f) => n + (uses.get(keys.sourceFact(source.slug, f.key)) ?? 0), 0);
}
