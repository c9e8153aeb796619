/**
 * The region map of this build, in both sizes (src/lib/map.ts), from the places and the events:
 * computed once, for the pages that draw it and for the outline files they share.
 *
 * The map is drawn on the timeline, the places index and every place's page, so it is bounded: it
 * marks the MAP_PLACES places with the most events (and, on a place's page, that place), framed to
 * take in every place, and the places index lists them all. At 10,000 articles (241 places) the
 * unbounded map was most of the timeline overview's 191 kB.
 */
import countries50m from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { eventsPerPlace, MAP_SIZES, markedPlaces, outlinesFileName, outlinesSvg, regionMap, type MapPlace, type RegionMap } from '../lib/map.ts';
import { getEvents, getPlaceMap } from './events.ts';
import { model, once } from './model.ts';

/** The most places one map marks. */
export const MAP_PLACES = 60;

/** One size of the map, with its outlines' SVG and the file name they are served under (no extension). */
export interface SizedMap {
  map: RegionMap;
  outlines: { name: string; svg: string };
}

/** The map at each size, and how many places there are in all. */
export interface RegionMaps {
  wide: SizedMap;
  narrow: SizedMap;
  /** How many places the site has; the map marks at most MAP_PLACES of them. */
  total: number;
}

/** Every place as the map takes it. */
const allPlaces = (): MapPlace[] => once('map-places', () => {
  const counts = eventsPerPlace(getEvents().map((e) => e.data));
  return [...getPlaceMap().values()]
    .map((p) => ({ slug: p.slug, name: p.data.name, country: p.data.country, lat: p.data.coordinates.lat, lon: p.data.coordinates.lon, precision: p.data.precision, events: counts.get(p.slug) ?? 0 }));
  });

let cache: { of: object; maps: Map<string, RegionMaps> } | undefined;

/**
 * The map at each size. With `highlight`, a place the bounded map leaves out takes the last
 * place's spot on a map of its own (same frame, so the same outline files).
 */
export function regionMaps(highlight?: string): RegionMaps {
  const m = model();
  if (cache?.of !== m) cache = { of: m, maps: new Map() };
  const places = allPlaces();
  const top = markedPlaces(places, MAP_PLACES);
  const key = highlight && !top.some((p) => p.slug === highlight) ? highlight : '';
  const found = cache.maps.get(key);
  if (found) return found;
  const marked = key ? markedPlaces(places, MAP_PLACES, key) : top;
  const base = key ? regionMaps() : undefined;
  const sized = (size: keyof typeof MAP_SIZES): SizedMap => {
    const map = regionMap(countries50m as unknown as Topology, marked, { ...MAP_SIZES[size], frame: places });
    if (base) return { map, outlines: base[size].outlines };
    const svg = outlinesSvg(map);
    return { map, outlines: { name: outlinesFileName(size, svg), svg } };
  };
  const maps = { wide: sized('wide'), narrow: sized('narrow'), total: places.length };
  cache.maps.set(key, maps);
  return maps;
}
