/**
 * The downloadable data sets, from the content: the only part of the data endpoints that reads
 * data. Everything else (rows, CSV, JSON, JSON Schema) is pure, in src/lib/open-data/ (rows.ts,
 * format.ts, datasets.ts). Astro does not route files whose name starts with an underscore, so this module makes no page.
 */
import { getActors } from '../../data/actors.ts';
import { eventPath, eventsInvolving, getCounts, getEvents, getPlaceMap } from '../../data/events.ts';
import { model } from '../../data/model.ts';
import { getOutsideSources, outsideFactUses } from '../../data/sources.ts';
import { RELATION_LABEL } from '../../lib/actors.ts';
import { contentDate, contentVersion } from '../../lib/history.ts';
import { eventsPerPlace } from '../../lib/map.ts';
import { DATASETS, type DataSetName } from '../../lib/open-data/datasets.ts';
import type { DataContext } from '../../lib/open-data/format.ts';
import { actorRows, citationRows, countRows, eventRows, placeRows, relationRows, sourceRows } from '../../lib/open-data/rows.ts';
import { href } from '../../lib/paths.ts';

/** Absolute URLs of site paths, for a site at `site`. */
export function siteUrls(site: URL | undefined): (path: string) => string {
  return (path) => new URL(href(import.meta.env.BASE_URL, path), site ?? 'http://localhost:4321').href;
}

/** What every data file names besides its rows: its URLs and the content version. */
export function dataContext(site: URL | undefined): DataContext {
  const m = model();
  return { url: siteUrls(site), version: contentVersion(m), versionDate: contentDate(m) };
}

/** The rows of each data set, built from the content model. */
const ROWS: Record<DataSetName, (url: (path: string) => string) => Record<string, unknown>[]> = {
  events: (url) => eventRows(getEvents(), (slug) => url(eventPath(slug)), url),
  actors: (url) => actorRows(getActors(), (slug) => eventsInvolving(slug).length, url),
  citations: (url) => {
    const m = model();
    // Citations of drafts' corrections are left out: readers cannot open a draft.
    const uses = m.citations().filter((c) => c.owner.kind !== 'article' || m.articles.get(c.owner.slug as never)?.data.draft === false);
    return citationRows(m, uses, eventPath, url);
  },
  sources: (url) => sourceRows(getOutsideSources(), outsideFactUses(), url),
  counts: (url) => countRows(getCounts().map((c) => ({ id: c.slug, ...c.data })), url),
  relations: (url) => {
    const actors = getActors().map((a) => ({ id: a.slug, name: a.data.name, relations: a.data.relations }));
    const labels = Object.fromEntries(Object.entries(RELATION_LABEL).map(([type, l]) => [type, l.forward.toLowerCase()]));
    return relationRows(actors, labels, url);
  },
  places: (url) => {
    const counts = eventsPerPlace(getEvents().map((e) => e.data));
    const places = [...getPlaceMap().values()].map((p) => ({ id: p.slug, formerIds: p.data.formerSlugs, name: p.data.name, country: p.data.country, lat: p.data.coordinates.lat, lon: p.data.coordinates.lon, precision: p.data.precision, events: counts.get(p.slug) ?? 0 }));
    return placeRows(places.sort((a, b) => a.id.localeCompare(b.id)), url);
  },
};

/** A data set's definition and rows. */
export function dataSet(name: DataSetName, site: URL | undefined): { spec: (typeof DATASETS)[DataSetName]; rows: Record<string, unknown>[]; context: DataContext } {
  const context = dataContext(site);
  return { spec: DATASETS[name], rows: ROWS[name](context.url), context };
}

/** Every data set's name, for getStaticPaths. */
export const DATASET_NAMES = Object.keys(DATASETS) as DataSetName[];
