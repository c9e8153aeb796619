/**
 * The three downloadable data sets, from the content: the only part of the data endpoints that
 * reads data. Everything else (rows, CSV, JSON) is the pure src/lib/open-data.ts. Astro does not
 * route files whose name starts with an underscore, so this module makes no page.
 */
import { getActors } from '../../data/actors.ts';
import { getCounts, getEvents, getPlaceMap } from '../../data/events.ts';
import { RELATION_LABEL } from '../../lib/actors.ts';
import { eventsPerPlace } from '../../lib/map.ts';
import { COUNT_FIELDS, countRows, DATASETS, PLACE_FIELDS, placeRows, RELATION_FIELDS, relationRows, type DataSet } from '../../lib/open-data.ts';
import { href } from '../../lib/urls.ts';

/** Absolute URLs of site paths, for a site at `site`. */
export function siteUrls(site: URL | undefined): (path: string) => string {
  return (path) => new URL(href(import.meta.env.BASE_URL, path), site ?? 'http://localhost:4321').href;
}

/** The relations data set. */
export function relationsData(url: (path: string) => string): DataSet {
  const actors = getActors().map((a) => ({ id: a.slug, name: a.data.name, relations: a.data.relations }));
  const labels = Object.fromEntries(Object.entries(RELATION_LABEL).map(([type, l]) => [type, l.forward.toLowerCase()]));
  return { ...DATASETS.relations, fields: RELATION_FIELDS, rows: relationRows(actors, labels, url) };
}

/** The places data set. */
export function placesData(url: (path: string) => string): DataSet {
  const counts = eventsPerPlace(getEvents().map((e) => e.data));
  const places = [...getPlaceMap().values()].map((p) => ({ id: p.slug, name: p.data.name, country: p.data.country, lat: p.data.coordinates.lat, lon: p.data.coordinates.lon, precision: p.data.precision, events: counts.get(p.slug) ?? 0 }));
  return { ...DATASETS.places, fields: PLACE_FIELDS, rows: placeRows(places.sort((a, b) => a.id.localeCompare(b.id)), url) };
}

/** The counts data set. */
export function countsData(url: (path: string) => string): DataSet {
  return { ...DATASETS.counts, fields: COUNT_FIELDS, rows: countRows(getCounts().map((c) => ({ id: c.slug, ...c.data })), url) };
}
