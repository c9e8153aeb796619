/**
 * The region map of this build, in both sizes (src/lib/map.ts), from the places and the events:
 * computed once, for the pages that draw it and for the outline files they share.
 */
import countries50m from 'world-atlas/countries-50m.json';
import type { Topology } from 'topojson-specification';
import { eventsPerPlace, MAP_SIZES, outlinesFileName, outlinesSvg, regionMap, type RegionMap } from '../lib/map.ts';
import { getEvents, getPlaceMap } from './events.ts';
import { model } from './model.ts';

/** One size of the map, with its outlines' SVG and the file name they are served under (no extension). */
export interface SizedMap {
  map: RegionMap;
  outlines: { name: string; svg: string };
}

let cache: { of: object; maps: Record<keyof typeof MAP_SIZES, SizedMap> } | undefined;

/** The map at each size, and how many events each place has. */
export function regionMaps(): Record<keyof typeof MAP_SIZES, SizedMap> {
  const m = model();
  if (cache?.of === m) return cache.maps;
  const counts = eventsPerPlace(getEvents().map((e) => e.data));
  const input = [...getPlaceMap().values()].map((p) => ({ slug: p.slug, name: p.data.name, country: p.data.country, lat: p.data.coordinates.lat, lon: p.data.coordinates.lon, precision: p.data.precision, events: counts.get(p.slug) ?? 0 }));
  const sized = (size: keyof typeof MAP_SIZES): SizedMap => {
    const map = regionMap(countries50m as unknown as Topology, input, MAP_SIZES[size]);
    const svg = outlinesSvg(map);
    return { map, outlines: { name: outlinesFileName(size, svg), svg } };
  };
  cache = { of: m, maps: { wide: sized('wide'), narrow: sized('narrow') } };
  return cache.maps;
}
