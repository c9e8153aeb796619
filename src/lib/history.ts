/**
 * Visible history: what changed on each page and when, from the content alone (never the clock or
 * git, so builds stay byte-identical), and the content version every citation of a page names.
 *
 * A page's history is its `changes` (date, what, why) and, on an article, its corrections that
 * carry a `date` — a dated correction is a change of the page like any other. An undated correction
 * is not in the page's history (the page lists it in its corrections box), but /updates/ and the
 * feeds list every correction: an undated one under the date of the newest record that shows it, or
 * the article's own date when no record does, and say so.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord, ContentModel } from './content/model.ts';
import { STATUS_LABEL } from './corrections.ts';
import { anchors, paths } from './paths.ts';
import type { Change } from '../schemas/history.ts';
import type { Citation } from '../schemas/citation.ts';

/** The kinds of page with a history. */
export type HistoryPageKind = 'article' | 'explainer' | 'actor';

/** How an entry's date is known. */
export type HistoryDating = 'own' | 'evidence' | 'article';

/** One change or correction, with the page it belongs to. */
export interface HistoryEntry {
  kind: 'change' | 'correction';
  /** Its date (`YYYY-MM-DD`, or as precise as the record that dates it). */
  date: string;
  /** `own`: the editors dated it; `evidence`: an undated correction, dated by its newest record; `article`: by the article itself. */
  dating: HistoryDating;
  /** What changed, in one sentence. */
  what: string;
  /** Why, in one sentence. */
  why: string;
  /** A short hash that identifies the entry across builds: the page, the kind and what changed. */
  key: string;
  /** The page it belongs to. */
  page: { kind: HistoryPageKind; slug: string; title: string; path: string };
  /** The anchor on that page that shows it: its line in the page's history, or its correction. */
  anchor: string;
}

/** A short, stable hash of some strings. */
function shortHash(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 8);
}

/** Where an entry is shown, as a site path: a change in its page's history, a correction in its article's box. */
export function entryPath(e: HistoryEntry): string {
  return `${e.page.path}#${e.kind === 'correction' ? e.anchor : anchors.change(e.key)}`;
}

/** Newest first; on the same day, corrections before changes, then by page and what changed. */
export function byDateDesc(a: HistoryEntry, b: HistoryEntry): number {
  return b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind) || a.page.path.localeCompare(b.page.path) || a.what.localeCompare(b.what);
}

/** A page's own changes as entries. */
function changeEntries(page: HistoryEntry['page'], changes: readonly Change[]): HistoryEntry[] {
  const used = new Set<string>();
  return changes.map((c) => {
    // The same change written twice still gets two keys, so their anchors stay unique.
    let key = shortHash(page.kind, page.slug, 'change', c.date, c.what);
    for (let n = 2; used.has(key); n++) key = shortHash(page.kind, page.slug, 'change', c.date, c.what, String(n));
    used.add(key);
    return { kind: 'change', date: c.date, dating: 'own', what: c.what, why: c.why, key, page, anchor: anchors.change(key) };
  });
}

/** The page of an article, explainer or actor, as history entries name it. */
function pageOf(kind: HistoryPageKind, slug: string, title: string): HistoryEntry['page'] {
  const path = kind === 'article' ? paths.article(slug as never) : kind === 'explainer' ? paths.explainer(slug as never) : paths.actor(slug as never);
  return { kind, slug, title, path };
}

/** The date of a citation's record: an outside source's date, or a cited article's. */
function citedDate(model: ContentModel, ref: Citation): string | undefined {
  if ('source' in ref) {
    const s = model.sources.get(ref.source)?.data;
    return s ? (s.dateTo ?? s.date) : undefined;
  }
  return model.articles.get(ref.article)?.data.published.date ?? undefined;
}

/** An article's corrections as entries: every one, dated by itself, by its newest record or by the article. */
function correctionEntries(model: ContentModel, article: ArticleRecord): HistoryEntry[] {
  const page = pageOf('article', article.slug, article.data.title);
  return article.data.corrections.map((c, i) => {
    const evidence = c.evidence.map((e) => citedDate(model, e)).filter((d): d is string => !!d).sort().at(-1);
    const [date, dating]: [string, HistoryDating] = c.date ? [c.date, 'own'] : evidence ? [evidence, 'evidence'] : [article.data.published.date ?? '', 'article'];
    const quotes = c.quotes.map((q) => `“${q.text}”`).join('; ');
    // A full stop after the quotes, unless the last quoted words end a sentence already.
    const last = c.quotes.at(-1)?.text.trim() ?? '';
    const what = quotes ? `${STATUS_LABEL[c.status]}: ${quotes}${/[.?!]$/.test(last) ? '' : '.'}` : `${STATUS_LABEL[c.status]}: the article.`;
    const key = shortHash('article', article.slug, 'correction', c.status, quotes, c.text);
    return { kind: 'correction', date, dating, what, why: c.text, key, page, anchor: anchors.correction(i + 1) };
  });
}

/**
 * The history a page lists: its changes and (articles) its dated corrections, newest first.
 *
 * @param kind The kind of page.
 * @param slug Its slug.
 */
export function pageHistory(model: ContentModel, kind: HistoryPageKind, slug: string): HistoryEntry[] {
  if (kind === 'article') {
    const a = model.articles.get(slug as never);
    if (!a) return [];
    const dated = correctionEntries(model, a).filter((e) => e.dating === 'own');
    return [...changeEntries(pageOf(kind, a.slug, a.data.title), a.data.changes), ...dated].sort(byDateDesc);
  }
  const entry = kind === 'explainer' ? model.explainers.get(slug as never) : model.actors.get(slug as never);
  if (!entry) return [];
  const title = 'title' in entry.data ? entry.data.title : entry.data.name;
  return changeEntries(pageOf(kind, entry.slug, title), entry.data.changes).sort(byDateDesc);
}

/** Every correction and recorded change on the site (published pages only), newest first. */
export function siteUpdates(model: ContentModel): HistoryEntry[] {
  const out: HistoryEntry[] = [];
  for (const a of model.articles.values()) {
    if (a.data.draft) continue;
    out.push(...changeEntries(pageOf('article', a.slug, a.data.title), a.data.changes), ...correctionEntries(model, a));
  }
  for (const e of model.explainers.values()) out.push(...changeEntries(pageOf('explainer', e.slug, e.data.title), e.data.changes));
  for (const a of model.actors.values()) out.push(...changeEntries(pageOf('actor', a.slug, a.data.name), a.data.changes));
  return out.sort(byDateDesc);
}

/**
 * The day a page was last updated: its newest change or dated correction, or an explainer's
 * `updated` when that is later. Undefined when the page records none.
 */
export function lastUpdated(model: ContentModel, kind: HistoryPageKind, slug: string): string | undefined {
  const dates = pageHistory(model, kind, slug).map((e) => e.date);
  if (kind === 'explainer') {
    const e = model.explainers.get(slug as never);
    if (e) dates.push(e.data.updated);
  }
  return dates.sort().at(-1);
}

const contentDates = new WeakMap<ContentModel, string>();

/**
 * The newest date the editors recorded anywhere: a change, a dated correction, an explainer's
 * update. Once per model: every hub page's "Cite this page" asks for it, and it reads every
 * article (a CPU profile at 2,000 articles found it recomputed on each of ~1,800 pages).
 */
export function contentDate(model: ContentModel): string {
  let date = contentDates.get(model);
  if (date === undefined) contentDates.set(model, (date = computeContentDate(model)));
  return date;
}

function computeContentDate(model: ContentModel): string {
  const dates = [
    ...siteUpdates(model)
      .filter((e) => e.dating === 'own')
      .map((e) => e.date),
    ...[...model.explainers.values()].map((e) => e.data.updated),
  ];
  const articleDates = [...model.articles.values()].flatMap((a) => (!a.data.draft && a.data.published.date ? [a.data.published.date] : []));
  return dates.sort().at(-1) ?? articleDates.sort().at(-1) ?? '';
}

/** How many hex digits a content version keeps. */
export const VERSION_LENGTH = 12;

const versions = new WeakMap<ContentModel, string>();

/**
 * The content version of the whole site: a digest of the digests of every content file the model
 * holds (each the SHA-256 of the file's text), in file order. The same content gives the same
 * version on any machine and in any checkout, with or without git; any change changes it. Hub
 * pages and the data files name it.
 */
export function contentVersion(model: ContentModel): string {
  const known = versions.get(model);
  if (known) return known;
  const hash = createHash('sha256');
  const entries = [...model.articles.values(), ...model.actors.values(), ...model.explainers.values(), ...model.events.values(), ...model.places.values(), ...model.sources.values(), ...model.counts];
  for (const e of entries) hash.update(`${e.file}#${e.slug}\u0000${e.digest}\u0000`);
  const version = hash.digest('hex').slice(0, VERSION_LENGTH);
  versions.set(model, version);
  return version;
}

/**
 * The content version of one page: the digest of its own content file. An article's, explainer's
 * or actor's page changes version when its file does, and only then, so a page can be rebuilt (or
 * kept from an earlier build) on its own, as the incremental build does.
 */
export function pageVersion(model: ContentModel, kind: HistoryPageKind, slug: string): string | undefined {
  const entry = kind === 'article' ? model.articles.get(slug as never) : kind === 'explainer' ? model.explainers.get(slug as never) : model.actors.get(slug as never);
  return entry?.digest.slice(0, VERSION_LENGTH);
}
