/**
 * The regional map, computed at build time: country outlines from Natural Earth (the world-atlas
 * package's TopoJSON) projected with d3-geo, and a marker for each place sized by how precise its
 * coordinates are. Pure: it takes the topology and the places, and returns SVG geometry.
 */
import { geoContains, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The countries the story happens in, drawn darker; the others are context. */
export const FOCUS = ['Iraq', 'Syria', 'Jordan'];

/** The part of the world the map shows: Gaza and Lebanon in the west, Tehran in the east. */
const BOUNDS: Feature<Geometry> = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPoint', coordinates: [[34.0, 28.8], [52.0, 38.2]] },
};

/** A place to mark. */
export interface MapPlace {
  slug: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  precision: 'site' | 'town' | 'area' | 'region';
}

/** The map's geometry: SVG paths and marker positions in a `0 0 width height` box. */
export interface RegionMap {
  width: number;
  height: number;
  countries: { name: string; d: string; isFocus: boolean; labelX: number; labelY: number }[];
  markers: (MapPlace & { x: number; y: number; r: number })[];
}

/** The radius that shows how precise a place's coordinates are. */
export const PRECISION_RADIUS: Record<MapPlace['precision'], number> = { site: 3, town: 4, area: 9, region: 16 };

const featureCache = new WeakMap<Topology, FeatureCollection<Geometry, { name: string }>>();

/** Country features from a world-atlas topology (converted once per topology). */
export function countryFeatures(topology: Topology): FeatureCollection<Geometry, { name: string }> {
  let features = featureCache.get(topology);
  if (!features) {
    features = feature(topology, topology.objects['countries'] as GeometryCollection<{ name: string }>) as FeatureCollection<Geometry, { name: string }>;
    featureCache.set(topology, features);
  }
  return features;
}

const outlineCache = new WeakMap<Topology, Map<string, RegionMap['countries']>>();

/** True when a point (longitude, latitude) lies inside the named country's outline. */
export function isInCountry(topology: Topology, country: string, lon: number, lat: number): boolean {
  const shape = countryFeatures(topology).features.find((f) => f.properties.name === country);
  return shape !== undefined && geoContains(shape, [lon, lat]);
}

/** Projects the region and its places into a `width` × `height` box. */
export function regionMap(topology: Topology, places: MapPlace[], width = 640, height = 420): RegionMap {
  const projection = geoMercator().fitExtent([[8, 8], [width - 8, height - 8]], BOUNDS).clipExtent([[0, 0], [width, height]]);
  // The outlines depend only on the topology and the size: projected once, then reused by every map.
  const sizes = outlineCache.get(topology) ?? new Map<string, RegionMap['countries']>();
  outlineCache.set(topology, sizes);
  let countries = sizes.get(`${width}x${height}`);
  if (!countries) {
    const path = geoPath(projection).digits(1);
    countries = countryFeatures(topology)
      .features.map((f) => {
        const d = path(f) ?? '';
        const [labelX, labelY] = path.centroid(f);
        return { name: f.properties.name, d, isFocus: FOCUS.includes(f.properties.name), labelX: Math.round(labelX), labelY: Math.round(labelY) };
      })
      .filter((c) => c.d !== '' && Number.isFinite(c.labelX));
    sizes.set(`${width}x${height}`, countries);
  }
  const markers = places.map((p) => {
    const [x = 0, y = 0] = projection([p.lon, p.lat]) ?? [];
    return { ...p, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, r: PRECISION_RADIUS[p.precision] };
  });
  return { width, height, countries, markers };
}
