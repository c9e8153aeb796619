/**
 * The regional map, computed at build time: country outlines from Natural Earth (the world-atlas
 * package's TopoJSON) projected with d3-geo, a marker for each place sized by how many events
 * happened there (a ring where the location is approximate), and labels placed clear of each other
 * (src/lib/labels.ts). Pure: it takes the topology and the places, and returns SVG geometry.
 */
import { createHash } from 'node:crypto';
import { geoContains, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { boxInside, boxesOverlap, circleOverlapsBox, inflate, segmentCrossesBox, type Box } from './geometry.ts';
import { ASCENT, labelSize, placeLabels, type PlacedLabel } from './labels.ts';

/** The countries the story happens in, drawn darker; the others are context. */
export const FOCUS = ['Iraq', 'Syria', 'Jordan'];

/** The part of the world the map always shows: Gaza and Lebanon in the west, Tehran in the east. */
const REGION: [number, number][] = [
  [34.0, 28.8],
  [52.0, 38.2],
];

/** A place to mark. */
export interface MapPlace {
  slug: string;
  name: string;
  country: string;
  lat: number;
  lon: number;
  precision: 'site' | 'town' | 'area' | 'region';
  /** How many events in the timeline happened there. Default 0. */
  events?: number;
}

/** A placed marker: the place, its position, its radius (from its events) and whether its location is approximate. */
export type MapMarker = MapPlace & { x: number; y: number; r: number; isApproximate: boolean };

/** The map's geometry: SVG paths, markers, their labels and the size key, in a `0 0 width height` box. */
export interface RegionMap {
  width: number;
  height: number;
  countries: { name: string; d: string; isFocus: boolean }[];
  /** The names of the focus countries, placed clear of every marker and label (left out where there is no room). */
  countryLabels: { name: string; x: number; y: number; box: Box }[];
  markers: MapMarker[];
  /** One label per marker (by `id` = the place's slug), clear of the other labels and markers. */
  labels: PlacedLabel[];
  /** Sample sizes for the key: a count of events and the radius the map draws it with. */
  sizeKey: { events: number; r: number }[];
  /** The text size the labels were placed for, in px. */
  fontSize: number;
}

/** Options for {@link regionMap}. */
export interface MapOptions {
  /** The drawing's width in px; its height follows from the region's shape. Default 640. */
  width?: number;
  /** Label text size in px. Default 13. */
  fontSize?: number;
  /** The radius of a place with one event; the area grows with the count. Default 4.5. */
  unitRadius?: number;
  /** Extra height for labels, as a share of the map's own height. Default 0.08. */
  headroom?: number;
  /**
   * The points the map's frame takes in, when the map marks only some of them: every map of the
   * same frame then has the same outlines. Default: the marked places.
   */
  frame?: readonly { lon: number; lat: number }[];
}

/**
 * The places a bounded map marks: the `max` with the most events (then A–Z), and `highlight` in the
 * last one's spot when it is not among them. Every place still frames the map (`MapOptions.frame`).
 */
export function markedPlaces<P extends MapPlace>(places: readonly P[], max: number, highlight?: string): P[] {
  const sorted = [...places].sort((a, b) => (b.events ?? 0) - (a.events ?? 0) || a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
  const top = sorted.slice(0, max);
  const extra = highlight === undefined || top.some((p) => p.slug === highlight) ? undefined : sorted.find((p) => p.slug === highlight);
  return extra && max > 0 ? [...top.slice(0, max - 1), extra] : top;
}

/** The radius that shows `events` events: the area grows in proportion, and a place with none still shows. */
export function eventRadius(events: number, unitRadius: number): number {
  return Math.max(unitRadius * 0.55, unitRadius * Math.sqrt(events));
}

/** Round counts for the size key, from one to the largest: 1, 2, 5, 10, 20, 50 … up to `max`, plus `max`. */
export function sizeKeyCounts(max: number): number[] {
  const steps = [1, 2, 5].flatMap((s) => [s, s * 10, s * 100]).sort((a, b) => a - b);
  const below = steps.filter((s) => s < max);
  const picked = below.length > 2 ? [below[0]!, below[Math.floor(below.length / 2)]!] : below;
  return [...new Set([...picked, Math.max(1, max)])];
}

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

type Outlines = { name: string; d: string; isFocus: boolean; cx: number; cy: number }[];
const outlineCache = new WeakMap<Topology, Map<string, Outlines>>();

/** True when a point (longitude, latitude) lies inside the named country's outline. */
export function isInCountry(topology: Topology, country: string, lon: number, lat: number): boolean {
  const shape = countryFeatures(topology).features.find((f) => f.properties.name === country);
  return shape !== undefined && geoContains(shape, [lon, lat]);
}

/** The share of a country label's size its letters are spaced by (as `letter-spacing: 0.1em`). */
const COUNTRY_SPACING = 0.1;

/**
 * Projects the region and its places into a `width`-wide box, then places the labels: each
 * place's name (the most crowded places first) beside its marker, or further out with a leader
 * line where the map is crowded; then the focus countries' names where there is room.
 */
export function regionMap(topology: Topology, places: MapPlace[], options: MapOptions = {}): RegionMap {
  const { width = 640, fontSize = 13, unitRadius = 4.5, headroom = 0.08, frame = places } = options;
  const margin = 8;
  // The region, grown to take in every place, so a new place far off still lands on the map.
  const region: Feature<Geometry> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPoint', coordinates: [...REGION, ...frame.map((p) => [p.lon, p.lat])] },
  };
  const fitted = geoMercator().fitWidth(width - 2 * margin, region);
  const [[, y0], [, y1]] = geoPath(fitted).bounds(region);
  const mapHeight = Math.ceil((y1 - y0) * (1 + headroom)) + 2 * margin;
  const projection = geoMercator().fitExtent([[margin, margin], [width - margin, mapHeight - margin]], region).clipExtent([[0, 0], [width, mapHeight]]);
  const key = `${width}x${mapHeight}:${frame.map((p) => `${p.lon},${p.lat}`).join(';')}`;
  // The outlines depend only on the topology and the framing: projected once, then reused by every map.
  const sizes = outlineCache.get(topology) ?? new Map<string, Outlines>();
  outlineCache.set(topology, sizes);
  let outlines = sizes.get(key);
  if (!outlines) {
    const path = geoPath(projection).digits(1);
    outlines = countryFeatures(topology)
      .features.map((f) => {
        const [cx, cy] = path.centroid(f);
        return { name: f.properties.name, d: path(f) ?? '', isFocus: FOCUS.includes(f.properties.name), cx, cy };
      })
      .filter((c) => c.d !== '' && Number.isFinite(c.cx));
    sizes.set(key, outlines);
  }
  const markers: MapMarker[] = places.map((p) => {
    const [x = 0, y = 0] = projection([p.lon, p.lat]) ?? [];
    return { ...p, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10, r: Math.round(eventRadius(p.events ?? 0, unitRadius) * 10) / 10, isApproximate: p.precision === 'area' || p.precision === 'region' };
  });
  const bounds = { x: 0, y: 0, width, height: mapHeight };
  // The most crowded places first, while there is still room around them; then those with the
  // most events, then west to east.
  const crowd = (m: MapMarker): number => markers.filter((o) => Math.hypot(o.x - m.x, o.y - m.y) < fontSize * 4).length;
  const order = [...markers].sort((a, b) => crowd(b) - crowd(a) || (b.events ?? 0) - (a.events ?? 0) || a.x - b.x || a.slug.localeCompare(b.slug));
  const { labels, height } = placeLabels(
    order.map((m) => ({ id: m.slug, text: m.name, x: m.x, y: m.y, r: m.r })),
    { fontSize, bounds },
  );
  // The country names go where the places left room; a name with no room is left out.
  const countryLabels: RegionMap['countryLabels'] = [];
  for (const c of outlines.filter((o) => o.isFocus)) {
    const placed = placeCountryLabel(c.name, c.cx, c.cy, fontSize, markers, bounds, [...labels.map((l) => l.box), ...countryLabels.map((l) => l.box)], labels);
    if (placed) countryLabels.push(placed);
  }
  const max = Math.max(0, ...markers.map((m) => m.events ?? 0));
  return {
    width,
    height,
    countries: outlines.map(({ name, d, isFocus }) => ({ name, d, isFocus })),
    countryLabels,
    markers,
    labels,
    sizeKey: sizeKeyCounts(max).map((events) => ({ events, r: Math.round(eventRadius(events, unitRadius) * 10) / 10 })),
    fontSize,
  };
}

/** A country's name near its centre, moved outwards step by step until it covers no marker. */
function placeCountryLabel(
  name: string,
  cx: number,
  cy: number,
  fontSize: number,
  markers: MapMarker[],
  bounds: Box,
  taken: Box[],
  labels: PlacedLabel[],
): RegionMap['countryLabels'][number] | undefined {
  const text = name.toUpperCase();
  const { width, height } = labelSize(text, fontSize, fontSize * COUNTRY_SPACING);
  const at = (x: number, y: number): Box => ({ x: x - width / 2, y: y - height / 2, width, height });
  const isClear = (b: Box): boolean =>
    boxInside(b, bounds) &&
    !markers.some((m) => circleOverlapsBox(m.x, m.y, m.r + 3, b)) &&
    !taken.some((t) => boxesOverlap(inflate(t, 2), b)) &&
    !labels.some((l) => l.leader && segmentCrossesBox(l.leader.from, l.leader.to, b));
  let box: Box | undefined = isClear(at(cx, cy)) ? at(cx, cy) : undefined;
  search: for (let d = 8; d <= 160 && !box; d += 8) {
    for (let k = 0; k < 12; k++) {
      const candidate = at(cx + d * Math.cos((k * Math.PI) / 6), cy + d * Math.sin((k * Math.PI) / 6));
      if (isClear(candidate)) {
        box = candidate;
        break search;
      }
    }
  }
  if (!box) return undefined;
  const r = (v: number): number => Math.round(v * 10) / 10;
  return { name, x: r(box.x + width / 2), y: r(box.y + fontSize * ASCENT), box: { x: r(box.x), y: r(box.y), width: r(width), height: r(height) } };
}

/** How many events happened at each place: a place an event lists twice counts once. */
export function eventsPerPlace(events: { places: readonly string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const place of new Set(e.places)) counts.set(place, (counts.get(place) ?? 0) + 1);
  return counts;
}

/**
 * The two drawings the site shows: one for a wider screen, and one for a phone's column (358 px
 * at a 390 px viewport), with smaller markers and more room above and below for labels.
 */
export const MAP_SIZES = {
  wide: { width: 640 },
  narrow: { width: 358, unitRadius: 4, headroom: 0.3 },
} as const satisfies Record<string, MapOptions>;

/**
 * The country outlines of a map as an SVG document of their own, for every page with the map to
 * share (a page draws them with `<use>`, so their 15–20 kB are downloaded once, then cached). Two
 * groups, `#focus` and `#context`, with no colours: the page's stylesheet colours each `<use>`,
 * and the outlines inherit it, in either theme.
 */
export function outlinesSvg(map: RegionMap): string {
  const group = (id: 'focus' | 'context', isFocus: boolean): string =>
    `<g id="${id}">${map.countries
      .filter((c) => c.isFocus === isFocus)
      .map((c) => `<path d="${c.d}"/>`)
      .join('')}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}">${group('context', false)}${group('focus', true)}</svg>\n`;
}

/** The file name of a map's outlines, by its size and content (so a changed map is a new file, never a stale cached one). */
export function outlinesFileName(size: string, svg: string): string {
  return `outlines-${size}-${createHash('sha256').update(svg).digest('hex').slice(0, 10)}`;
}
